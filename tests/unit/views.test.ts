import { describe, expect, it } from 'vitest';
import type { ExperiencePeriod, Person, RosterData, Settings } from '../../shared/types';
import { buildDashboard, buildPersonDetail, buildRosterView, MAX_ACTIONS, NO_UNIT } from '../../shared/views';
import { credential as cred } from '../fixtures/people';

// ---------------------------------------------------------------------------
// Builders: each test roster is written out by hand so every expected figure can be checked on paper.

const SETTINGS: Settings = {
  ruleSet: 'ccs-required',
  expiryWarningDays: 60,
  organisationName: 'Test Hospital',
  difAccepted: ['CCS', 'CCA'],
  importMappings: {},
};

let nextId = 0;
const coding = (start: string, end?: string, employer?: string): ExperiencePeriod => ({
  id: `x${++nextId}`,
  start,
  directCoding: true,
  ...(end ? { end } : {}),
  ...(employer ? { employer } : {}),
});

function person(employeeId: string, lastName: string, firstName: string, extra: Partial<Person> = {}): Person {
  return {
    employeeId,
    firstName,
    lastName,
    unit: 'Inpatient Coding',
    jobTitle: 'Coder II',
    employmentStatus: 'active',
    fte: 1,
    credentials: [],
    experience: [],
    education: [],
    ...extra,
  };
}

function roster(people: readonly Person[], settings: Partial<Settings> = {}): RosterData {
  return { schemaVersion: 1, people, customCredentials: [], settings: { ...SETTINGS, ...settings }, imports: [] };
}

const AS_OF = '2026-11-15';

/**
 * The main roster, as of 2026-11-15 with a 60-day warning window:
 * - 001 Adams: certified, CCS expires 2026-12-01 (16 days: expiring).
 * - 002 Baker: certified by a renewed CCS; the old record (expired 2024-03-01) is revoked.
 * - 003 Cruz: eligible by an active RHIT (Outpatient Coding).
 * - 004 Diaz: coding since 2025-01-10 -> 2 years on 2027-01-10 (not yet; within 90 days).
 * - 005 Evans: terminated, certified: in the roster, left out of the dashboard.
 * - 006 Ford: no unit, no FTE, an unknown credential with no dates, a period ending before it starts.
 * - 007 Garcia: CPC expired 2026-09-01 (75 days ago); coding since 2024-12-01 -> 2 years on 2026-12-01.
 * - 008 Hill: coding since 2024-11-01 -> eligible on 2026-11-01 (14 days ago).
 * - 009 Ito: CCA 2026-01-01..2028-01-01 + coding since 2025-12-20 -> 1 year on 2026-12-20.
 * - 010 Jones: coding since 2025-10-05 -> 2027-10-05 (the forecast's last month).
 * - 011 Kim: coding since 2025-11-02 -> 2027-11-02 (one month past the forecast); on leave.
 * - 012 King: RHIT cycle ended 2026-08-01 (106 days ago: inactive); no other pathway.
 * - 013 Lopez: CPC expired 2025-01-01 (683 days ago); CPB active, expires 2027-01-30 (76 days).
 */
