import type { IsoDate, RosterData, RuleSetId } from '../types';
import type { PersonDetail, RosterView } from '../ipc';
import { mergeCodingSpans } from '../experience';
import { viewContext } from './context';
import { evaluatePerson, toBadge } from './person-facts';

// One collator for every comparison: building one per call would dominate a 50,000-person sort.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Every person (terminated ones too: the window filters), sorted by last then first name. */
export function buildRosterView(data: RosterData, asOf: IsoDate, ruleSetId?: RuleSetId): RosterView {
  const ctx = viewContext(data, asOf, ruleSetId);
  const people = data.people.map((person) => evaluatePerson(person, ctx).summary).sort(byName);
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

/** One person with the full eligibility explanation; null when no one has that employee id. */
export function buildPersonDetail(
  data: RosterData,
  employeeId: string,
  asOf: IsoDate,
  ruleSetId?: RuleSetId,
): PersonDetail | null {
  const person = data.people.find((p) => p.employeeId === employeeId);
  if (person === undefined) return null;
  const facts = evaluatePerson(person, viewContext(data, asOf, ruleSetId));
  return {
    person,
    eligibility: facts.eligibility,
    credentialStatuses: facts.credentials.map(toBadge),
    codingSpans: mergeCodingSpans(person.experience),
  };
}

function byName(
  a: { lastName: string; firstName: string; employeeId: string },
  b: { lastName: string; firstName: string; employeeId: string },
): number {
  return (
    collator.compare(a.lastName, b.lastName) ||
    collator.compare(a.firstName, b.firstName) ||
    (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0)
  );
}
