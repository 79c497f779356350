import type { IsoDate, RosterData, RuleSetId } from '../types';
import type { PersonDetail } from '../view-models';
import { mergeCodingSpans } from '../experience';
import { ceuSummariesFor } from './ceu';
import { viewContext } from './context';
import { evaluatePerson, toBadge } from './person-facts';

/** One person with the full eligibility explanation; null when no one has that employee id. */
export function buildPersonDetail(
  data: RosterData,
  employeeId: string,
  asOf: IsoDate,
  ruleSetId?: RuleSetId,
): PersonDetail | null {
  const person = data.people.find((p) => p.employeeId === employeeId);
  if (person === undefined) return null;
  const ctx = viewContext(data, asOf, ruleSetId);
  const facts = evaluatePerson(person, ctx);
  return {
    person,
    eligibility: facts.eligibility,
    credentialStatuses: facts.credentials.map(toBadge),
    codingSpans: mergeCodingSpans(person.experience),
    ceu: ceuSummariesFor(person, ctx),
  };
}
