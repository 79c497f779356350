import type { IsoDate } from '../types';
import type { DashboardData, RecordProblemKind } from '../view-models';
import { gapText } from './problems';
import { addDaysIso } from '../dates';
import { assertNever } from '../assert-never';
import type { CredentialFacts, PersonFacts } from './person-facts';
import { isLapsed } from './person-facts';
import { inactiveText } from '../eligibility/status-words';

export type DashboardAction = DashboardData['actions'][number];

/** The list is for a glance, not an audit: the reports hold the rest. */
export const MAX_ACTIONS = 200;
/** Lapses older than this are history, not a to-do (AHIMA revokes 180 days after the cycle ends). */
export const RECENT_LAPSE_DAYS = 180;
export const RECENTLY_ELIGIBLE_DAYS = 30;

/**
 * What a manager should act on, most urgent first: recent lapses (the oldest first, as they are
 * nearest revocation), credentials inside the warning window (soonest first), people who became
 * eligible in the last 30 days (most recent first), then records with a problem that can change the
 * person's answers (gaps that cannot are counted by kind: `recordGaps`). Credentials are the latest
 * record per person and code.
 */
export function dashboardActions(
  people: readonly PersonFacts[],
  latest: ReadonlyMap<PersonFacts, readonly CredentialFacts[]>,
  asOf: IsoDate,
): DashboardAction[] {
  const expired: DashboardAction[] = [];
  const expiring: DashboardAction[] = [];
  const newlyEligible: DashboardAction[] = [];
  const problems: DashboardAction[] = [];
  const eligibleSince = addDaysIso(asOf, -RECENTLY_ELIGIBLE_DAYS);
  for (const facts of people) {
    const { employeeId, name } = facts.summary;
    for (const credential of latest.get(facts) ?? []) {
      const daysLeft = credential.status.daysLeft;
      const expiresOn = credential.credential.expiresOn ?? null;
      if (credential.status.state === 'expiring') {
        expiring.push({ kind: 'expiring', employeeId, name, text: expiringText(credential), date: expiresOn });
      } else if (isLapsed(credential) && daysLeft !== null && -daysLeft <= RECENT_LAPSE_DAYS) {
        expired.push({ kind: 'expired', employeeId, name, text: lapsedText(credential), date: expiresOn });
      }
    }
    const on = facts.eligibility.eligibleOn;
    if (facts.eligibility.status === 'eligible' && on !== null && on >= eligibleSince && on <= asOf) {
      newlyEligible.push({
        kind: 'newly-eligible',
        employeeId,
        name,
        text: `Became eligible for the CCS exam on ${on}`,
        date: on,
      });
    }
    const marked = facts.summary.problems.filter((p) => p.changesAnswers);
    if (marked.length > 0) {
      problems.push({ kind: 'problem', employeeId, name, text: marked.map((p) => p.text).join('; '), date: null });
    }
  }
  expired.sort((a, b) => byDate(a, b, 1));
  expiring.sort((a, b) => byDate(a, b, 1));
  newlyEligible.sort((a, b) => byDate(a, b, -1));
  problems.sort((a, b) => byText(a.name, b.name) || byText(a.employeeId, b.employeeId));
  return [...expired, ...expiring, ...newlyEligible, ...problems].slice(0, MAX_ACTIONS);
}

function expiringText(facts: CredentialFacts): string {
  const days = facts.status.daysLeft ?? 0;
  const when = days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`;
  return `${facts.code} expires on ${facts.credential.expiresOn} (${when})`;
}

function lapsedText(facts: CredentialFacts): string {
  const ago = -(facts.status.daysLeft ?? 0);
  const since = `${facts.credential.expiresOn} (${ago === 1 ? '1 day' : `${ago} days`} ago)`;
  const state = facts.status.state;
  switch (state) {
    case 'expired':
      return `${facts.code} expired on ${since}`;
    case 'inactive':
      return `${inactiveText(facts.code, facts.credential.expiresOn!)}; its cycle ended on ${since}`;
    case 'revoked':
      return `${facts.code} was revoked: its cycle ended on ${since}`;
    case 'active':
    case 'expiring':
    case 'pending':
      throw new Error(`A ${state} credential is not a lapse`);
    default:
      return assertNever(state);
  }
}

/** By date (ascending when direction is 1), then name, so equal dates keep a stable, readable order. */
function byDate(a: DashboardAction, b: DashboardAction, direction: 1 | -1): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -direction : direction;
  return byText(a.name, b.name) || byText(a.employeeId, b.employeeId) || byText(a.text, b.text);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Gaps that change no one's answers, by kind, with how many people have each; the most common first. */
export function recordGaps(people: readonly PersonFacts[]): DashboardData['recordGaps'] {
  const counts = new Map<RecordProblemKind, number>();
  for (const facts of people) {
    const kinds = new Set(facts.summary.problems.filter((p) => !p.changesAnswers).map((p) => p.kind));
    for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))
    .map(([kind, people]) => ({ kind, people, text: gapText(kind, people) }));
}