function mainRoster(): RosterData {
  return roster([
    person('001', 'Adams', 'Ann', { credentials: [cred('CCS', '2020-05-01', '2026-12-01')], isRn: true }),
    person('002', 'Baker', 'Ben', {
      credentials: [cred('CCS', '2018-03-01', '2024-03-01'), cred('CCS', '2024-02-20', '2028-03-01')],
    }),
    person('003', 'Cruz', 'Carla', {
      unit: 'Outpatient Coding',
      credentials: [cred('RHIT', '2019-01-10', '2027-06-30')],
    }),
    person('004', 'Diaz', 'Dan', { experience: [coding('2025-01-10')] }),
    person('005', 'Evans', 'Eve', {
      employmentStatus: 'terminated',
      credentials: [cred('CCS', '2021-01-01', '2026-12-20')],
    }),
    person('006', 'Ford', 'Fay', {
      unit: undefined,
      fte: undefined,
      jobTitle: undefined,
      credentials: [cred('XYZ')],
      experience: [coding('2024-05-01', '2024-04-01', 'Mercy General')],
    }),
    person('007', 'Garcia', 'Gus', {
      unit: 'Outpatient Coding',
      credentials: [cred('CPC', '2025-06-01', '2026-09-01')],
      experience: [coding('2024-12-01')],
    }),
    person('008', 'Hill', 'Hana', { experience: [coding('2024-11-01')] }),
    person('009', 'Ito', 'Ivy', {
      credentials: [cred('CCA', '2026-01-01', '2028-01-01')],
      experience: [coding('2025-12-20')],
    }),
    person('010', 'Jones', 'Jo', { experience: [coding('2025-10-05')] }),
    person('011', 'Kim', 'Kai', { employmentStatus: 'leave', experience: [coding('2025-11-02')] }),
    person('012', 'King', 'Kit', { credentials: [cred('RHIT', '2016-08-01', '2026-08-01')] }),
    person('013', 'Lopez', 'Lu', {
      unit: 'Outpatient Coding',
      credentials: [cred('CPC', '2023-01-01', '2025-01-01'), cred('CPB', '2025-01-30', '2027-01-30')],
    }),
  ]);
}

// ---------------------------------------------------------------------------

