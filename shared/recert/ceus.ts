import type { CeuEntry, Credential, CredentialDefinition, CredentialState, IsoDate, Person } from '../types';
import { assertNever } from '../assert-never';
import { lookupCredential } from '../catalog';
import { credentialState } from '../credential-status';
import { daysBetween, minIso } from '../dates';
import type { CeuRequirement, CeuRule, CeuStatus, CeuSummary, Cycle, DomainShareResult, ProviderShareResult } from './types';
import { CEU_RULES, ceuRuleFor } from './ceu-rules';
import { ceuRequirement } from './ceu-requirement';
import { currentCycle } from './cycles';
import { isListedProvider } from './providers';

/**
 * CEUs earned against a cycle and the status on the as-of date.
 *
 * Earned hours come from dated entries when a credential has any (only those inside the cycle and
 * not after the as-of date count); otherwise from the total recorded on the credential, taken to be
 * for the current cycle. Entries win over a total because they can be checked against the cycle.
 * A body's CEUs are one pool per person: entries recorded on several credentials of the body are
 * merged (identical entries once), and totals are not added up (the largest is taken), because
 * HR exports repeat the same figure on every credential row.
 */

export interface CeuOptions {
  readonly rules?: readonly CeuRule[];
}

export interface EarnedCeus {
  readonly hours: number;
  readonly from: 'entries' | 'total' | 'none';
  /** The entries counted (empty when the figure is a total). */
  readonly entries: readonly CeuEntry[];
}

/** CEUs earned in a cycle, up to the as-of date, from one or more credentials of the same body. */
export function earnedInCycle(credentials: readonly Credential[], cycle: Cycle, asOf: IsoDate): EarnedCeus {
  const withEntries = credentials.filter((c) => c.ceuEntries !== undefined && c.ceuEntries.length > 0);
  if (withEntries.length > 0) {
    const last = minIso([cycle.end, asOf]) ?? asOf;
    const seen = new Set<string>();
    const counted: CeuEntry[] = [];
    for (const entry of withEntries.flatMap((c) => c.ceuEntries ?? [])) {
      const key = JSON.stringify([entry.date, entry.title, entry.hours, entry.provider ?? '']);
      if (seen.has(key) || entry.date < cycle.start || entry.date > last) continue;
      seen.add(key);
      counted.push(entry);
    }
    return { hours: roundHours(counted.reduce((sum, e) => sum + e.hours, 0)), from: 'entries', entries: counted };
  }
  const totals = credentials.map((c) => c.ceusEarned).filter((n): n is number => n !== undefined);
  if (totals.length === 0) return { hours: 0, from: 'none', entries: [] };
  return { hours: Math.max(...totals), from: 'total', entries: [] };
}

/** What besides the hours a cycle needs to be complete, as found; both true when the rule asks for neither. */
export interface CeuConditions {
  /** Some CEU figure is on record (entries or a total); false: the roster does not track this person's CEUs. */
  readonly tracked: boolean;
  /** The provider share, the domain share and the self-reviews are met (or not asked for). */
  readonly met: boolean;
}

const ALL_MET: CeuConditions = { tracked: true, met: true };

/**
 * The status of a cycle (the one definition, see `CeuStatus`): `complete` once the hours and every
 * other condition are met; with no CEUs on record `not-tracked`; before the end, `incomplete` when
 * the hours are reached but a condition is not, else `on-track` when earned ≥ required × elapsed
 * fraction, or `behind`; after an end without all of it, `short`, which AHIMA calls `inactive` and
 * then `revoked` (the states of `credential-status.ts`). The elapsed fraction counts the days of the
 * cycle before the as-of date.
 */
