import { describe, expect, it } from 'vitest';
import { planImport } from '../../electron/import/plan';
import { emptyRoster } from '../../electron/store/schema';
import { findPerson, sample } from '../fixtures/import/helpers';

describe('importing the sample HR exports into an empty roster', () => {
  it('hris-long-export.csv: one row per person-credential, merged per person', async () => {
    const { preview, next } = await planImport(emptyRoster(), [sample('hris-long-export.csv')], {});
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ toCreate: 64, toUpdate: 0, unchanged: 0, invalidRows: 0, canCommit: true });
    expect(next.people).toHaveLength(64);
    expect(next.people.reduce((n, p) => n + p.credentials.length, 0)).toBe(100);

    const aaliyah = findPerson(next, '032448');
    expect(aaliyah).toMatchObject({ firstName: 'Aaliyah', lastName: 'Tanaka', unit: 'CDI', jobTitle: 'Coder I', employmentStatus: 'active', hireDate: '2013-10-23', fte: 1 });
    expect(aaliyah.credentials.map((c) => [c.code, c.number, c.issuer, c.earnedOn, c.expiresOn])).toEqual([
      ['CDIP', 'AH-80434', 'AHIMA', '2017-12-23', '2019-12-23'],
      ['CIC', 'AA-51244', 'AAPC', '2021-07-30', '2025-07-30'],
      ['COC', 'AA-10261', 'AAPC', '2013-09-04', '2021-09-04'],
    ]);
    // A row with blank credential columns: a person with no credential.
    expect(findPerson(next, '090807').credentials).toEqual([]);
    // LOA and Terminated statuses; a blank expiry stays absent.
    expect(findPerson(next, '069767').employmentStatus).toBe('leave');
    const ben = findPerson(next, '082405');
    expect(ben.employmentStatus).toBe('terminated');
    expect(ben.credentials.find((c) => c.code === 'CRC')?.expiresOn).toBeUndefined();
    expect(findPerson(next, '082459').credentials[0]).toMatchObject({ code: 'RHIA', earnedOn: '2016-07-27' });
  });

  it('credentials-wide.csv: numbered License groups unpivoted, "Last, First" names split', async () => {
    const { preview, next } = await planImport(emptyRoster(), [sample('credentials-wide.csv')], {});
    expect(preview.problems).toEqual([]);
    expect(preview.toCreate).toBe(40);
    expect(next.people.reduce((n, p) => n + p.credentials.length, 0)).toBe(40);
    const isaac = findPerson(next, '069767');
    expect(isaac).toMatchObject({ firstName: 'Isaac', lastName: 'Nakamura', employmentStatus: 'active' });
    expect(isaac.credentials.map((c) => [c.code, c.number, c.earnedOn, c.expiresOn])).toEqual([
      ['COC', 'AA1477', '2022-12-28', '2024-12-28'],
      ['CCA', 'AH9036', '2018-12-03', '2020-12-03'],
    ]);
    // Only group 2 filled in.
    expect(findPerson(next, '004326').credentials.map((c) => c.code)).toEqual(['RHIA']);
    expect(findPerson(next, '016613').credentials).toEqual([]);
  });

  it('coding-experience.csv alone: no names, so every new person is refused with a clear reason', async () => {
    const { preview } = await planImport(emptyRoster(), [sample('coding-experience.csv')], {});
    expect(preview.invalidRows).toBe(89);
    expect(preview.canCommit).toBe(false);
    expect(preview.problems[0]).toMatchObject({
      file: 'coding-experience.csv', row: 2, column: 'Employee ID', value: '016613', severity: 'error',
    });
    expect(preview.problems[0]?.message).toMatch(/not on the roster yet and no row gives a name/);
  });

  it('coding-experience.csv with the HRIS file: periods attached, M/D/YYYY dates, blank end ongoing, Y/N', async () => {
    const { preview, next } = await planImport(emptyRoster(), [sample('hris-long-export.csv'), sample('coding-experience.csv')], {});
    expect(preview.problems).toEqual([]);
    expect(preview.toCreate).toBe(64);
    const periods = next.people.flatMap((p) => p.experience);
    expect(periods).toHaveLength(89);
    expect(periods.filter((p) => p.directCoding)).toHaveLength(61);
    expect(periods.filter((p) => p.end === undefined)).toHaveLength(43);
    expect(findPerson(next, '053701').experience.map((p) => [p.employer, p.start, p.end ?? null, p.directCoding])).toEqual([
      ['County Hospital', '2013-08-22', '2016-06-27', true],
      ['County Hospital', '2015-10-31', null, true],
    ]);
    expect(findPerson(next, '016613').experience).toEqual([
      expect.objectContaining({ employer: 'County Hospital', start: '2015-12-17', directCoding: false }),
    ]);
    expect(preview.files.map((f) => [f.file, f.rows, f.dayFirst])).toEqual([
      ['hris-long-export.csv', 110, false], ['coding-experience.csv', 89, false],
    ]);
  });
});