describe('buildRosterView', () => {
  it('summarises each person with name, unit, badges, CCS status and experience', () => {
    const view = buildRosterView(mainRoster(), AS_OF);
    expect(view.asOf).toBe(AS_OF);
    expect(view.ruleSet).toBe('ccs-required');
    expect(view.ruleSetVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.expiryWarningDays).toBe(60);
    const adams = view.people.find((p) => p.employeeId === '001')!;
    expect(adams).toMatchObject({
      name: 'Adams, Ann',
      firstName: 'Ann',
      lastName: 'Adams',
      unit: 'Inpatient Coding',
      jobTitle: 'Coder II',
      employmentStatus: 'active',
      isRn: true,
      fte: 1,
      ccsStatus: 'certified',
      experienceYears: 0,
      problems: [],
    });
    expect(adams.credentials).toEqual([
      { id: expect.any(String), code: 'CCS', state: 'expiring', expiresOn: '2026-12-01', daysLeft: 16 },
    ]);
    expect(adams.ccsSummary.length).toBeGreaterThan(0);

    const cruz = view.people.find((p) => p.employeeId === '003')!;
    expect(cruz.ccsStatus).toBe('eligible');
    expect(cruz.eligibleOn).toBe('2019-01-10');
    expect(cruz.pathwaysMet).toEqual(['by-credential']);
    expect(cruz.isRn).toBe(false);

    const diaz = view.people.find((p) => p.employeeId === '004')!;
    expect(diaz.ccsStatus).toBe('not-yet');
    expect(diaz.eligibleOn).toBe('2027-01-10');
    expect(diaz.pathwaysMet).toEqual([]);
    // 2025-01-10 .. 2026-11-14 is 674 days; 674 / 365.25 = 1.845...
    expect(diaz.experienceYears).toBe(1.8);
  });

  it('lists everyone, terminated people included, sorted by last then first name', () => {
    const people = [
      person('1', 'smith', 'Zoe'),
      person('2', 'Smith', 'Adam'),
      person('3', 'Álvarez', 'Rosa'),
      person('4', 'Brown', 'Al', { employmentStatus: 'terminated' }),
      person('5', 'Smith', 'Adam'),
    ];
    const view = buildRosterView(roster(people), AS_OF);
    expect(view.people.map((p) => p.employeeId)).toEqual(['3', '4', '2', '5', '1']);
  });

  it('gives distinct sorted units and credential codes for the filters, blanks left out', () => {
    const view = buildRosterView(mainRoster(), AS_OF);
    expect(view.units).toEqual(['Inpatient Coding', 'Outpatient Coding']);
    expect(view.credentialCodes).toEqual(['CCA', 'CCS', 'CPB', 'CPC', 'RHIT', 'XYZ']);
  });

  it('uses the catalog code for a credential recorded under another spelling', () => {
    const view = buildRosterView(roster([person('1', 'A', 'B', { credentials: [cred('ccs-p', '2020-01-01', '2030-01-01')] })]), AS_OF);
    expect(view.people[0]!.credentials[0]!.code).toBe('CCS-P');
    expect(view.credentialCodes).toEqual(['CCS-P']);
    expect(view.people[0]!.problems).toEqual([]);
  });

  it('sorts badges currently valid first, then by code, the longest-running record first', () => {
    const p = person('1', 'A', 'B', {
      credentials: [
        cred('CCS', '2018-03-01', '2024-03-01'),
        cred('RHIT', '2015-01-01', '2026-12-01'),
        cred('CPC', '2020-01-01', '2025-01-01'),
        cred('CCS', '2024-02-20', '2028-03-01'),
        cred('CCA', '2027-01-01', '2029-01-01'),
      ],
    });
    const badges = buildRosterView(roster([p]), AS_OF).people[0]!.credentials;
    expect(badges.map((b) => `${b.code}:${b.state}`)).toEqual([
      'CCS:active',
      'RHIT:expiring',
      'CCA:pending',
      'CCS:revoked',
      'CPC:expired',
    ]);
    expect(badges[0]).toMatchObject({ expiresOn: '2028-03-01', daysLeft: 472 });
    expect(badges[3]).toMatchObject({ expiresOn: '2024-03-01', daysLeft: -989 });
  });

  it('lists the problems a manager should fix', () => {
    const view = buildRosterView(mainRoster(), AS_OF);
    const ford = view.people.find((p) => p.employeeId === '006')!;
    expect(ford.unit).toBe('');
    expect(ford.jobTitle).toBe('');
    expect(ford.fte).toBeNull();
    expect(ford.problems.map((p) => [p.text, p.changesAnswers])).toEqual([
      ['Credential XYZ is not in the catalog: correct the code or add it to the catalog', true],
      ['XYZ has no earned date', true],
      ['XYZ: no expiry recorded (it counts as active until one is)', true],
      ['Experience period at Mercy General ends on 2024-04-01, before it starts on 2024-05-01', true],
      // Only the DIF reads these: counted by kind on the dashboard, never a mark on the row.
      ['No unit recorded', false],
      ['No FTE recorded (the Magnet DIF needs it)', false],
    ]);
    const clean = view.people.filter((p) => p.employeeId !== '006' && p.problems.length > 0);
    expect(clean).toEqual([]);
  });

  it('knows user-defined credentials from the roster catalog', () => {
    const data: RosterData = {
      ...roster([person('1', 'A', 'B', { credentials: [cred('XYZ', '2020-01-01', '2030-01-01')] })]),
      customCredentials: [{ code: 'XYZ', name: 'Local coder', body: 'Local', coding: false, difAccepted: false, userDefined: true }],
    };
    expect(buildRosterView(data, AS_OF).people[0]!.problems).toEqual([]);
  });

  it('follows the rule set asked for, else the one in settings', () => {
    const data = roster([person('1', 'Hill', 'Hana', { experience: [coding('2024-11-01')] })], { ruleSet: 'ccs-recommended' });
    const bySettings = buildRosterView(data, AS_OF);
    expect(bySettings.ruleSet).toBe('ccs-recommended');
    // No diploma on record: under the recommended set the diploma is the requirement.
    expect(bySettings.people[0]!).toMatchObject({ ccsStatus: 'diploma-not-recorded', eligibleOn: null, preparedOn: '2026-11-01', diplomaOnRecord: false });
    const required = buildRosterView(data, AS_OF, 'ccs-required');
    expect(required.ruleSet).toBe('ccs-required');
    expect(required.people[0]!).toMatchObject({ ccsStatus: 'eligible', eligibleOn: '2026-11-01', preparedOn: null, diplomaOnRecord: null });
  });

  it('moves a person from not-yet to eligible when the as-of date passes their date', () => {
    const data = mainRoster();
    const before = buildRosterView(data, '2027-01-09').people.find((p) => p.employeeId === '004')!;
    const on = buildRosterView(data, '2027-01-10').people.find((p) => p.employeeId === '004')!;
    expect(before.ccsStatus).toBe('not-yet');
    expect(before.pathwaysMet).toEqual([]);
    expect(on.ccsStatus).toBe('eligible');
    expect(on.eligibleOn).toBe('2027-01-10');
    expect(on.pathwaysMet).toEqual(['by-experience']);
    // 730 days / 365.25 = 1.9986 -> 2.0
    expect(on.experienceYears).toBe(2);
  });

  it('builds a 50,000-person roster', { timeout: 60_000 }, () => {
    const people: Person[] = [];
    const codes = ['CCS', 'RHIT', 'CPC', 'CCA', 'RHIA', 'COC'];
    for (let i = 0; i < 50_000; i++) {
      const year = 2010 + (i % 15);
      const month = String((i % 12) + 1).padStart(2, '0');
      people.push(
        person(String(i).padStart(6, '0'), `Last${i % 997}`, `First${i % 113}`, {
          unit: `Unit ${i % 23}`,
          credentials: [cred(codes[i % codes.length]!, `${year}-${month}-01`, `${year + 3}-${month}-01`)],
          experience: [coding(`${year}-${month}-10`, i % 3 === 0 ? undefined : `${year + 2}-${month}-09`)],
        }),
      );
    }
    const view = buildRosterView(roster(people), AS_OF);
    expect(view.people).toHaveLength(50_000);
    expect(view.units).toHaveLength(23);
  });
});

