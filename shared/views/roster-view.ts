import type { IsoDate, RosterData, RuleSetId } from '../types';
import type { PersonSummary, RosterView } from '../ipc';
import { viewContext } from './context';
import { evaluatePerson } from './person-facts';

// One collator for every comparison: building one per call would dominate a 50,000-person sort.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Every person (terminated ones too: the window filters), sorted by last then first name. */
export function buildRosterView(data: RosterData, asOf: IsoDate, ruleSetId?: RuleSetId): RosterView {
  const ctx = viewContext(data, asOf, ruleSetId);
  const people = sortByName(data.people.map((person) => evaluatePerson(person, ctx).summary));
  const units = new Set<string>();
  const codes = new Set<string>();
  for (const person of people) {
    if (person.unit.trim()) units.add(person.unit);
    for (const badge of person.credentials) codes.add(badge.code);
  }
  return {
    asOf,
    ruleSet: ctx.ruleSet.id,
    ruleSetVersion: ctx.ruleSet.version,
    expiryWarningDays: ctx.warningDays,
    people,
    units: [...units].sort(collator.compare),
    credentialCodes: [...codes].sort(collator.compare),
  };
}

/**
 * Sorts by last then first name (then employee id) with the collator, but compares each distinct
 * name only once: names repeat across a roster, and ranking the distinct ones first turns 50,000
 * collator comparisons per level into integer comparisons.
 */
function sortByName(people: readonly PersonSummary[]): PersonSummary[] {
  const lastRank = rankOf(people.map((p) => p.lastName));
  const firstRank = rankOf(people.map((p) => p.firstName));
  const firstCount = firstRank.size;
  // One number per person (last rank, then first rank) keeps the comparator to a subtraction.
  const keyed = people.map((p) => ({ p, key: lastRank.get(p.lastName)! * firstCount + firstRank.get(p.firstName)! }));
  keyed.sort((a, b) => a.key - b.key || (a.p.employeeId < b.p.employeeId ? -1 : a.p.employeeId > b.p.employeeId ? 1 : 0));
  return keyed.map((k) => k.p);
}

/** Each distinct text's position in collator order; texts the collator holds equal share a rank. */
function rankOf(texts: readonly string[]): Map<string, number> {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && collator.compare(distinct[i - 1]!, text) !== 0) rank += 1;
    ranks.set(text, rank);
  });
  return ranks;
}