export function ceuStatus(
  earned: number,
  required: number,
  cycle: Cycle,
  asOf: IsoDate,
  lapsedState: CredentialState | null,
  conditions: CeuConditions = ALL_MET,
): { readonly status: CeuStatus; readonly expectedByNow: number } {
  const total = daysBetween(cycle.start, cycle.end) + 1;
  const elapsed = Math.min(Math.max(daysBetween(cycle.start, asOf), 0), total);
  const expectedByNow = roundHours((required * elapsed) / total);
  const hoursMet = earned >= required;
  if (conditions.tracked && hoursMet && conditions.met) return { status: 'complete', expectedByNow: required };
  if (cycle.ended) {
    const status: CeuStatus = lapsedState === 'inactive' || lapsedState === 'revoked' ? lapsedState : 'short';
    return { status, expectedByNow: required };
  }
  if (!conditions.tracked) return { status: 'not-tracked', expectedByNow };
  if (hoursMet) return { status: 'incomplete', expectedByNow };
  // Cross-multiplied so the boundary day is exact, with no floating-point fraction.
  return { status: earned * total >= required * elapsed ? 'on-track' : 'behind', expectedByNow };
}

/** A CEU status in words, the same on every surface. */
export const CEU_STATUS_WORDS: Readonly<Record<CeuStatus, string>> = {
  complete: 'Complete',
  'on-track': 'On track',
  incomplete: 'Hours reached, not complete',
  behind: 'Behind',
  'not-tracked': 'Not tracked (no CEUs recorded)',
  short: 'Short (cycle ended)',
  inactive: 'Inactive (cycle ended short)',
  revoked: 'Revoked (cycle ended short)',
};

/** Statuses a manager should act on: every one but `complete` and `on-track`. */
export function ceuNeedsAction(status: CeuStatus): boolean {
  return status !== 'complete' && status !== 'on-track';
}

/** One summary per certifying body the person holds credentials with (bodies without a CEU rule are left out). */
export function personCeuSummaries(
  person: Person,
  catalog: readonly CredentialDefinition[],
  asOf: IsoDate,
  options: CeuOptions = {},
): readonly CeuSummary[] {
  const rules = options.rules ?? CEU_RULES;
  const byBody = new Map<string, { credential: Credential; definition: CredentialDefinition }[]>();
  for (const credential of person.credentials) {
    const definition = lookupCredential(catalog, credential.code);
    if (definition === undefined || ceuRuleFor(definition.body, rules) === undefined) continue;
    const body = definition.body.toUpperCase();
    byBody.set(body, [...(byBody.get(body) ?? []), { credential, definition }]);
  }
  const summaries: CeuSummary[] = [];
  for (const [body, held] of byBody) {
    const summary = bodySummary(person, body, held, catalog, asOf, rules);
    if (summary !== null) summaries.push(summary);
  }
  return summaries;
}

function bodySummary(
  person: Person,
  body: string,
  held: readonly { credential: Credential; definition: CredentialDefinition }[],
  catalog: readonly CredentialDefinition[],
  asOf: IsoDate,
  rules: readonly CeuRule[],
): CeuSummary | null {
  const context = { membershipRenewsOn: person.aapcMembershipRenewsOn };
  const withCycles = held
    .map((h) => ({ ...h, cycle: currentCycle(h.credential, h.definition, asOf, undefined, context) }))
    .filter((h): h is typeof h & { cycle: Cycle } => h.cycle !== null);
  const primary = primaryCredential(withCycles);
  if (primary === undefined) return null;
  const cycle = primary.cycle;
  // The requirement is set by the credentials in force on the cycle's last day seen so far.
  const checkOn = minIso([asOf, cycle.end]) ?? asOf;
  const counted = withCycles.filter((h) => stateWithCycle(h, checkOn) === 'active');
  const requirement = ceuRequirement(body, counted.map((h) => h.definition.code), catalog, rules);
  if (requirement === null) return null;
  const earned = earnedInCycle(held.map((h) => h.credential), cycle, asOf);
  const lapsedState = cycle.ended ? stateWithCycle(primary, asOf) : null;
  const providerShare = providerShareOf(body, rules, requirement, cycle, earned);
  const domainShare = domainShareOf(body, rules, requirement, cycle, earned);
  const selfReviews = selfReviewsOf(body, rules, requirement, earned);
  const missing = missingFor(earned, requirement, providerShare, domainShare, selfReviews);
  const conditions = {
    tracked: earned.from !== 'none',
    met: (providerShare === null || providerShare.met === true) && (domainShare === null || domainShare.met === true) &&
      (selfReviews === null || selfReviews.done >= selfReviews.required),
  };
  const { status, expectedByNow } = ceuStatus(earned.hours, requirement.hours, cycle, asOf, lapsedState, conditions);
  return {
    employeeId: person.employeeId,
    body,
    cycle,
    requirement,
    earned: earned.hours,
    earnedFrom: earned.from,
    expectedByNow,
    status,
    credentialState: lapsedState,
    providerShare,
    domainShare,
    selfReviews,
    missing,
    credentialIds: counted.map((h) => h.credential.id),
    summary: summaryText(body, status, earned.hours, requirement.hours, expectedByNow, cycle, missing),
  };
}