describe('buildPersonDetail', () => {
  it('returns the person, the explained eligibility, badges and merged coding spans', () => {
    const data = roster([
      person('77', 'Diaz', 'Dan', {
        credentials: [cred('CPC', '2020-01-01', '2025-01-01'), cred('CCA', '2024-01-01', '2028-01-01')],
        experience: [
          coding('2023-01-01', '2023-06-30'),
          coding('2023-07-01', '2023-12-31'),
          coding('2023-03-01', '2023-04-01'),
          { id: 'billing', start: '2022-01-01', end: '2022-12-31', directCoding: false },
          coding('2025-01-01'),
        ],
      }),
    ]);
    const detail = buildPersonDetail(data, '77', AS_OF)!;
    expect(detail.person).toBe(data.people[0]);
    expect(detail.eligibility.employeeId).toBe('77');
    expect(detail.eligibility.asOf).toBe(AS_OF);
    expect(detail.eligibility.ruleSet).toBe('ccs-required');
    expect(detail.eligibility.status).toBe('eligible');
    expect(detail.credentialStatuses.map((b) => `${b.code}:${b.state}`)).toEqual(['CCA:active', 'CPC:expired']);
    expect(detail.codingSpans).toEqual([
      { start: '2023-01-01', end: '2023-12-31' },
      { start: '2025-01-01', end: null },
    ]);
  });

  it('is null for an unknown employee id, and honours the rule set asked for', () => {
    const data = mainRoster();
    expect(buildPersonDetail(data, 'nobody', AS_OF)).toBeNull();
    expect(buildPersonDetail(data, '008', AS_OF, 'ccs-recommended')!.eligibility.ruleSet).toBe('ccs-recommended');
  });
});

