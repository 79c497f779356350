import type { Credential, CredentialDefinition, IsoDate } from '../types';
import { addDaysIso, addYearsIso, daysBetween, maxIso } from '../dates';
import type { Cycle, CycleOverride, CycleSource } from './types';
import { cycleRuleFor } from './cycle-rules';

/**
 * Recertification cycles. A cycle runs from its start to the day before the next one starts, both
 * days included, so cycles never overlap and an anniversary is the first day of the next cycle.
 * Anniversaries are counted from the anchor itself (anchor + 2k years), so an anchor on 29 February
 * comes back to 29 February in leap years instead of drifting to 28 February for good.
 *
 * Precedence: the user's cycle dates, then the credential's recorded expiry, then the body's rule.
 * A start date (earned date, user's start) rolls forward in cycle steps: the record assumes renewal.
 * A recorded end (user's end, expiry date) does not roll forward: after it the cycle has `ended`.
 */

export interface CycleContext {
  /** AAPC membership renewal date (per person): AAPC cycles end on it and its anniversaries. */
  readonly membershipRenewsOn?: IsoDate;
}

/** The cycle containing the as-of date, or the last one when the record shows no renewal; null when unknown. */
export function currentCycle(
  credential: Credential,
  definition: CredentialDefinition | undefined,
  asOf: IsoDate,
  override?: CycleOverride,
  context: CycleContext = {},
): Cycle | null {
  if (credential.earnedOn !== undefined && asOf < credential.earnedOn) return null;
  const rule = cycleRuleFor(definition?.body, definition?.cycleYears);
  const years = rule?.years ?? null;
  const cycleStart = override?.cycleStart ?? credential.cycleStart;
  const cycleEnd = override?.cycleEnd ?? credential.cycleEnd;

  if (cycleStart !== undefined && cycleEnd !== undefined) {
    if (asOf >= cycleStart) return { start: cycleStart, end: cycleEnd, source: 'override', ended: asOf > cycleEnd };
    return years === null ? null : fromStartAnchor(cycleStart, years, asOf, 'override', undefined);
  }
  if (years === null) return null;
  if (cycleStart !== undefined) return fromStartAnchor(cycleStart, years, asOf, 'override', undefined);
  if (cycleEnd !== undefined) return fromFixedEnd(cycleEnd, years, asOf, 'override', undefined);
  if (credential.expiresOn !== undefined) {
    return fromFixedEnd(credential.expiresOn, years, asOf, 'recorded-expiry', credential.earnedOn);
  }
  if (rule?.anchor === 'membership-or-earned' && context.membershipRenewsOn !== undefined) {
    return fromRollingEnd(context.membershipRenewsOn, years, asOf, credential.earnedOn);
  }
  if (credential.earnedOn === undefined) return null;
  return fromStartAnchor(credential.earnedOn, years, asOf, 'default-rule', undefined);
}

/** The end of the first cycle of a credential earned on `earnedOn` under a start-anchored rule. */
export function firstCycleEnd(earnedOn: IsoDate, years: number): IsoDate {
  return addDaysIso(addYearsIso(earnedOn, years), -1);
}

function fromStartAnchor(anchor: IsoDate, years: number, asOf: IsoDate, source: CycleSource, earnedOn: IsoDate | undefined): Cycle {
  const boundary = (k: number): IsoDate => addYearsIso(anchor, years * k);
  let k = estimateSteps(anchor, asOf, years);
  while (boundary(k) > asOf) k -= 1;
  while (boundary(k + 1) <= asOf) k += 1;
  return clipped({ start: boundary(k), end: addDaysIso(boundary(k + 1), -1), source, ended: false }, earnedOn);
}

/** Cycles ending on the anchor and its anniversaries, in both directions (a membership renewal date). */
function fromRollingEnd(anchor: IsoDate, years: number, asOf: IsoDate, earnedOn: IsoDate | undefined): Cycle {
  const end = (k: number): IsoDate => addYearsIso(anchor, years * k);
  let k = estimateSteps(anchor, asOf, years);
  while (end(k) < asOf) k += 1;
  while (end(k - 1) >= asOf) k -= 1;
  return clipped({ start: addDaysIso(end(k - 1), 1), end: end(k), source: 'default-rule', ended: false }, earnedOn);
}

/** A recorded end: earlier cycles roll backward from it; after it the last cycle has ended. */
function fromFixedEnd(anchor: IsoDate, years: number, asOf: IsoDate, source: CycleSource, earnedOn: IsoDate | undefined): Cycle {
  const end = (k: number): IsoDate => addYearsIso(anchor, years * k);
  if (asOf > anchor) {
    return clipped({ start: addDaysIso(end(-1), 1), end: anchor, source, ended: true }, earnedOn);
  }
  let k = Math.min(0, estimateSteps(anchor, asOf, years));
  while (k < 0 && end(k) < asOf) k += 1;
  while (end(k - 1) >= asOf) k -= 1;
  return clipped({ start: addDaysIso(end(k - 1), 1), end: end(k), source, ended: false }, earnedOn);
}

/** A first guess at the number of whole cycles between two dates; the callers correct it by one. */
function estimateSteps(anchor: IsoDate, asOf: IsoDate, years: number): number {
  return Math.floor(daysBetween(anchor, asOf) / (365.2425 * years));
}

/** CEUs and status cannot start before the credential was earned, so a derived cycle starts no earlier. */
function clipped(cycle: Cycle, earnedOn: IsoDate | undefined): Cycle {
  const start = maxIso([cycle.start, earnedOn]) ?? cycle.start;
  // An expiry recorded before the earned date is a data error; keep the cycle rather than invert it.
  return start === cycle.start || start > cycle.end ? cycle : { ...cycle, start };
}
