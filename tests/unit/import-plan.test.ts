import { describe, expect, it } from 'vitest';
import { planImport, planImportFromTables } from '../../electron/import/plan';
import type { RawCell, RawTable } from '../../electron/import/read-table';
import { emptyRoster } from '../../electron/store/schema';
import type { ImportOptions, RosterData } from '../../shared/types';
import { findPerson, idCounter, person, rosterWith, tempFile, tempXlsx } from '../fixtures/import/helpers';

const table = (headers: string[], rows: RawCell[][], file = 'test.csv'): RawTable => ({ file, sheet: null, headers, rows, firstRowNumber: 2 });
const plan = (roster: RosterData, t: RawTable | RawTable[], options: ImportOptions = {}) =>
  planImportFromTables(roster, Array.isArray(t) ? t : [t], options, idCounter());
const errors = (p: ReturnType<typeof plan>) => p.preview.problems.filter((x) => x.severity === 'error');
const warnings = (p: ReturnType<typeof plan>) => p.preview.problems.filter((x) => x.severity === 'warning');

describe('dates in a plan', () => {
  it('detects a day-first column from a value whose first part is over 12', () => {
    const p = plan(emptyRoster(), table(['ID', 'Name', 'Hire Date'], [['1', 'Ann Lee', '03/04/2020'], ['2', 'Bo Ray', '25/04/2020']]));
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '1').hireDate).toBe('2020-04-03');
    expect(findPerson(p.next, '2').hireDate).toBe('2020-04-25');
    expect(p.preview.files[0]?.dayFirst).toBe(true);
    expect(p.preview.files[0]?.ambiguousDateColumns).toEqual([]);
  });

  it('reads an ambiguous column month first, or day first when asked', () => {
    const t = table(['ID', 'Name', 'Hire Date'], [['1', 'Ann Lee', '03/04/2020']]);
    expect(findPerson(plan(emptyRoster(), t).next, '1').hireDate).toBe('2020-03-04');
    expect(plan(emptyRoster(), t).preview.files[0]?.ambiguousDateColumns).toEqual(['Hire Date']);
    expect(findPerson(plan(emptyRoster(), t, { dayFirst: true }).next, '1').hireDate).toBe('2020-04-03');
  });

  it('a column proven month first stays month first even with dayFirst', () => {
    const t = table(['ID', 'Name', 'Hire Date'], [['1', 'Ann Lee', '03/04/2020'], ['2', 'Bo Ray', '04/25/2020']]);
    expect(findPerson(plan(emptyRoster(), t, { dayFirst: true }).next, '1').hireDate).toBe('2020-03-04');
  });

  it('an impossible date is a row error naming row, column and value; the row is invalid as a whole', () => {
    const p = plan(emptyRoster(), table(['ID', 'Name', 'Cert', 'Expiration Date'], [
      ['1', 'Ann Lee', 'CCS', '02/30/2025'],
      ['2', 'Bo Ray', 'CCS', '03/25/2025'],
      ['3', 'Cy Fox', 'CCS', '25/03/2025'],
    ]));
    expect(errors(p).map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'Expiration Date', '02/30/2025'],
      [4, 'Expiration Date', '25/03/2025'],
    ]);
    expect(errors(p)[0]?.message).toBe('Expiration Date "02/30/2025" is not a real calendar date (read as month first (MM/DD/YYYY)).');
    expect(errors(p)[1]?.message).toMatch(/25 is not a month/);
    expect(warnings(p)[0]?.message).toMatch(/mixes day-first and month-first dates/);
    expect(p.preview).toMatchObject({ invalidRows: 2, toCreate: 1, canCommit: false });
    expect(p.next.people.map((x) => x.employeeId)).toEqual(['2']);
    expect(plan(emptyRoster(), table(['ID', 'Name', 'Cert', 'Expiration Date'], [['1', 'Ann Lee', 'CCS', '02/30/2025']]), { skipInvalid: true }).preview.canCommit).toBe(true);
  });
});

