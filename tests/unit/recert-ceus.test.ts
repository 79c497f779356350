import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { addDaysIso } from '../../shared/dates';
import { ceuNeedsAction, ceuStatus, earnedInCycle, personCeuSummaries } from '../../shared/recert/ceus';
import type { Cycle } from '../../shared/recert/types';
import type { CeuEntry, Credential, Person } from '../../shared/types';

const cycle: Cycle = { start: '2025-01-01', end: '2026-12-31', source: 'default-rule', ended: false };

const person = (credentials: Credential[], extra: Partial<Person> = {}): Person => ({
  employeeId: '00042',
  firstName: 'Ada',
  lastName: 'Okafor',
  employmentStatus: 'active',
  credentials,
  experience: [],
  education: [],
  ...extra,
});
/** An activity within the HIIM domains unless said otherwise (`hiimDomain` null: not recorded). */
const entry = (date: string, hours: number, provider?: string, title = `Course ${date}`, hiimDomain: boolean | null = true): CeuEntry => ({
  date,
  title,
  hours,
  ...(provider ? { provider } : {}),
  ...(hiimDomain === null ? {} : { hiimDomain }),
});

describe('ceuStatus pro rata', () => {
  // 730 days in the cycle; 73 days elapsed on 2025-03-15, so 20 × 73 / 730 = 2 hours expected exactly.
  it('is on track exactly at the pro-rated expectation and behind just below it', () => {
    expect(ceuStatus(2, 20, cycle, '2025-03-15', null)).toEqual({ status: 'on-track', expectedByNow: 2 });
    expect(ceuStatus(1.99, 20, cycle, '2025-03-15', null)).toEqual({ status: 'behind', expectedByNow: 2 });
  });

  it('counts the days before the as-of date: nothing is expected on the first day', () => {
    expect(ceuStatus(0, 20, cycle, '2025-01-01', null)).toEqual({ status: 'on-track', expectedByNow: 0 });
    expect(ceuStatus(0, 20, cycle, '2025-01-02', null).status).toBe('behind');
  });

  it('halfway: half the hours', () => {
    expect(ceuStatus(10, 20, cycle, '2026-01-01', null)).toMatchObject({ status: 'on-track', expectedByNow: 10 });
    expect(ceuStatus(9.5, 20, cycle, '2026-01-01', null).status).toBe('behind');
  });

  it('is complete once the requirement is met, even after the end', () => {
    expect(ceuStatus(20, 20, cycle, '2025-02-01', null).status).toBe('complete');
    expect(ceuStatus(25, 20, { ...cycle, ended: true }, '2027-05-01', 'expired').status).toBe('complete');
  });

  it('after an end without enough: short, or the AHIMA state', () => {
    const ended = { ...cycle, ended: true };
    expect(ceuStatus(19, 20, ended, '2027-01-01', 'expired').status).toBe('short');
    expect(ceuStatus(19, 20, ended, '2027-01-01', 'inactive').status).toBe('inactive');
    expect(ceuStatus(19, 20, ended, '2027-09-01', 'revoked').status).toBe('revoked');
  });
});

describe('earnedInCycle', () => {
  it('counts entries inside the cycle and not after the as-of date', () => {
    const c: Credential = {
      id: 'c1',
      code: 'CCS',
      ceusEarned: 99,
      ceuEntries: [entry('2024-12-31', 5), entry('2025-01-01', 2), entry('2026-06-01', 3.5), entry('2026-12-31', 1), entry('2027-01-01', 4)],
    };
    expect(earnedInCycle([c], cycle, '2026-12-31')).toMatchObject({ hours: 6.5, from: 'entries' });
    expect(earnedInCycle([c], cycle, '2026-05-31')).toMatchObject({ hours: 2, from: 'entries' });
  });

  it('entries win over a total; with no entries the total is used', () => {
    expect(earnedInCycle([{ id: 'a', code: 'CCS', ceusEarned: 12, ceuEntries: [] }], cycle, '2026-01-01')).toMatchObject({ hours: 12, from: 'total' });
    expect(earnedInCycle([{ id: 'a', code: 'CCS' }], cycle, '2026-01-01')).toEqual({ hours: 0, from: 'none', entries: [] });
  });

  it('merges one pool per body: identical entries once, the largest total', () => {
    const shared = entry('2025-05-05', 3, 'AHIMA');
    const a: Credential = { id: 'a', code: 'CCS', ceuEntries: [shared, entry('2025-06-01', 1)] };
    const b: Credential = { id: 'b', code: 'CCS-P', ceuEntries: [shared] };
    expect(earnedInCycle([a, b], cycle, '2026-01-01').hours).toBe(4);
    expect(earnedInCycle([{ id: 'a', code: 'CCS', ceusEarned: 8 }, { id: 'b', code: 'CCS-P', ceusEarned: 12 }], cycle, '2026-01-01').hours).toBe(12);
  });
});

