import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Credential, CredentialDefinition } from '../../shared/types';
import { BUILT_IN_CATALOG, lookupCredential } from '../../shared/catalog';
import { addDaysIso, addYearsIso, daysBetween, fromDate } from '../../shared/dates';
import { currentCycle, firstCycleEnd } from '../../shared/recert/cycles';
import { cycleRuleFor } from '../../shared/recert/cycle-rules';

const def = (code: string): CredentialDefinition => {
  const found = lookupCredential(BUILT_IN_CATALOG, code);
  if (!found) throw new Error(`${code} missing from the catalog`);
  return found;
};
const cred = (code: string, fields: Omit<Credential, 'id' | 'code'> = {}): Credential => ({ id: `${code}-1`, code, ...fields });

describe('AHIMA default cycles', () => {
  const ccs = cred('CCS', { earnedOn: '2020-03-15' });

  it('starts on the earned date and ends the day before the second anniversary', () => {
    expect(currentCycle(ccs, def('CCS'), '2020-03-15')).toEqual({ start: '2020-03-15', end: '2022-03-14', source: 'default-rule', ended: false });
    expect(currentCycle(ccs, def('CCS'), '2022-03-14')).toMatchObject({ start: '2020-03-15', end: '2022-03-14' });
  });

  it('rolls forward in 2-year steps to the cycle containing the as-of date', () => {
    expect(currentCycle(ccs, def('CCS'), '2022-03-15')).toMatchObject({ start: '2022-03-15', end: '2024-03-14' });
    expect(currentCycle(ccs, def('CCS'), '2026-11-23')).toMatchObject({ start: '2026-03-15', end: '2028-03-14', ended: false });
  });

  it('has no cycle before the credential is earned, or without an earned date', () => {
    expect(currentCycle(ccs, def('CCS'), '2020-03-14')).toBeNull();
    expect(currentCycle(cred('CCS'), def('CCS'), '2020-03-14')).toBeNull();
  });

  it('keeps a 29 February anchor: 28 February in common years, back to 29 February in leap years', () => {
    const leap = cred('RHIT', { earnedOn: '2024-02-29' });
    expect(currentCycle(leap, def('RHIT'), '2024-02-29')).toMatchObject({ start: '2024-02-29', end: '2026-02-27' });
    expect(currentCycle(leap, def('RHIT'), '2026-02-27')).toMatchObject({ start: '2024-02-29', end: '2026-02-27' });
    expect(currentCycle(leap, def('RHIT'), '2026-02-28')).toMatchObject({ start: '2026-02-28', end: '2028-02-28' });
    expect(currentCycle(leap, def('RHIT'), '2028-02-28')).toMatchObject({ start: '2026-02-28', end: '2028-02-28' });
    expect(currentCycle(leap, def('RHIT'), '2028-02-29')).toMatchObject({ start: '2028-02-29', end: '2030-02-27' });
  });

  it('places consecutive cycles end to end, each containing the as-of date (any earned and as-of dates)', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDaysIso('1990-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 365 * 30 }), (earnedOn, offset) => {
        const asOf = addDaysIso(earnedOn, offset);
        const c = cred('CCS', { earnedOn });
        const cycle = currentCycle(c, def('CCS'), asOf);
        if (cycle === null) return false;
        const next = currentCycle(c, def('CCS'), addDaysIso(cycle.end, 1));
        const steps = Math.round(daysBetween(earnedOn, cycle.start) / 730.485);
        return (
          cycle.start <= asOf &&
          asOf <= cycle.end &&
          cycle.start === addYearsIso(earnedOn, 2 * steps) &&
          [729, 730, 731].includes(daysBetween(cycle.start, cycle.end)) &&
          next?.start === addDaysIso(cycle.end, 1)
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('recorded expiry dates', () => {
  const rhit = cred('RHIT', { earnedOn: '2022-05-01', expiresOn: '2024-04-30' });

  it('ends the cycle on the recorded expiry', () => {
    expect(currentCycle(rhit, def('RHIT'), '2023-01-01')).toEqual({ start: '2022-05-01', end: '2024-04-30', source: 'recorded-expiry', ended: false });
  });

  it('does not roll past a recorded expiry: the cycle has ended', () => {
    expect(currentCycle(rhit, def('RHIT'), '2024-04-30')).toMatchObject({ end: '2024-04-30', ended: false });
    expect(currentCycle(rhit, def('RHIT'), '2024-05-01')).toMatchObject({ start: '2022-05-01', end: '2024-04-30', ended: true });
  });

  it('rolls backward from the expiry for earlier as-of dates', () => {
    const long = cred('RHIT', { earnedOn: '2018-05-01', expiresOn: '2024-04-30' });
    expect(currentCycle(long, def('RHIT'), '2019-01-01')).toMatchObject({ start: '2018-05-01', end: '2020-04-30', ended: false });
    expect(currentCycle(long, def('RHIT'), '2022-04-30')).toMatchObject({ start: '2020-05-01', end: '2022-04-30' });
  });

  it('starts a first cycle no earlier than the earned date', () => {
    const cpc = cred('CPC', { earnedOn: '2023-03-01', expiresOn: '2024-12-31' });
    expect(currentCycle(cpc, def('CPC'), '2023-06-01')).toMatchObject({ start: '2023-03-01', end: '2024-12-31', source: 'recorded-expiry' });
  });
});

describe('user overrides', () => {
  it('uses both dates as given, and reports the end once passed', () => {
    const c = cred('CCS', { earnedOn: '2019-06-01', cycleStart: '2021-01-01', cycleEnd: '2022-12-31', expiresOn: '2030-01-01' });
    expect(currentCycle(c, def('CCS'), '2022-06-01')).toEqual({ start: '2021-01-01', end: '2022-12-31', source: 'override', ended: false });
    expect(currentCycle(c, def('CCS'), '2023-02-01')).toMatchObject({ end: '2022-12-31', ended: true });
    expect(currentCycle(c, def('CCS'), '2020-06-01')).toMatchObject({ start: '2019-01-01', end: '2020-12-31', source: 'override' });
  });

  it('rolls a start date forward, like an earned date', () => {
    const c = cred('CCS', { earnedOn: '2019-06-01', cycleStart: '2021-07-01' });
    expect(currentCycle(c, def('CCS'), '2025-01-01')).toMatchObject({ start: '2023-07-01', end: '2025-06-30', source: 'override' });
    expect(currentCycle(c, def('CCS'), '2025-07-01')).toMatchObject({ start: '2025-07-01', end: '2027-06-30', source: 'override' });
  });

  it('fixes an end date: earlier cycles end on its anniversaries, later dates see it ended', () => {
    const c = cred('CPC', { earnedOn: '2019-06-01', cycleEnd: '2025-12-31' });
    expect(currentCycle(c, def('CPC'), '2024-03-01')).toMatchObject({ start: '2024-01-01', end: '2025-12-31', ended: false });
    expect(currentCycle(c, def('CPC'), '2026-01-01')).toMatchObject({ end: '2025-12-31', ended: true });
  });

  it('takes the override argument over the fields on the credential', () => {
    const c = cred('CCS', { earnedOn: '2019-06-01', cycleStart: '2021-07-01' });
    expect(currentCycle(c, def('CCS'), '2025-01-01', { cycleStart: '2023-03-01', cycleEnd: '2025-02-28' })).toEqual({
      start: '2023-03-01',
      end: '2025-02-28',
      source: 'override',
      ended: false,
    });
  });

  it('gives an unknown credential a cycle only when both dates are set', () => {
    const odd = cred('XYZ', { earnedOn: '2020-01-01' });
    expect(currentCycle(odd, undefined, '2021-01-01')).toBeNull();
    expect(currentCycle(odd, undefined, '2021-01-01', { cycleStart: '2020-01-01', cycleEnd: '2021-12-31' })).toMatchObject({ source: 'override' });
  });
});

describe('AAPC and ACDIS cycles', () => {
  it('AAPC: ends on the membership renewal date and its 2-year anniversaries', () => {
    const cpc = cred('CPC', { earnedOn: '2019-04-10' });
    const ctx = { membershipRenewsOn: '2025-06-30' };
    expect(currentCycle(cpc, def('CPC'), '2026-11-23', undefined, ctx)).toEqual({ start: '2025-07-01', end: '2027-06-30', source: 'default-rule', ended: false });
    expect(currentCycle(cpc, def('CPC'), '2021-01-01', undefined, ctx)).toMatchObject({ start: '2019-07-01', end: '2021-06-30' });
    expect(currentCycle(cpc, def('CPC'), '2027-06-30', undefined, ctx)).toMatchObject({ end: '2027-06-30' });
    expect(currentCycle(cpc, def('CPC'), '2027-07-01', undefined, ctx)).toMatchObject({ start: '2027-07-01', end: '2029-06-30' });
    // The first cycle starts no earlier than the credential.
    expect(currentCycle(cpc, def('CPC'), '2019-05-01', undefined, ctx)).toMatchObject({ start: '2019-04-10', end: '2019-06-30' });
  });

  it('AAPC: without a membership date, on the earned date anniversaries', () => {
    expect(currentCycle(cred('CPC', { earnedOn: '2019-04-10' }), def('CPC'), '2026-11-23')).toMatchObject({ start: '2025-04-10', end: '2027-04-09' });
  });

  it('ignores a membership date for other bodies', () => {
    expect(currentCycle(cred('CCS', { earnedOn: '2019-04-10' }), def('CCS'), '2026-11-23', undefined, { membershipRenewsOn: '2025-06-30' })).toMatchObject({
      start: '2025-04-10',
    });
  });

  it('ACDIS: 2-year cycles from the exam date', () => {
    expect(currentCycle(cred('CCDS', { earnedOn: '2021-09-01' }), def('CCDS'), '2026-11-23')).toMatchObject({ start: '2025-09-01', end: '2027-08-31' });
  });

  it('reads the cycle length from the rule data with the catalog length winning', () => {
    expect(cycleRuleFor('AHIMA', undefined)?.years).toBe(2);
    expect(cycleRuleFor('AHIMA', 3)?.years).toBe(3);
    expect(cycleRuleFor('NEWBODY', 1)).toMatchObject({ body: 'NEWBODY', years: 1, anchor: 'earned' });
    expect(cycleRuleFor('NEWBODY', undefined)).toBeNull();
    expect(currentCycle(cred('X', { earnedOn: '2020-01-01' }), { code: 'X', name: 'X', body: 'NEWBODY', coding: false, difAccepted: false, cycleYears: 3 }, '2024-01-01')).toMatchObject({
      start: '2023-01-01',
      end: '2025-12-31',
    });
  });

  it('firstCycleEnd is the day before the second anniversary', () => {
    expect(firstCycleEnd('2026-11-23', 2)).toBe('2028-11-22');
    expect(firstCycleEnd('2024-02-29', 2)).toBe('2026-02-27');
    expect(fromDate(new Date(2026, 0, 1))).toBe('2026-01-01');
  });
});