describe('rows to people', () => {
  it('splits full names in both orders and lets first/last columns win', () => {
    const p = plan(emptyRoster(), table(['ID', 'Full Name', 'First Name'], [['1', 'Lee, Ann', null], ['2', 'Bo Ray', null], ['3', 'Fox, Cyrus', 'Cy']]));
    expect(p.next.people.map((x) => [x.firstName, x.lastName])).toEqual([['Ann', 'Lee'], ['Bo', 'Ray'], ['Cy', 'Fox']]);
  });

  it('reads credentials by code or full name; unknown ones become user-defined with a warning', () => {
    const p = plan(emptyRoster(), table(['ID', 'Name', 'Credential', 'Issuer'], [
      ['1', 'Ann Lee', 'ccs-p', null],
      ['1', null, 'Certified Coding Specialist', null],
      ['2', 'Bo Ray', 'CHC', 'HCCA'],
      ['3', 'Cy Fox', 'chc', null],
    ]));
    expect(findPerson(p.next, '1').credentials.map((c) => c.code)).toEqual(['CCS-P', 'CCS']);
    expect(findPerson(p.next, '2').credentials.map((c) => c.code)).toEqual(['CHC']);
    expect(findPerson(p.next, '3').credentials.map((c) => c.code)).toEqual(['CHC']);
    expect(p.next.customCredentials).toEqual([{ code: 'CHC', name: 'CHC', body: 'HCCA', coding: false, difAccepted: false, userDefined: true }]);
    expect(p.preview.newCredentialCodes).toEqual(['CHC']);
    expect(warnings(p)).toEqual([expect.objectContaining({ row: 4, column: 'Credential', value: 'CHC' })]);
    expect(warnings(p)[0]?.message).toMatch(/not in the credential catalog; it will be added as a user-defined credential CHC/);
    expect(p.preview.canCommit).toBe(true);
  });

  it('carries a person, a credential, an experience period and an education record on one row', () => {
    const p = plan(emptyRoster(), table(
      ['Employee ID', 'First Name', 'Last Name', 'Status', 'FTE', 'RN', 'HS Diploma', 'Email', 'Cert', 'Cert #', 'Date Earned', 'Expires', 'Verified On', 'CEUs',
        'Coding Start Date', 'Coding End Date', 'Employer', 'Direct Coding', 'Training Program', 'Completed On', 'Components', 'CAHIIM Accredited'],
      [['007', 'Ann', 'Lee', 'On Leave', '0.9', 'N', 'Y', 'ann@example.org', 'CCA', 'A-1', '2020-01-15', '2022-01-14', '05-Mar-2021', '10',
        '1/2/2019', '', 'Mercy', 'Yes', 'Coding Cert', 'Mar 5, 2018', 'all', 'X']],
    ));
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '007')).toEqual({
      employeeId: '007', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'leave', fte: 0.9, isRn: false, hsDiploma: true, email: 'ann@example.org',
      credentials: [{ id: 'id-1', code: 'CCA', number: 'A-1', earnedOn: '2020-01-15', expiresOn: '2022-01-14', verifiedOn: '2021-03-05', ceusEarned: 10 }],
      experience: [{ id: 'id-2', employer: 'Mercy', start: '2019-01-02', directCoding: true }],
      education: [{ id: 'id-3', program: 'Coding Cert', completedOn: '2018-03-05', cahiimAccredited: true, components: [
        'anatomy-physiology', 'pathophysiology', 'pharmacology', 'medical-terminology', 'reimbursement-methodology', 'icd-coding', 'cpt-coding'] }],
    });
  });

  it('reports bad values with their column and value, using the shared schemas', () => {
    const p = plan(emptyRoster(), table(['ID', 'Name', 'Email', 'FTE', 'Status', 'Experience Start', 'Experience End', 'Direct Coding', 'Components'], [
      ['1', 'Ann Lee', 'not-an-email', null, null, null, null, null, null],
      ['2', 'Bo Ray', null, '2', 'Sabbatical', null, null, null, null],
      ['3', 'Cy Fox', null, null, null, '2020-05-01', '2020-04-01', 'Y', null],
      ['4', 'Di Su', null, null, null, null, null, 'Y', null],
      ['5', 'Ed Po', null, null, null, null, null, null, 'ICD;Knitting'],
      ['6', 'Cher', null, null, null, null, null, null, null],
      [null, 'Nobody Here', null, null, null, null, null, null, null],
    ]));
    expect(errors(p).map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'Email', 'not-an-email'], [3, 'Status', 'Sabbatical'], [3, 'FTE', '2'], [4, 'Experience End', '2020-04-01'],
      [5, 'Direct Coding', 'Y'], [6, 'Components', 'ICD;Knitting'], [7, 'Name', 'Cher'], [8, 'ID', ''],
    ]);
    expect(errors(p)[0]?.message).toBe('Email "not-an-email" must be an email address.');
    expect(errors(p)[3]?.message).toMatch(/The end date is before the start date/);
    expect(errors(p)[4]?.message).toMatch(/experience start date is blank/);
    expect(errors(p)[7]?.message).toMatch(/ID is blank/);
    expect(p.preview).toMatchObject({ invalidRows: 7, toCreate: 0, canCommit: false });
  });

  it('refuses a file with no employee id column', () => {
    const p = plan(emptyRoster(), table(['Name', 'Cert'], [['Ann Lee', 'CCS']]), { skipInvalid: true });
    expect(errors(p)).toEqual([expect.objectContaining({ row: 0, message: expect.stringMatching(/no employee ID column/) })]);
    expect(p.preview.canCommit).toBe(false);
    expect(p.next.people).toEqual([]);
  });

  it('uses the mapping to name the id column and ignore another', () => {
    const p = plan(emptyRoster(), table(['Badge', 'Name', 'Status'], [['9', 'Ann Lee', 'Weird']]), { mapping: { Badge: 'employee_id', Status: '' } });
    expect(errors(p)).toEqual([]);
    expect(findPerson(p.next, '9').employmentStatus).toBe('active');
  });

  it('unpivots Credential N groups next to an unnumbered experience', () => {
    const p = plan(emptyRoster(), table(['ID', 'Name', 'Credential 1', 'Credential Number 1', 'Expiration Date 1', 'Credential 2', 'Credential Number 2', 'Expiration Date 2', 'Employer', 'Experience Start', 'Direct Coding'], [
      ['1', 'Ann Lee', 'CCS', 'N1', '2026-01-01', 'CPC', 'N2', '2027-02-02', 'Mercy', '2020-01-01', 'Y'],
      ['2', 'Bo Ray', null, null, null, null, 'N3', null, null, null, null],
    ]));
    expect(findPerson(p.next, '1').credentials.map((c) => [c.code, c.number, c.expiresOn])).toEqual([['CCS', 'N1', '2026-01-01'], ['CPC', 'N2', '2027-02-02']]);
    expect(findPerson(p.next, '1').experience).toHaveLength(1);
    expect(errors(p)).toEqual([expect.objectContaining({ row: 3, column: 'Credential Number 2', value: 'N3' })]);
  });
});