/**
 * A body's cycle is the one the user set; else the one of the longest-held credential still in a
 * running cycle (credentials earned later join it); when every cycle has ended, the latest to end.
 */
function primaryCredential<T extends { credential: Credential; cycle: Cycle }>(held: readonly T[]): T | undefined {
  const overridden = held.find((h) => h.cycle.source === 'override');
  if (overridden !== undefined) return overridden;
  const running = held.filter((h) => !h.cycle.ended);
  if (running.length > 0) {
    return [...running].sort((a, b) => (a.credential.earnedOn ?? '9999').localeCompare(b.credential.earnedOn ?? '9999'))[0];
  }
  return [...held].sort((a, b) => b.cycle.end.localeCompare(a.cycle.end))[0];
}

/** The credential's state with its cycle end as the expiry, so user-set cycle ends lapse like recorded ones. */
function stateWithCycle(
  h: { credential: Credential; definition: CredentialDefinition; cycle: Cycle },
  on: IsoDate,
): Exclude<CredentialState, 'expiring'> {
  return credentialState({ ...h.credential, expiresOn: h.cycle.end }, h.definition, on);
}

function providerShareOf(
  body: string,
  rules: readonly CeuRule[],
  requirement: CeuRequirement,
  cycle: Cycle,
  earned: EarnedCeus,
): ProviderShareResult | null {
  const rule = ceuRuleFor(body, rules);
  if (rule?.kind !== 'highest-plus-additional' || rule.providerShare === undefined) return null;
  const share = rule.providerShare;
  if (cycle.end < share.appliesToCyclesEndingFrom) return null;
  const requiredHours = roundHours(requirement.hours * share.minShare);
  const named = earned.entries.filter((e) => e.provider !== undefined && e.provider.trim() !== '');
  if (named.length === 0) {
    return { description: share.description, minShare: share.minShare, requiredHours, providerHours: null, met: null };
  }
  const providerHours = roundHours(named.filter((e) => isListedProvider(e.provider ?? '', share.providers)).reduce((s, e) => s + e.hours, 0));
  return { description: share.description, minShare: share.minShare, requiredHours, providerHours, met: providerHours >= requiredHours };
}

/**
 * The hours recorded as within the body's domains against the share its rule asks of the required
 * hours. A total with no entries cannot say, so it reads as not recorded, as for the provider share.
 */
function domainShareOf(
  body: string,
  rules: readonly CeuRule[],
  requirement: CeuRequirement,
  cycle: Cycle,
  earned: EarnedCeus,
): DomainShareResult | null {
  const rule = ceuRuleFor(body, rules);
  if (rule?.kind !== 'highest-plus-additional' || rule.domainShare === undefined) return null;
  const share = rule.domainShare;
  if (cycle.end < share.appliesToCyclesEndingFrom) return null;
  const requiredHours = roundHours(requirement.hours * share.minShare);
  let domainHours = 0;
  let unrecordedHours = 0;
  let said = false;
  for (const entry of earned.entries) {
    if (entry.hiimDomain === undefined) unrecordedHours += entry.hours;
    else said = true;
    if (entry.hiimDomain === true) domainHours += entry.hours;
  }
  const base = { description: share.description, domains: share.domains, minShare: share.minShare, requiredHours, unrecordedHours: roundHours(unrecordedHours) };
  if (!said) return { ...base, domainHours: null, met: null };
  const hours = roundHours(domainHours);
  return { ...base, domainHours: hours, met: hours >= requiredHours };
}

