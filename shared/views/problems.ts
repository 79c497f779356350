import type { Person } from '../types';
import type { CredentialFacts } from './person-facts';

/**
 * What a manager should fix in one record, in plain words. These are data gaps, not rule outcomes:
 * an unknown code, missing credential dates, an impossible experience period, and the unit and FTE
 * the Magnet DIF is reported by.
 */
export function recordProblems(person: Person, credentials: readonly CredentialFacts[]): string[] {
  const problems: string[] = [];
  for (const { credential, definition, code } of credentials) {
    if (definition === undefined) {
      problems.push(`Credential ${code} is not in the catalog: correct the code or add it to the catalog`);
    }
    if (credential.earnedOn === undefined) problems.push(`${code} has no earned date`);
    if (credential.expiresOn === undefined) problems.push(`${code}: no expiry recorded (it counts as active until one is)`);
  }
  for (const period of person.experience) {
    if (period.end !== undefined && period.end < period.start) {
      const where = period.employer?.trim() ? ` at ${period.employer.trim()}` : '';
      problems.push(`Experience period${where} ends on ${period.end}, before it starts on ${period.start}`);
    }
  }
  if (!person.unit?.trim()) problems.push('No unit recorded');
  if (person.fte === undefined || person.fte === null) problems.push('No FTE recorded (the Magnet DIF needs it)');
  return problems;
}
