import type { IsoDate, RosterData, RuleSetId } from '../types';
import type { RosterView } from '../view-models';
import { viewContext } from './context';
import { evaluatePerson } from './person-facts';
import { nameCollator as collator, sortByName } from './name-order';

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
