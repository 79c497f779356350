import type { Credential, CredentialDefinition, CredentialState, ExperiencePeriod, IsoDate, Person } from '../types';
import { credentialState } from '../credential-status';
import { addDaysIso } from '../dates';
import { codingHistory, historyDaysBefore, historyYearsMet, type CodingHistory } from '../experience';
import { definitionOf, type CompiledRuleSet } from './compiled-rules';

/** What the engine knows about one person on the as-of date, read once for all pathways. */

export interface HeldCredential {
  readonly credential: Credential;
  /** The catalog code when the catalog knows it, otherwise the code as recorded. */
  readonly code: string;
  readonly definition: CredentialDefinition | undefined;
  readonly state: Exclude<CredentialState, 'expiring'>;
}

/** Shared by every result with nothing to list; results are read-only. */
export const NONE: readonly string[] = Object.freeze([]);

/**
 * A plain object built in one literal rather than a class instance (docs/performance.md,
 * Eligibility). The memo fields are written only by the functions below.
 */
export interface Facts {
  readonly person: Person;
  readonly asOf: IsoDate;
  readonly credentials: readonly HeldCredential[];
  readonly experienceDays: number;
  /** The direct-coding periods, in the order entered. */
  readonly directPeriods: readonly ExperiencePeriod[];
  readonly history: CodingHistory;
  // "N years met" and the periods it rests on, for the first two numbers of years asked (rule sets
  // use one or two). NaN marks an empty slot: it equals no number, so even a bad request reaches
  // `historyYearsMet` and fails there.
  years1: number;
  metOn1: IsoDate | null;
  ids1: readonly string[];
  years2: number;
  metOn2: IsoDate | null;
  ids2: readonly string[];
  allIds: readonly string[] | null;
}

export function gatherFacts(person: Person, asOf: IsoDate, rules: CompiledRuleSet): Facts {
  const experience = person.employmentStatus === 'terminated' ? closedAt(person.experience, asOf) : person.experience;
  const history = codingHistory(experience);
  return {
    person,
    asOf,
    credentials: heldCredentials(person.credentials, rules, asOf),
    experienceDays: historyDaysBefore(history, asOf),
    directPeriods: directPeriods(experience),
    history,
    years1: Number.NaN,
    metOn1: null,
    ids1: NONE,
    years2: Number.NaN,
    metOn2: null,
    ids2: NONE,
    allIds: null,
  };
}

/** The day "N years of direct coding experience" is met, or will be if ongoing work continues. */
export function yearsMet(facts: Facts, years: number): IsoDate | null {
  if (years === facts.years1) return facts.metOn1;
  if (years === facts.years2) return facts.metOn2;
  const metOn = historyYearsMet(facts.history, years);
  const ids = metOn === null ? allExperienceIds(facts) : periodIdsBefore(facts.directPeriods, metOn);
  if (Number.isNaN(facts.years1)) {
    facts.years1 = years;
    facts.metOn1 = metOn;
    facts.ids1 = ids;
  } else if (Number.isNaN(facts.years2)) {
    facts.years2 = years;
    facts.metOn2 = metOn;
    facts.ids2 = ids;
  }
  return metOn;
}

/** The direct-coding periods the N-year date rests on (all of them when it cannot be met). */
export function yearsMetIds(facts: Facts, years: number): readonly string[] {
  const metOn = yearsMet(facts, years);
  if (years === facts.years1) return facts.ids1;
  if (years === facts.years2) return facts.ids2;
  return metOn === null ? allExperienceIds(facts) : periodIdsBefore(facts.directPeriods, metOn);
}

/** Every direct-coding period, for pathways whose experience part cannot be met. */
export function allExperienceIds(facts: Facts): readonly string[] {
  if (facts.allIds === null) facts.allIds = periodIdsBefore(facts.directPeriods, null);
  return facts.allIds;
}

function heldCredentials(credentials: readonly Credential[], rules: CompiledRuleSet, asOf: IsoDate): readonly HeldCredential[] {
  if (credentials.length === 0) return [];
  const held: HeldCredential[] = [];
  for (let i = 0; i < credentials.length; i++) {
    const credential = credentials[i]!;
    const definition = definitionOf(rules.lookup, credential.code);
    held.push({
      credential,
      code: definition?.code ?? credential.code.trim().toUpperCase(),
      definition,
      state: credentialState(credential, definition, asOf),
    });
  }
  return held;
}

/**
 * Someone who has left is not coding here any more: an open-ended period stops the day before the
 * as-of date (no termination date is recorded), so no date is projected from work that has ended.
 * Periods that had not started by then are left out.
 */
function closedAt(periods: readonly ExperiencePeriod[], asOf: IsoDate): readonly ExperiencePeriod[] {
  if (!periods.some((p) => p.end === undefined)) return periods;
  const lastDay = addDaysIso(asOf, -1);
  const closed: ExperiencePeriod[] = [];
  for (const period of periods) {
    if (period.end !== undefined) closed.push(period);
    else if (period.start <= lastDay) closed.push({ ...period, end: lastDay });
  }
  return closed;
}

function directPeriods(periods: readonly ExperiencePeriod[]): readonly ExperiencePeriod[] {
  let direct = 0;
  for (let i = 0; i < periods.length; i++) if (periods[i]!.directCoding) direct += 1;
  // Usually all or none of them: the array as entered serves without a copy.
  if (direct === periods.length) return periods;
  const kept: ExperiencePeriod[] = [];
  for (let i = 0; i < periods.length; i++) if (periods[i]!.directCoding) kept.push(periods[i]!);
  return kept;
}

/** Ids of the periods starting before `until` (all when null), in the order entered. */
function periodIdsBefore(periods: readonly ExperiencePeriod[], until: IsoDate | null): readonly string[] {
  let ids: string[] | null = null;
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    if (until !== null && period.start >= until) continue;
    (ids ??= []).push(period.id);
  }
  return ids ?? NONE;
}