describe('personCeuSummaries', () => {
  it('gives one AHIMA summary with the combined requirement for RHIA + CCS + CCS-P', () => {
    const p = person([
      { id: 'r', code: 'RHIA', earnedOn: '2015-04-01', ceusEarned: 42 },
      { id: 's', code: 'CCS', earnedOn: '2018-09-10' },
      { id: 'p', code: 'CCS-P', earnedOn: '2020-02-01' },
    ]);
    const [s, ...rest] = personCeuSummaries(p, BUILT_IN_CATALOG, '2026-11-23');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({
      body: 'AHIMA',
      cycle: { start: '2025-04-01', end: '2027-03-31', source: 'default-rule' },
      earned: 42,
      earnedFrom: 'total',
      status: 'on-track',
      // 601 of the cycle's 730 days have passed: 50 × 601 / 730.
      expectedByNow: 41.16,
      credentialIds: ['r', 's', 'p'],
    });
    expect(s?.requirement.hours).toBe(50);
  });

  it('leaves out credentials not yet earned or no longer active', () => {
    const p = person([
      { id: 's', code: 'CCS', earnedOn: '2018-09-10' },
      { id: 'p', code: 'CCS-P', earnedOn: '2027-01-01' },
      { id: 'h', code: 'CHDA', earnedOn: '2012-01-01', expiresOn: '2020-12-31' },
    ]);
    const [s] = personCeuSummaries(p, BUILT_IN_CATALOG, '2026-11-23');
    expect(s?.requirement.hours).toBe(20);
    expect(s?.credentialIds).toEqual(['s']);
    expect(s?.cycle).toMatchObject({ start: '2026-09-10', end: '2028-09-09' });
  });

  it('uses the latest cycle when every cycle of the body has ended', () => {
    const p = person([
      { id: 'a', code: 'CCA', earnedOn: '2014-01-01', expiresOn: '2019-12-31' },
      { id: 's', code: 'CCS', earnedOn: '2018-09-10', expiresOn: '2024-09-09', ceusEarned: 5 },
    ]);
    const [s] = personCeuSummaries(p, BUILT_IN_CATALOG, '2024-10-01');
    expect(s).toMatchObject({ cycle: { end: '2024-09-09', ended: true }, status: 'inactive', credentialIds: ['s'] });
  });

  it('AHIMA cycle ended short: inactive, then revoked 180 days after the end (credential-status rule)', () => {
    const p = person([{ id: 's', code: 'CCS', earnedOn: '2022-05-01', expiresOn: '2024-04-30', ceusEarned: 12 }]);
    const on = (asOf: string) => personCeuSummaries(p, BUILT_IN_CATALOG, asOf)[0];
    expect(on('2024-04-30')).toMatchObject({ status: 'behind', credentialState: null });
    expect(on('2024-05-01')).toMatchObject({ status: 'inactive', credentialState: 'inactive' });
    expect(on(addDaysIso('2024-04-30', 180))).toMatchObject({ status: 'inactive' });
    expect(on(addDaysIso('2024-04-30', 181))).toMatchObject({ status: 'revoked', credentialState: 'revoked' });
    expect(on('2024-05-01')?.summary).toBe(
      'AHIMA CEUs 12 of 20 for the cycle 2022-05-01 to 2024-04-30: cycle ended short; credentials inactive ' +
        '(missing: 8 more CEUs; The 2 mandatory annual coding self-reviews not recorded (enter the activities, not a total))',
    );
  });

  it('AAPC cycle ended short: short, the credential expired', () => {
    const p = person([
      { id: 'c', code: 'CPC', earnedOn: '2022-07-01', expiresOn: '2024-06-30', ceusEarned: 30 },
      { id: 'r', code: 'CRC', earnedOn: '2023-01-01', expiresOn: '2024-06-30' },
    ]);
    const [s] = personCeuSummaries(p, BUILT_IN_CATALOG, '2024-08-01');
    expect(s).toMatchObject({ body: 'AAPC', status: 'short', credentialState: 'expired', earned: 30 });
    expect(s?.requirement.hours).toBe(40);
  });

  it('AAPC follows the membership renewal date', () => {
    const p = person([{ id: 'c', code: 'CPC', earnedOn: '2019-04-10', ceuEntries: [entry('2025-06-30', 10), entry('2025-07-01', 20)] }], {
      aapcMembershipRenewsOn: '2025-06-30',
    });
    const [s] = personCeuSummaries(p, BUILT_IN_CATALOG, '2026-11-23');
    expect(s).toMatchObject({ cycle: { start: '2025-07-01', end: '2027-06-30' }, earned: 20, earnedFrom: 'entries', status: 'behind' });
  });

  it('uses the cycle the user set for the body', () => {
    const p = person([
      { id: 's', code: 'CCS', earnedOn: '2018-09-10' },
      { id: 'p', code: 'CCS-P', earnedOn: '2020-02-01', cycleStart: '2026-01-01', cycleEnd: '2027-12-31', ceusEarned: 3 },
    ]);
    const [s] = personCeuSummaries(p, BUILT_IN_CATALOG, '2026-11-23');
    expect(s).toMatchObject({ cycle: { start: '2026-01-01', end: '2027-12-31', source: 'override' }, status: 'behind' });
    expect(s?.requirement.hours).toBe(30);
  });

  it('reports the AHIMA 40% provider share from entries that name a provider', () => {
    const base = { id: 's', code: 'RHIA', earnedOn: '2024-03-01' };
    const withProviders = person([{ ...base, ceuEntries: [entry('2024-05-01', 6, 'AHIMA'), entry('2024-06-01', 4, 'FHIMA'), entry('2024-07-01', 20, 'Vendor webinar')] }]);
    const [s] = personCeuSummaries(withProviders, BUILT_IN_CATALOG, '2026-01-10');
    // 30 of 30 hours, but only 10 of the 12 from AHIMA resources: not complete.
    expect(s?.status).toBe('incomplete');
    expect(s?.providerShare).toMatchObject({ minShare: 0.4, requiredHours: 12, providerHours: 10, met: false });
    expect(s?.missing).toEqual(['2 more hours from AHIMA resources or a component state association']);
    expect(s?.summary).toContain('hours reached, not complete (missing: 2 more hours from AHIMA resources');

    const noProviders = person([{ ...base, ceuEntries: [entry('2024-05-01', 6)] }]);
    expect(personCeuSummaries(noProviders, BUILT_IN_CATALOG, '2026-01-10')[0]?.providerShare).toMatchObject({ providerHours: null, met: null });

    const oldCycle = person([{ ...base, earnedOn: '2020-03-01', expiresOn: '2022-02-28', ceuEntries: [entry('2021-05-01', 6, 'AHIMA')] }]);
    expect(personCeuSummaries(oldCycle, BUILT_IN_CATALOG, '2022-01-10')[0]?.providerShare).toBeNull();
  });

  it('matches AHIMA providers by a list of names, never by a fragment', () => {
    const hours = (provider: string) =>
      personCeuSummaries(person([{ id: 's', code: 'RHIA', earnedOn: '2024-03-01', ceuEntries: [entry('2024-05-01', 30, provider)] }]), BUILT_IN_CATALOG, '2026-01-10')[0]
        ?.providerShare?.providerHours;
    expect(hours('Kashima Training LLC')).toBe(0);
    expect(hours('Hima Consulting')).toBe(0);
    expect(hours('FHIMA')).toBe(30);
    expect(hours('FHIMAX Solutions')).toBe(0);
    expect(hours('AHIMA')).toBe(30);
    expect(hours('AHIMA® Virtual Coding Summit')).toBe(30);
    expect(hours('HCPro')).toBe(30);
    expect(hours('JustCoding (HCPro)')).toBe(30);
    expect(hours('Ohio Health Information Management Association')).toBe(30);
    expect(hours('California Health Information Association')).toBe(30);
    expect(hours('Health Information Management Association of Nowhere')).toBe(0);
  });

  it('asks 80% of an AHIMA cycle\'s required CEUs within the HIIM domains, and cannot tell when no entry says', () => {
    const base = { id: 's', code: 'RHIA', earnedOn: '2024-03-01' };
    const status = (entries: CeuEntry[]) => personCeuSummaries(person([{ ...base, ceuEntries: entries }]), BUILT_IN_CATALOG, '2026-01-10')[0];
    // 30 required: 24 must be within the domains. 12 from AHIMA meets the provider share.
    const met = status([entry('2024-05-01', 12, 'AHIMA'), entry('2024-06-01', 12, 'FHIMA'), entry('2024-07-01', 6, 'Vendor', 'Excel for managers', false)]);
    expect(met).toMatchObject({ status: 'complete', domainShare: { minShare: 0.8, requiredHours: 24, domainHours: 24, unrecordedHours: 0, met: true } });

    const under = status([entry('2024-05-01', 12, 'AHIMA'), entry('2024-06-01', 11, 'FHIMA'), entry('2024-07-01', 7, 'Vendor', 'Excel for managers', false)]);
    expect(under).toMatchObject({ status: 'incomplete', domainShare: { domainHours: 23, met: false } });
    expect(under?.missing).toEqual(['1 more hours within the HIIM domains']);

    const unsaid = status([entry('2024-05-01', 12, 'AHIMA', 'Course A', null), entry('2024-06-01', 18, 'FHIMA', 'Course B', null)]);
    expect(unsaid).toMatchObject({ status: 'incomplete', domainShare: { domainHours: null, unrecordedHours: 30, met: null } });
    expect(unsaid?.missing).toEqual(['Domains not recorded: 24 hours must fall within the HIIM domains']);

    const partly = status([entry('2024-05-01', 12, 'AHIMA', 'Course A'), entry('2024-06-01', 18, 'FHIMA', 'Course B', null)]);
    expect(partly?.missing).toEqual(['12 more hours within the HIIM domains (18 hours do not say whether they are)']);

    // A total cannot say, and cycles ending before 2025 are not asked.
    expect(personCeuSummaries(person([{ ...base, ceusEarned: 30 }]), BUILT_IN_CATALOG, '2026-01-10')[0]?.domainShare).toMatchObject({ met: null });
    const old = person([{ ...base, earnedOn: '2020-03-01', expiresOn: '2022-02-28', ceuEntries: [entry('2021-05-01', 30, 'AHIMA', 'Old', null)] }]);
    expect(personCeuSummaries(old, BUILT_IN_CATALOG, '2022-01-10')[0]?.domainShare).toBeNull();
    // Other bodies have no such rule.
    expect(personCeuSummaries(person([{ id: 'c', code: 'CPC', earnedOn: '2025-01-10', ceusEarned: 36 }]), BUILT_IN_CATALOG, '2026-01-10')[0]?.domainShare).toBeNull();
  });

  it('is complete for CCA, CCS and CCS-P only with the two mandatory annual coding self-reviews', () => {
    const cycleEntries = [entry('2025-03-01', 10, 'AHIMA'), entry('2025-06-01', 10, 'AHIMA')];
    const without = person([{ id: 's', code: 'CCS', earnedOn: '2025-01-10', ceuEntries: cycleEntries }]);
    const [a] = personCeuSummaries(without, BUILT_IN_CATALOG, '2026-01-10');
    expect(a).toMatchObject({ earned: 20, status: 'incomplete', selfReviews: { required: 2, done: 0 } });
    expect(a?.missing).toEqual(['The 2 mandatory annual coding self-reviews not recorded']);
    const review = (date: string) => ({ ...entry(date, 5, 'AHIMA'), selfReview: true });
    const withReviews = person([{ id: 's', code: 'CCS', earnedOn: '2025-01-10', ceuEntries: [...cycleEntries, review('2025-02-01'), review('2026-01-05')] }]);
    const [b] = personCeuSummaries(withReviews, BUILT_IN_CATALOG, '2026-01-10');
    expect(b).toMatchObject({ earned: 30, status: 'complete', selfReviews: { required: 2, done: 2 }, missing: [] });
    // An RHIA alone asks for none.
    expect(personCeuSummaries(person([{ id: 'r', code: 'RHIA', earnedOn: '2025-01-10', ceuEntries: [entry('2025-03-01', 30, 'AHIMA')] }]), BUILT_IN_CATALOG, '2026-01-10')[0])
      .toMatchObject({ status: 'complete', selfReviews: null });
  });

  it('says "not tracked" when no CEUs are recorded, never better than someone who logged some', () => {
    const none = personCeuSummaries(person([{ id: 's', code: 'CCS', earnedOn: '2026-01-15' }]), BUILT_IN_CATALOG, '2026-11-23')[0];
    expect(none).toMatchObject({ status: 'not-tracked', earnedFrom: 'none' });
    expect(none?.summary).toBe('AHIMA CEUs not tracked: none recorded for the cycle 2026-01-15 to 2028-01-14 (20 required)');
    // Even at the very start of a cycle, when nothing is expected yet.
    expect(personCeuSummaries(person([{ id: 's', code: 'CCS', earnedOn: '2026-11-20' }]), BUILT_IN_CATALOG, '2026-11-23')[0]?.status).toBe('not-tracked');
    expect(ceuNeedsAction('not-tracked')).toBe(true);
    expect(ceuNeedsAction('on-track')).toBe(false);
  });

  it('skips credentials the catalog does not know and bodies without a rule', () => {
    expect(personCeuSummaries(person([{ id: 'x', code: 'RN-BC', earnedOn: '2020-01-01' }]), BUILT_IN_CATALOG, '2026-01-01')).toEqual([]);
  });

  it('ACDIS CCDS', () => {
    const [s] = personCeuSummaries(person([{ id: 'd', code: 'CCDS', earnedOn: '2021-09-01', ceusEarned: 30 }]), BUILT_IN_CATALOG, '2026-11-23');
    expect(s).toMatchObject({ body: 'ACDIS', status: 'complete', cycle: { start: '2025-09-01', end: '2027-08-31' } });
    expect(s?.requirement.hours).toBe(30);
  });
});