/** The self-reviews a cycle needs when a counted credential asks for them, and how many are recorded in it. */
function selfReviewsOf(body: string, rules: readonly CeuRule[], requirement: CeuRequirement, earned: EarnedCeus): CeuSummary['selfReviews'] {
  const rule = ceuRuleFor(body, rules);
  if (rule?.kind !== 'highest-plus-additional' || rule.selfReviews === undefined) return null;
  const reviews = rule.selfReviews;
  if (!requirement.countedCodes.some((c) => reviews.codes.includes(c))) return null;
  const done = earned.entries.filter((e) => e.selfReview === true).length;
  return { required: reviews.perCycle, done, description: reviews.description };
}

/** What keeps the cycle from complete, each in words; empty when nothing does. */
function missingFor(
  earned: EarnedCeus,
  requirement: CeuRequirement,
  share: ProviderShareResult | null,
  domains: DomainShareResult | null,
  reviews: CeuSummary['selfReviews'],
): string[] {
  const missing: string[] = [];
  if (earned.from === 'none') missing.push('No CEUs recorded for this cycle');
  else if (earned.hours < requirement.hours) missing.push(`${roundHours(requirement.hours - earned.hours)} more CEUs`);
  if (share !== null) {
    if (share.met === null) missing.push(`Providers not recorded: ${share.requiredHours} hours must come from AHIMA resources or a component state association`);
    else if (!share.met) missing.push(`${roundHours(share.requiredHours - (share.providerHours ?? 0))} more hours from AHIMA resources or a component state association`);
  }
  if (domains !== null && domains.met !== true) {
    if (domains.met === null) missing.push(`Domains not recorded: ${domains.requiredHours} hours must fall within ${domains.domains}`);
    else {
      const unsaid = domains.unrecordedHours > 0 ? ` (${domains.unrecordedHours} hours do not say whether they are)` : '';
      missing.push(`${roundHours(domains.requiredHours - (domains.domainHours ?? 0))} more hours within ${domains.domains}${unsaid}`);
    }
  }
  if (reviews !== null && reviews.done < reviews.required) {
    const left = reviews.required - reviews.done;
    const which = left === reviews.required ? `The ${reviews.required}` : `${left} of the ${reviews.required}`;
    missing.push(`${which} mandatory annual coding self-reviews not recorded${earned.from === 'entries' ? '' : ' (enter the activities, not a total)'}`);
  }
  return missing;
}

function summaryText(
  body: string,
  status: CeuStatus,
  earned: number,
  required: number,
  expected: number,
  cycle: Cycle,
  missing: readonly string[],
): string {
  const head = `${body} CEUs ${earned} of ${required} for the cycle ${cycle.start} to ${cycle.end}`;
  const tail = missing.length > 0 ? ` (missing: ${missing.join('; ')})` : '';
  switch (status) {
    case 'complete':
      return `${head}: complete`;
    case 'on-track':
      return `${head}: on track (${expected} expected by now)${tail}`;
    case 'incomplete':
      return `${head}: hours reached, not complete${tail}`;
    case 'behind':
      return `${head}: behind (${expected} expected by now)${tail}`;
    case 'not-tracked':
      return `${body} CEUs not tracked: none recorded for the cycle ${cycle.start} to ${cycle.end} (${required} required)`;
    case 'short':
      return `${head}: cycle ended short${tail}`;
    case 'inactive':
      return `${head}: cycle ended short; credentials inactive${tail}`;
    case 'revoked':
      return `${head}: cycle ended short; credentials revoked 180 days after the cycle end${tail}`;
    default:
      return assertNever(status);
  }
}

/** Hours are kept to two decimals so quarter and half hours add up without float noise. */
function roundHours(n: number): number {
  return Math.round(n * 100) / 100;
}
