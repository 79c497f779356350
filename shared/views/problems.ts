import type { Person } from '../types';
import type { RecordProblem, RecordProblemKind } from '../view-models';
import type { CredentialFacts } from './person-facts';

/**
 * Which gaps can change a person's answers. An unknown code, missing credential dates or an
 * impossible experience period can each change the CCS status, the date someone qualifies or a
 * credential's state. The unit and FTE are only read by the Magnet DIF (and the unit by the
 * dashboard's grouping): worth fixing, but not a reason to mark the person.
 */
export const CHANGES_ANSWERS: Readonly<Record<RecordProblemKind, boolean>> = {
  'unknown-credential': true,
  'credential-no-earned-date': true,
  'credential-no-expiry': true,
  'experience-ends-before-start': true,
  'no-unit': false,
  'no-fte': false,
};

/** One line for a gap many people share: "23 people have no FTE recorded: only the Magnet DIF uses it". */
export function gapText(kind: RecordProblemKind, people: number): string {
  const who = people === 1 ? '1 person has' : `${people} people have`;
  switch (kind) {
    case 'no-fte':
      return `${who} no FTE recorded: only the Magnet DIF uses it`;
    case 'no-unit':
      return `${who} no unit recorded: the Magnet DIF and the charts group people by unit`;
    case 'unknown-credential':
      return `${who} a credential that is not in the catalog`;
    case 'credential-no-earned-date':
      return `${who} a credential with no earned date`;
    case 'credential-no-expiry':
      return `${who} a credential with no expiry date`;
    case 'experience-ends-before-start':
      return `${who} an experience period that ends before it starts`;
  }
}

const problem = (kind: RecordProblemKind, text: string): RecordProblem => ({ kind, text, changesAnswers: CHANGES_ANSWERS[kind] });

/**
 * What a manager should fix in one record, in plain words. These are data gaps, not rule outcomes:
 * an unknown code, missing credential dates, an impossible experience period, and the unit and FTE
 * the Magnet DIF is reported by.
 */
export function recordProblems(person: Person, credentials: readonly CredentialFacts[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const { credential, definition, code } of credentials) {
    if (definition === undefined) {
      problems.push(problem('unknown-credential', `Credential ${code} is not in the catalog: correct the code or add it to the catalog`));
    }
    if (credential.earnedOn === undefined) problems.push(problem('credential-no-earned-date', `${code} has no earned date`));
    if (credential.expiresOn === undefined) problems.push(problem('credential-no-expiry', `${code}: no expiry recorded (it counts as active until one is)`));
  }
  for (const period of person.experience) {
    if (period.end !== undefined && period.end < period.start) {
      const where = period.employer?.trim() ? ` at ${period.employer.trim()}` : '';
      problems.push(problem('experience-ends-before-start', `Experience period${where} ends on ${period.end}, before it starts on ${period.start}`));
    }
  }
  if (!person.unit?.trim()) problems.push(problem('no-unit', 'No unit recorded'));
  if (person.fte === undefined || person.fte === null) problems.push(problem('no-fte', 'No FTE recorded (the Magnet DIF needs it)'));
  return problems;
}