describe('upsert semantics', () => {
  const stored = rosterWith([
    person('0042', {
      firstName: 'Ann', lastName: 'Lee', unit: 'Coding', fte: 1, email: 'ann@example.org',
      credentials: [{ id: 'c1', code: 'CCS', number: 'AH-1', issuer: 'AHIMA', earnedOn: '2020-01-01', expiresOn: '2022-01-01' }],
      experience: [{ id: 'e1', employer: 'Mercy', start: '2019-01-01', directCoding: true }],
      education: [{ id: 'd1', program: 'Coding Cert', components: ['icd-coding'] }],
    }),
    person('0099', { firstName: 'Bo', lastName: 'Ray' }),
  ]);

  it('blank cells never erase; given values update; an existing person needs no name', () => {
    const p = plan(stored, table(['ID', 'Name', 'Department', 'FTE', 'Email', 'Cert', 'Cert #', 'Expires', 'Employer', 'Experience Start', 'Experience End', 'Program', 'Components'], [
      ['0042', null, null, '0.5', null, 'CCS', 'AH-1', '2026-01-01', 'mercy', '2019-01-01', '2023-06-30', 'coding cert', null],
    ]));
    expect(errors(p)).toEqual([]);
    const ann = findPerson(p.next, '0042');
    expect(ann).toMatchObject({ firstName: 'Ann', lastName: 'Lee', unit: 'Coding', fte: 0.5, email: 'ann@example.org' });
    expect(ann.credentials).toEqual([{ id: 'c1', code: 'CCS', number: 'AH-1', issuer: 'AHIMA', earnedOn: '2020-01-01', expiresOn: '2026-01-01' }]);
    expect(ann.experience).toEqual([{ id: 'e1', employer: 'Mercy', start: '2019-01-01', end: '2023-06-30', directCoding: true }]);
    expect(ann.education).toEqual([{ id: 'd1', program: 'Coding Cert', components: ['icd-coding'] }]);
    expect(p.preview).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 0 });
    // People missing from the file stay.
    expect(p.next.people.map((x) => x.employeeId)).toEqual(['0042', '0099']);
    expect(p.next.people[1]).toBe(stored.people[1]);
  });

  it('matches a credential without a number by its earned date, and adds a different number as new', () => {
    const p = plan(stored, table(['ID', 'Cert', 'Cert #', 'Date Earned', 'CEUs'], [
      ['0042', 'CCS', null, '2020-01-01', '12'],
      ['0042', 'CCS', 'AH-2', '2024-05-01', null],
    ]));
    const creds = findPerson(p.next, '0042').credentials;
    expect(creds.map((c) => [c.id, c.number ?? null, c.ceusEarned ?? null])).toEqual([['c1', 'AH-1', 12], ['id-1', 'AH-2', null]]);
  });

  it('re-importing the same file leaves everyone unchanged', async () => {
    const file = tempFile('people.csv', 'Employee ID,First Name,Last Name,Cert,Cert #,Issue Date,Expiration Date,Employer,Experience Start,Direct Coding,Program,Components\r\n'
      + '0042,Ann,Lee,CCS,AH-1,01/01/2020,01/01/2022,Mercy,01/01/2019,Y,Coding Cert,ICD\r\n0007,Cy,Fox,CPC,,,,,,,,\r\n');
    const first = await planImport(stored, [file], {});
    expect(first.preview.problems).toEqual([]);
    expect(first.preview).toMatchObject({ toCreate: 1, toUpdate: 0, unchanged: 1 });
    const again = await planImport(first.next, [file], {});
    expect(again.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 2 });
    expect(again.next.people).toEqual(first.next.people);
  });

  it('a person repeated with conflicting values warns, and the last row wins', () => {
    const p = plan(stored, table(['ID', 'Department', 'Cert'], [
      ['0099', 'Coding', 'CCS'],
      ['0099', 'CDI', 'CPC'],
      ['0099', 'CDI', null],
    ]));
    expect(warnings(p)).toEqual([expect.objectContaining({ row: 3, column: 'Department', value: 'CDI' })]);
    expect(warnings(p)[0]?.message).toBe('Employee 0099 has Department "CDI" here but "Coding" on row 2; the later row wins.');
    expect(findPerson(p.next, '0099').unit).toBe('CDI');
    expect(findPerson(p.next, '0099').credentials.map((c) => c.code)).toEqual(['CCS', 'CPC']);
  });

  it('names the last earlier row that gave the value, across repeated and blank rows', () => {
    const p = plan(stored, table(['ID', 'Department', 'FTE', 'Cert'], [
      ['0099', 'Coding', '1.0', 'CCS'],
      ['0099', 'Coding', '1.0', 'CPC'],
      ['0099', 'Coding', null, 'RHIT'],
      ['0099', 'CDI', '0.8', 'CCA'],
    ]));
    expect(warnings(p).map((w) => w.message)).toEqual([
      'Employee 0099 has Department "CDI" here but "Coding" on row 4; the later row wins.',
      'Employee 0099 has FTE "0.8" here but "1.0" on row 3; the later row wins.',
    ]);
    expect(findPerson(p.next, '0099')).toMatchObject({ unit: 'CDI', fte: 0.8 });
  });

  it('rows that repeat a bad person value each carry the error', () => {
    const p = plan(emptyRoster(), table(['ID', 'Name', 'FTE', 'Cert'], [
      ['7', 'Ann Lee', 'lots', 'CCS'],
      ['7', 'Ann Lee', 'lots', 'CPC'],
    ]));
    expect(errors(p).map((e) => [e.row, e.column, e.value])).toEqual([[2, 'FTE', 'lots'], [3, 'FTE', 'lots']]);
  });

  it('a new person named on a later row is fine; on no row is an error', () => {
    const ok = plan(emptyRoster(), table(['ID', 'First Name', 'Last Name', 'Cert'], [['5', null, null, 'CCS'], ['5', 'Ann', 'Lee', 'CPC']]));
    expect(errors(ok)).toEqual([]);
    const missingLast = plan(emptyRoster(), table(['ID', 'First Name', 'Cert'], [['5', 'Ann', 'CCS']]));
    expect(errors(missingLast)[0]?.message).toMatch(/no row gives a last name/);
  });

  it('a blank direct-coding cell records the period as not coding, with a warning', () => {
    const p = plan(stored, table(['ID', 'Experience Start', 'Direct Coding'], [['0099', '2021-01-01', '']]));
    expect(findPerson(p.next, '0099').experience[0]?.directCoding).toBe(false);
    expect(warnings(p)[0]?.message).toMatch(/Direct coding is not given/);
  });
});