describe('buildDashboard', () => {
  it('counts the headline over current staff (active and on leave)', () => {
    const dash = buildDashboard(mainRoster(), AS_OF);
    expect(dash.asOf).toBe(AS_OF);
    expect(dash.ruleSet).toBe('ccs-required');
    expect(dash.headline).toEqual({
      people: 12, // 13 less Evans (terminated)
      certified: 2, // Adams, Baker
      eligibleNow: 2, // Cruz, Hill
      eligibleNext90: 3, // Diaz 2027-01-10, Garcia 2026-12-01, Ito 2026-12-20
      expiring30: 1, // Adams CCS (16 days)
      expiring60: 1,
      expiring90: 2, // + Lopez CPB (76 days)
      expired: 3, // Garcia CPC, King RHIT, Lopez CPC; not Baker's renewed CCS
      diplomaNotRecorded: 0, // asked only under ccs-recommended
      diplomaAssumed: 0,
    });
  });

  it('counts by unit, with people without a unit under "(no unit)" at the end', () => {
    const dash = buildDashboard(mainRoster(), AS_OF);
    expect(dash.byUnit).toEqual([
      // Adams, Baker certified; Hill eligible; Diaz, Ito, Jones, Kim, King not yet
      { unit: 'Inpatient Coding', certified: 2, eligible: 1, notYet: 5 },
      // Cruz eligible; Garcia, Lopez not yet
      { unit: 'Outpatient Coding', certified: 0, eligible: 1, notYet: 2 },
      { unit: NO_UNIT, certified: 0, eligible: 0, notYet: 1 },
    ]);
  });

  it('forecasts 12 months from the as-of month across the year end', () => {
    const dash = buildDashboard(mainRoster(), AS_OF);
    expect(dash.forecast.map((m) => m.month)).toEqual([
      '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04',
      '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10',
    ]);
    const newly = Object.fromEntries(dash.forecast.map((m) => [m.month, m.newlyEligible]));
    expect(newly).toMatchObject({ '2026-11': 0, '2026-12': 2, '2027-01': 1, '2027-10': 1 });
    expect(dash.forecast.reduce((n, m) => n + m.newlyEligible, 0)).toBe(4); // Kim's 2027-11-02 falls outside
    expect(dash.forecast.map((m) => m.cumulativeEligible)).toEqual([2, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6]);
  });

  it('counts only dates after the as-of date in the as-of month', () => {
    const data = roster([
      person('1', 'Hill', 'Hana', { experience: [coding('2024-11-01')] }), // 2026-11-01: before as-of
      person('2', 'Moss', 'Mo', { experience: [coding('2024-11-20')] }), // 2026-11-20: after as-of
      person('3', 'Ng', 'Nia', { experience: [coding('2024-11-15')] }), // 2026-11-15: the as-of date itself
    ]);
    const dash = buildDashboard(data, AS_OF);
    expect(dash.headline.eligibleNow).toBe(2);
    expect(dash.forecast[0]).toEqual({ month: '2026-11', newlyEligible: 1, cumulativeEligible: 3 });
    expect(dash.headline.eligibleNext90).toBe(1);
  });

  it('under the recommended rule set with no diplomas recorded, forecasts no one and counts the missing diplomas', () => {
    const people = [
      person('1', 'Hill', 'Hana', { experience: [coding('2017-05-10')] }),
      person('2', 'Moss', 'Mo', { experience: [coding('2024-11-20')] }),
      person('3', 'Ng', 'Nia', { hsDiploma: true }),
    ];
    const dash = buildDashboard(roster(people, { ruleSet: 'ccs-recommended' }), AS_OF);
    expect(dash.headline).toMatchObject({ eligibleNow: 1, eligibleNext90: 0, diplomaNotRecorded: 2, diplomaAssumed: 0 });
    expect(dash.forecast.every((m) => m.newlyEligible === 0 && m.cumulativeEligible === 1)).toBe(true);
    // The organisation's statement counts current staff as holding one, shown as assumed.
    const assumed = buildDashboard(roster(people, { ruleSet: 'ccs-recommended', diplomaConditionOfEmployment: true }), AS_OF);
    expect(assumed.headline).toMatchObject({ eligibleNow: 3, diplomaNotRecorded: 0, diplomaAssumed: 2 });
  });

  it('handles a December as-of date: the forecast runs December to November', () => {
    const data = roster([
      person('1', 'A', 'A', { experience: [coding('2024-12-31')] }), // 2026-12-31
      person('2', 'B', 'B', { experience: [coding('2025-01-01')] }), // 2027-01-01
      person('3', 'C', 'C', { experience: [coding('2025-11-30')] }), // 2027-11-30
      person('4', 'D', 'D', { experience: [coding('2025-12-01')] }), // 2027-12-01: outside
    ]);
    const dash = buildDashboard(data, '2026-12-10');
    expect(dash.forecast[0]!.month).toBe('2026-12');
    expect(dash.forecast[11]!.month).toBe('2027-11');
    expect(dash.forecast.map((m) => m.newlyEligible)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(dash.forecast[11]!.cumulativeEligible).toBe(3);
  });

  it('moves people from the forecast to eligible now as the as-of date advances', () => {
    const data = mainRoster();
    const later = buildDashboard(data, '2027-01-10');
    // Garcia (2026-12-01), Ito (2026-12-20) and Diaz (2027-01-10) have joined Cruz and Hill.
    expect(later.headline.eligibleNow).toBe(5);
    expect(later.forecast[0]).toEqual({ month: '2027-01', newlyEligible: 0, cumulativeEligible: 5 });
    const newlyEligible = later.actions.filter((a) => a.kind === 'newly-eligible');
    // Eligible within the last 30 days (2026-12-11 .. 2027-01-10), most recent first.
    expect(newlyEligible.map((a) => [a.employeeId, a.date])).toEqual([
      ['004', '2027-01-10'],
      ['009', '2026-12-20'],
    ]);
  });

  it('mixes credentials per code using the latest record per person', () => {
    const dash = buildDashboard(mainRoster(), AS_OF);
    expect(dash.credentialMix).toEqual([
      { code: 'CCA', active: 1, expiring: 0, expired: 0 },
      { code: 'CCS', active: 1, expiring: 1, expired: 0 }, // Baker's old record left out; Evans terminated
      { code: 'CPB', active: 1, expiring: 0, expired: 0 },
      { code: 'CPC', active: 0, expiring: 0, expired: 2 },
      { code: 'RHIT', active: 1, expiring: 0, expired: 1 },
      { code: 'XYZ', active: 1, expiring: 0, expired: 0 },
    ]);
  });

  it('lists actions most urgent first: recent lapses, expiring, newly eligible, problems', () => {
    const dash = buildDashboard(mainRoster(), AS_OF);
    expect(dash.actions).toEqual([
      {
        kind: 'expired',
        employeeId: '012',
        name: 'King, Kit',
        text: 'RHIT inactive — reinstate by 2027-01-28, revoked after; its cycle ended on 2026-08-01 (106 days ago)',
        date: '2026-08-01',
      },
      { kind: 'expired', employeeId: '007', name: 'Garcia, Gus', text: 'CPC expired on 2026-09-01 (75 days ago)', date: '2026-09-01' },
      { kind: 'expiring', employeeId: '001', name: 'Adams, Ann', text: 'CCS expires on 2026-12-01 (in 16 days)', date: '2026-12-01' },
      {
        kind: 'newly-eligible',
        employeeId: '008',
        name: 'Hill, Hana',
        text: 'Became eligible for the CCS exam on 2026-11-01',
        date: '2026-11-01',
      },
      {
        kind: 'problem',
        employeeId: '006',
        name: 'Ford, Fay',
        text: 'Credential XYZ is not in the catalog: correct the code or add it to the catalog; XYZ has no earned date; XYZ: no expiry recorded (it counts as active until one is); Experience period at Mercy General ends on 2024-04-01, before it starts on 2024-05-01',
        date: null,
      },
    ]);
  });

  it('counts gaps that change no answers by kind, the most common first, instead of an action per person', () => {
    const people: Person[] = [];
    for (let i = 0; i < 23; i++) people.push(person(`n${i}`, 'NoFte', String(i), { fte: undefined, unit: 'Coding' }));
    people.push(person('u1', 'NoUnit', 'One', { fte: 1, unit: undefined }));
    people.push(person('t1', 'Gone', 'One', { fte: undefined, employmentStatus: 'terminated' }));
    const dash = buildDashboard(roster(people), AS_OF);
    expect(dash.actions.filter((a) => a.kind === 'problem')).toEqual([]);
    expect(dash.recordGaps).toEqual([
      { kind: 'no-fte', people: 23, text: '23 people have no FTE recorded: only the Magnet DIF uses it' },
      { kind: 'no-unit', people: 1, text: '1 person has no unit recorded: the Magnet DIF and the charts group people by unit' },
    ]);
  });

  it('keeps a renewed credential out of the lapses and the expiring list', () => {
    const data = roster([
      person('1', 'Baker', 'Ben', {
        // Renewed early: the old record still runs 10 days, the new one two years.
        credentials: [cred('CCS', '2024-11-25', '2026-11-25'), cred('CCS', '2026-11-01', '2028-11-25')],
      }),
    ]);
    const dash = buildDashboard(data, AS_OF);
    expect(dash.headline.expiring30).toBe(0);
    expect(dash.headline.expired).toBe(0);
    expect(dash.actions).toEqual([]);
    expect(dash.credentialMix).toEqual([{ code: 'CCS', active: 1, expiring: 0, expired: 0 }]);
  });

  it('leaves terminated people out of every figure', () => {
    const data = roster([
      person('1', 'Evans', 'Eve', {
        employmentStatus: 'terminated',
        unit: undefined,
        credentials: [cred('CPC', '2024-01-01', '2026-10-01'), cred('CCS', '2021-01-01', '2026-12-01')],
        experience: [coding('2024-11-01')],
      }),
    ]);
    const dash = buildDashboard(data, AS_OF);
    expect(Object.values(dash.headline).every((n) => n === 0)).toBe(true);
    expect(dash.byUnit).toEqual([]);
    expect(dash.credentialMix).toEqual([]);
    expect(dash.actions).toEqual([]);
    expect(dash.forecast.every((m) => m.newlyEligible === 0 && m.cumulativeEligible === 0)).toBe(true);
  });

  it('counts expiring windows cumulatively and lapses only within 180 days as actions', () => {
    const data = roster(
      [
        person('1', 'A', 'A', { credentials: [cred('CPC', '2020-01-01', '2026-12-15')] }), // 30 days
        person('2', 'B', 'B', { credentials: [cred('CPC', '2020-01-01', '2026-12-16')] }), // 31 days
        person('3', 'C', 'C', { credentials: [cred('CPC', '2020-01-01', '2027-01-14')] }), // 60 days
        person('4', 'D', 'D', { credentials: [cred('CPC', '2020-01-01', '2027-02-13')] }), // 90 days
        person('5', 'E', 'E', { credentials: [cred('CPC', '2020-01-01', '2027-02-14')] }), // 91 days
        person('6', 'F', 'F', { credentials: [cred('CPC', '2020-01-01', '2026-11-15')] }), // today
        person('7', 'G', 'G', { credentials: [cred('CPC', '2020-01-01', '2026-05-19')] }), // 180 days ago
        person('8', 'H', 'H', { credentials: [cred('CPC', '2020-01-01', '2026-05-18')] }), // 181 days ago
      ],
      { expiryWarningDays: 90 },
    );
    const dash = buildDashboard(data, AS_OF);
    expect(dash.headline).toMatchObject({ expiring30: 2, expiring60: 4, expiring90: 5, expired: 2 });
    expect(dash.actions.map((a) => [a.kind, a.employeeId])).toEqual([
      ['expired', '7'],
      ['expiring', '6'],
      ['expiring', '1'],
      ['expiring', '2'],
      ['expiring', '3'],
      ['expiring', '4'],
    ]);
    expect(dash.actions[1]!.text).toBe('CPC expires on 2026-11-15 (today)');
  });

  it('caps the action list, most urgent kept', () => {
    const people: Person[] = [];
    for (let i = 0; i < 150; i++) {
      people.push(person(`e${i}`, 'Expiring', String(i), { credentials: [cred('CPC', '2020-01-01', '2026-12-01')] }));
      people.push(person(`p${i}`, 'Problem', String(i), { credentials: [cred('ZZZ', '2020-01-01', '2030-01-01')] }));
    }
    const dash = buildDashboard(roster(people), AS_OF);
    expect(dash.actions).toHaveLength(MAX_ACTIONS);
    expect(dash.actions.filter((a) => a.kind === 'expiring')).toHaveLength(150);
    expect(dash.actions.filter((a) => a.kind === 'problem')).toHaveLength(50);
  });
});
