import type { IsoDate, RosterData, RuleSetId } from '../types';
import type { DashboardData } from '../view-models';
import { addDaysIso } from '../dates';
import { viewContext, type ViewContext } from './context';
import type { CredentialFacts, PersonFacts } from './person-facts';
import { evaluatePerson, isLapsed, isValidNow } from './person-facts';
import { latestPerCode } from './latest-credentials';
import { dashboardActions, recordGaps } from './dashboard-actions';
import { ceuSummariesFor } from './ceu';

/** The label byUnit gives people with no unit recorded. */
export const NO_UNIT = '(no unit)';
export const FORECAST_MONTHS = 12;
const EXPIRY_WINDOWS = [30, 60, 90] as const;
const NEXT_ELIGIBLE_DAYS = 90;

/**
 * The dashboard for the as-of date. Every figure counts current staff only: people whose employment
 * status is active or on leave; terminated people are left out of all of it. Credential figures
 * (expiring, expired, the credential mix, actions) use the latest record per person and code, so an
 * old record replaced by a renewal shows up neither as a lapse nor as about to expire.
 */
export function buildDashboard(data: RosterData, asOf: IsoDate, ruleSetId?: RuleSetId): DashboardData {
  const ctx = viewContext(data, asOf, ruleSetId);
  const current = data.people
    .filter((person) => person.employmentStatus !== 'terminated')
    .map((person) => evaluatePerson(person, ctx));
  const latest = new Map<PersonFacts, readonly CredentialFacts[]>(
    current.map((facts) => [facts, latestPerCode(facts.credentials)]),
  );
  const eligibleNow = current.filter((f) => f.eligibility.status === 'eligible').length;
  const next90 = addDaysIso(asOf, NEXT_ELIGIBLE_DAYS);
  const allLatest = [...latest.values()].flat();
  const [expiring30, expiring60, expiring90] = EXPIRY_WINDOWS.map(
    (days) => allLatest.filter((c) => isValidNow(c) && c.status.daysLeft !== null && c.status.daysLeft <= days).length,
  ) as [number, number, number];
  return {
    asOf,
    ruleSet: ctx.ruleSet.id,
    headline: {
      people: current.length,
      certified: current.filter((f) => f.eligibility.status === 'certified').length,
      eligibleNow,
      eligibleNext90: current.filter((f) => willBeEligibleWithin(f, asOf, next90)).length,
      expiring30,
      expiring60,
      expiring90,
      expired: allLatest.filter(isLapsed).length,
      diplomaNotRecorded: current.filter((f) => f.eligibility.status === 'diploma-not-recorded').length,
      diplomaAssumed: current.filter((f) => f.eligibility.diplomaAssumed).length,
    },
    byUnit: byUnit(current),
    forecast: forecast(current, asOf, eligibleNow),
    credentialMix: credentialMix(allLatest),
    recordGaps: recordGaps(current),
    actions: dashboardActions(current, latest, asOf),
    ceu: ceuCounts(current, ctx),
  };
}

/**
 * Current staff by CEU status, with the one definition every surface uses (`CeuStatus`): people
 * with a running cycle behind pace or with the hours but not complete; people with no CEUs recorded
 * (not tracked, counted, never taken as fine); and people with a cycle ended short.
 */
function ceuCounts(people: readonly PersonFacts[], ctx: ViewContext): NonNullable<DashboardData['ceu']> {
  let behind = 0;
  let short = 0;
  let notTracked = 0;
  for (const facts of people) {
    const statuses = ceuSummariesFor(facts.person, ctx).map((s) => s.status);
    if (statuses.some((s) => s === 'behind' || s === 'incomplete')) behind += 1;
    if (statuses.includes('not-tracked')) notTracked += 1;
    if (statuses.some((s) => s === 'short' || s === 'inactive' || s === 'revoked')) short += 1;
  }
  return { behind, short, notTracked };
}

/** Not yet eligible today, eligible on a date in (from, to]. */
function willBeEligibleWithin(facts: PersonFacts, from: IsoDate, to: IsoDate): boolean {
  const on = facts.eligibility.eligibleOn;
  return facts.eligibility.status === 'not-yet' && on !== null && on > from && on <= to;
}

function byUnit(people: readonly PersonFacts[]): DashboardData['byUnit'] {
  const units = new Map<string, { unit: string; certified: number; eligible: number; notYet: number }>();
  for (const facts of people) {
    const unit = facts.person.unit?.trim() || NO_UNIT;
    let row = units.get(unit);
    if (row === undefined) {
      row = { unit, certified: 0, eligible: 0, notYet: 0 };
      units.set(unit, row);
    }
    const status = facts.eligibility.status;
    if (status === 'certified') row.certified += 1;
    else if (status === 'eligible') row.eligible += 1;
    // Under a rule set that needs a diploma, "not eligible" means the diploma is not recorded.
    else row.notYet += 1;
  }
  // Alphabetical, with the people who need a unit assigned gathered at the end.
  return [...units.values()].sort((a, b) =>
    a.unit === NO_UNIT ? 1 : b.unit === NO_UNIT ? -1 : a.unit.localeCompare(b.unit, 'en'),
  );
}

/**
 * Month by month from the as-of month: not-yet people whose eligibility date falls in the month
 * (in the as-of month, only dates after the as-of date: earlier ones are not a forecast).
 */
function forecast(people: readonly PersonFacts[], asOf: IsoDate, eligibleNow: number): DashboardData['forecast'] {
  const months = monthKeys(asOf, FORECAST_MONTHS);
  const counts = new Map<string, number>(months.map((m) => [m, 0]));
  for (const facts of people) {
    const on = facts.eligibility.eligibleOn;
    if (facts.eligibility.status !== 'not-yet' || on === null || on <= asOf) continue;
    const month = on.slice(0, 7);
    const count = counts.get(month);
    if (count !== undefined) counts.set(month, count + 1);
  }
  let cumulative = eligibleNow;
  return months.map((month) => {
    const newlyEligible = counts.get(month) ?? 0;
    cumulative += newlyEligible;
    return { month, newlyEligible, cumulativeEligible: cumulative };
  });
}

/** `YYYY-MM` for `count` calendar months starting with the month of `asOf`. */
export function monthKeys(asOf: IsoDate, count: number): string[] {
  let year = Number(asOf.slice(0, 4));
  let month = Number(asOf.slice(5, 7));
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    keys.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return keys;
}

/** Per code: latest records active outside the warning window, inside it, and lapsed. Pending ones are left out. */
function credentialMix(credentials: readonly CredentialFacts[]): DashboardData['credentialMix'] {
  const mix = new Map<string, { code: string; active: number; expiring: number; expired: number }>();
  for (const facts of credentials) {
    if (facts.status.state === 'pending') continue;
    let row = mix.get(facts.code);
    if (row === undefined) {
      row = { code: facts.code, active: 0, expiring: 0, expired: 0 };
      mix.set(facts.code, row);
    }
    if (facts.status.state === 'active') row.active += 1;
    else if (facts.status.state === 'expiring') row.expiring += 1;
    else row.expired += 1;
  }
  return [...mix.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