describe('workbooks', () => {
  it('reads Date cells and serials, keeps text ids and explains numeric ones', async () => {
    const file = await tempXlsx([
      ['Employee ID', 'Name', 'Hire Date', 'Cert', 'Expiration Date'],
      ['000123', 'Lee, Ann', new Date(Date.UTC(2019, 5, 3)), 'CCS', 46000],
      [4567, 'Bo Ray', 43500, 'CPC', new Date(Date.UTC(2027, 0, 31))],
      [890, 'Cy Fox', null, null, null],
    ]);
    const p = await planImport(emptyRoster(), [file], {});
    expect(findPerson(p.next, '000123')).toMatchObject({ hireDate: '2019-06-03', credentials: [expect.objectContaining({ expiresOn: '2025-12-09' })] });
    expect(findPerson(p.next, '4567')).toMatchObject({ hireDate: '2019-02-04', credentials: [expect.objectContaining({ expiresOn: '2027-01-31' })] });
    expect(p.preview.problems).toEqual([expect.objectContaining({ severity: 'warning', row: 3, column: 'Employee ID', value: '4567' })]);
    expect(p.preview.problems[0]?.message).toMatch(/stored as numbers in this workbook, so any leading zeros were dropped/);
  });

  it('refuses a numeric id that is an existing id with its leading zeros lost', async () => {
    const file = await tempXlsx([['Employee ID', 'Cert'], [16613, 'CCS']]);
    const p = await planImport(rosterWith([person('016613')]), [file], {});
    expect(p.preview.problems).toEqual([expect.objectContaining({ severity: 'error', row: 2, value: '16613' })]);
    expect(p.preview.problems[0]?.message).toMatch(/looks like employee 016613 with its leading zeros lost/);
  });
});

