import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { difByUnitAndCertification, difRows, difSummary, DIF_TOTAL_LABEL, type DifRow } from '../../shared/dif';
import type { Credential, Person, RosterData } from '../../shared/types';
import { fixtureRoster, AS_OF } from '../fixtures/export/roster-fixture';
import { credential as cred } from '../fixtures/people';

const roster = (people: Person[], difAccepted: string[] = ['CCS', 'CCA']): RosterData => ({
  schemaVersion: 1,
  people,
  customCredentials: [],
  settings: { ruleSet: 'ccs-required', expiryWarningDays: 60, organisationName: 'Org', difAccepted, importMappings: {} },
  imports: [],
});


const person = (employeeId: string, credentials: Credential[], extra: Partial<Person> = {}): Person => ({
  employeeId,
  firstName: 'Pat',
  lastName: `Person${employeeId}`,
  unit: 'Unit A',
  employmentStatus: 'active',
  fte: 1,
  isRn: true,
  credentials,
  experience: [],
  education: [],
  ...extra,
});

const only = (rows: DifRow[]): DifRow => {
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

describe('difRows: the one counted certification', () => {
  it('counts the accepted certification with the latest expiry', () => {
    const row = only(difRows(roster([person('1', [cred('CCS', '2020-01-01', '2026-06-30'), cred('CCA', '2018-01-01', '2027-06-30')])]), { asOf: AS_OF }));
    expect(row.counted?.definition.code).toBe('CCA');
    expect(row.others.map((c) => c.code)).toEqual(['CCS']);
  });

  it('breaks an expiry tie by the earliest earned date, then by the accepted-list order', () => {
    const byEarned = only(difRows(roster([person('1', [cred('CCA', '2021-01-01', '2027-01-31'), cred('CCS', '2019-01-01', '2027-01-31')])]), { asOf: AS_OF }));
    expect(byEarned.counted?.definition.code).toBe('CCS');
    const byOrder = only(
      difRows(roster([person('1', [cred('CCS', '2019-01-01', '2027-01-31'), cred('CCA', '2019-01-01', '2027-01-31')])], ['CCA', 'CCS']), { asOf: AS_OF }),
    );
    expect(byOrder.counted?.definition.code).toBe('CCA');
  });

  it('ranks a certification with no expiry on record after any with a known expiry', () => {
    const row = only(difRows(roster([person('1', [cred('CCS', '2019-01-01', '2026-05-01'), cred('CCA', '2019-01-01', undefined)])]), { asOf: AS_OF }));
    expect(row.counted?.definition.code).toBe('CCS');
    expect(row.others.map((o) => o.code)).toEqual(['CCA']);
    // Alone, it is still counted (active as far as the record goes), and the report flags it.
    const alone = only(difRows(roster([person('1', [cred('CCA', '2019-01-01', undefined)])]), { asOf: AS_OF }));
    expect(alone.counted?.definition.code).toBe('CCA');
  });

  it('counts only certifications active on the as-of date', () => {
    const rows = difRows(
      roster([
        person('1', [cred('CCS', '2015-01-01', '2026-03-30')]), // expired the day before
        person('2', [cred('CCS', '2015-01-01', '2026-03-31')]), // expires on the as-of date: still active
        person('3', [cred('CCS', '2026-04-01', '2028-04-01')]), // not yet earned
      ]),
      { asOf: AS_OF },
    );
    expect(rows.map((r) => [r.employeeId, r.counted?.definition.code ?? null])).toEqual([
      ['1', null],
      ['2', 'CCS'],
      ['3', null],
    ]);
  });

  it('ignores certifications that are not on the accepted list, and reads codes through the catalog', () => {
    const row = only(difRows(roster([person('1', [cred('RHIT', '2015-01-01', '2028-01-01'), cred('cca', '2016-01-01', '2027-01-01')])]), { asOf: AS_OF }));
    expect(row.counted?.definition.code).toBe('CCA');
    expect(row.others).toEqual([]);
    const none = only(difRows(roster([person('1', [cred('CCS', '2015-01-01', '2028-01-01')])], []), { asOf: AS_OF }));
    expect(none.counted).toBeNull();
  });

  it('lists each other accepted code once, not a renewed record twice', () => {
    const row = only(
      difRows(
        roster([person('1', [cred('CCA', '2016-01-01', '2027-06-30'), cred('CCS', '2016-01-01', '2026-12-31'), cred('CCS', '2016-01-01', '2026-11-30')])]),
        { asOf: AS_OF },
      ),
    );
    expect(row.counted?.definition.code).toBe('CCA');
    expect(row.others.map((c) => c.code)).toEqual(['CCS']);
  });
});

describe('difRows: who is in scope', () => {
  const people = [
    person('1', [], { isRn: true }),
    person('2', [], { isRn: false }),
    person('3', [], { employmentStatus: 'leave' }),
    person('4', [], { employmentStatus: 'terminated' }),
  ];
  it('leaves out terminated staff unless everyone is asked for', () => {
    expect(difRows(roster(people), { asOf: AS_OF }).map((r) => r.employeeId)).toEqual(['1', '2', '3']);
    expect(difRows(roster(people), { asOf: AS_OF, allEmployees: true }).map((r) => r.employeeId)).toEqual(['1', '2', '3', '4']);
  });
  it('keeps registered nurses only when asked', () => {
    expect(difRows(roster(people), { asOf: AS_OF, rnOnly: true }).map((r) => r.employeeId)).toEqual(['1', '3']);
  });
  it('gives people with no unit a unit of their own, sorted last, and a missing FTE and RN as not recorded, never 0 or No', () => {
    const rows = difRows(roster([person('9', [], { unit: undefined, fte: undefined, isRn: undefined }), person('8', [], { unit: 'Zeta' })]), { asOf: AS_OF });
    expect(rows.map((r) => r.unit)).toEqual(['Zeta', '(no unit)']);
    expect(rows[1]).toMatchObject({ fte: null, fteRecorded: false, fteAssumed: false, isRn: null });
  });
  it('uses the organisation\'s assumed FTE only where none is recorded, and says it is assumed', () => {
    const rows = difRows(roster([person('1', [], { fte: undefined }), person('2', [], { fte: 0.5 })]), { asOf: AS_OF, assumedFte: 0.9 });
    expect(rows.map((r) => [r.employeeId, r.fte, r.fteRecorded, r.fteAssumed])).toEqual([['1', 0.9, false, true], ['2', 0.5, true, false]]);
  });
});

describe('difSummary', () => {
  it('sums headcount and FTE by unit, with percentages and a total that equals the sum of the units', () => {
    const rows = difRows(
      roster([
        person('1', [cred('CCS', '2015-01-01', '2028-01-01')], { unit: 'A', fte: 0.5 }),
        person('2', [], { unit: 'A', fte: 1 }),
        person('3', [cred('CCA', '2015-01-01', '2028-01-01')], { unit: 'B', fte: 0.9 }),
      ]),
      { asOf: AS_OF },
    );
    const { units, total } = difSummary(rows);
    expect(units).toEqual([
      { unit: 'A', headcount: 2, fte: 1.5, certifiedHeadcount: 1, certifiedFte: 0.5, fteNotRecorded: 0, pctHeadcount: 0.5, pctFte: 0.5 / 1.5 },
      { unit: 'B', headcount: 1, fte: 0.9, certifiedHeadcount: 1, certifiedFte: 0.9, fteNotRecorded: 0, pctHeadcount: 1, pctFte: 1 },
    ]);
    expect(total).toEqual({ unit: DIF_TOTAL_LABEL, headcount: 3, fte: 2.4, certifiedHeadcount: 2, certifiedFte: 1.4, fteNotRecorded: 0, pctHeadcount: 2 / 3, pctFte: 1.4 / 2.4 });
  });

  it('leaves the FTE figures blank, not 0 or 0%, when no FTE is recorded', () => {
    const { units, total } = difSummary(difRows(roster([person('1', [cred('CCS', '2015-01-01', '2028-01-01')], { fte: undefined }), person('2', [], { fte: undefined })]), { asOf: AS_OF }));
    expect(units[0]).toMatchObject({ headcount: 2, fte: null, certifiedFte: null, fteNotRecorded: 2, pctHeadcount: 0.5, pctFte: null });
    expect(total).toMatchObject({ fte: null, pctFte: null, fteNotRecorded: 2 });
  });

  it('counts FTE over the people whose FTE is recorded and says how many are left out', () => {
    const { units } = difSummary(difRows(roster([person('1', [cred('CCS', '2015-01-01', '2028-01-01')], { fte: 0.5 }), person('2', [], { fte: undefined })]), { asOf: AS_OF }));
    expect(units[0]).toMatchObject({ headcount: 2, fte: 0.5, certifiedFte: 0.5, fteNotRecorded: 1, pctFte: 1 });
  });

  it('gives no percent, not NaN, for a unit whose FTE is all 0', () => {
    const { units } = difSummary(difRows(roster([person('1', [], { fte: 0 })]), { asOf: AS_OF }));
    expect(units[0]).toMatchObject({ pctFte: null, pctHeadcount: 0 });
  });

  it('gives headcount and FTE per unit and counted certification, what is keyed into the DDCT', () => {
    const rows = difRows(
      roster([
        person('1', [cred('CCS', '2015-01-01', '2028-01-01')], { unit: 'B', fte: 0.5 }),
        person('2', [cred('CCS', '2015-01-01', '2028-01-01')], { unit: 'B', fte: undefined }),
        person('3', [cred('CCA', '2015-01-01', '2028-01-01')], { unit: 'B', fte: 1 }),
        person('4', [cred('CCS', '2015-01-01', '2028-01-01')], { unit: 'A', fte: 0.8 }),
        person('5', [], { unit: 'A', fte: 1 }),
      ]),
      { asOf: AS_OF },
    );
    expect(difByUnitAndCertification(rows)).toEqual([
      { unit: 'A', code: 'CCS', headcount: 1, fte: 0.8, fteNotRecorded: 0 },
      { unit: 'B', code: 'CCA', headcount: 1, fte: 1, fteNotRecorded: 0 },
      { unit: 'B', code: 'CCS', headcount: 2, fte: 0.5, fteNotRecorded: 1 },
    ]);
  });

  it('agrees with the detail for any roster size (fixture people in any order)', () => {
    const people = fixtureRoster().people;
    fc.assert(
      fc.property(fc.shuffledSubarray([...people]), (subset) => {
        const rows = difRows(roster(subset), { asOf: AS_OF, allEmployees: true });
        const { units, total } = difSummary(rows);
        expect(total.headcount).toBe(subset.length);
        expect(units.reduce((n, u) => n + u.headcount, 0)).toBe(total.headcount);
        expect(units.reduce((n, u) => n + u.certifiedHeadcount, 0)).toBe(rows.filter((r) => r.counted).length);
        expect(units.reduce((n, u) => n + (u.certifiedFte ?? 0), 0)).toBeCloseTo(total.certifiedFte ?? 0, 6);
        for (const u of units) expect(u.certifiedHeadcount).toBeLessThanOrEqual(u.headcount);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the fixture roster', () => {
  it('counts each case as documented', () => {
    const rows = new Map(difRows(fixtureRoster(), { asOf: AS_OF, allEmployees: true }).map((r) => [r.employeeId, r]));
    const code = (i: number) => rows.get(String(i + 1).padStart(6, '0'))?.counted?.definition.code ?? null;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(code)).toEqual(['CCS', 'CCA', null, 'CCA', null, null, 'CCA', 'CCS', 'CCS', null]);
  });
});