describe('progress and size', () => {
  function bigFile(rows: number): string {
    const people = rows / 2;
    const lines = ['Employee ID,First Name,Last Name,Department,Certification,Certification Number,Issue Date,Expiration Date'];
    for (let i = 0; i < rows; i += 1) {
      const n = i % people;
      lines.push(`${String(n).padStart(6, '0')},First${n},Last,Unit ${n % 7},${i < people ? 'CCS' : 'CPC'},N${i},03/0${(i % 9) + 1}/2020,03/0${(i % 9) + 1}/2026`);
    }
    return tempFile(`big-${rows}.csv`, lines.join('\r\n'));
  }

  /** CPU time of this process, which other work on a busy machine does not inflate as much as wall time. */
  async function cpuSeconds<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
    const start = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(start);
    return { result, seconds: (used.user + used.system) / 1e6 };
  }

  it('plans 50,000 rows in a few seconds, in time linear in the rows, reporting progress', async () => {
    const small = bigFile(10_000);
    const large = bigFile(50_000);
    const phases = new Set<string>();
    let reports = 0;
    const smallRun = await cpuSeconds(() => planImport(emptyRoster(), [small], {}));
    const largeRun = await cpuSeconds(() => planImport(emptyRoster(), [large], {}, (progress) => {
      phases.add(progress.phase);
      reports += 1;
    }));
    const p = largeRun.result;
    expect(p.preview.problems).toEqual([]);
    expect(p.preview.toCreate).toBe(25_000);
    expect(p.next.people.reduce((n, x) => n + x.credentials.length, 0)).toBe(50_000);
    expect([...phases]).toEqual(['reading', 'validating', 'done']);
    expect(reports).toBeGreaterThan(40);
    expect(reports).toBeLessThan(200);
    expect(largeRun.seconds).toBeLessThan(10);
    // Five times the rows: about five times the work; a quadratic step would make it twenty-five.
    expect(largeRun.seconds / smallRun.seconds).toBeLessThan(12);
  });
});
