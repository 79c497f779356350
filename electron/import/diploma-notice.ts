import type { ImportFileSummary, ImportProblem, RosterData } from '../../shared/types';
import { getRuleSet } from '../../shared/rule-sets';
import { DIPLOMA_NOT_RECORDED } from '../../shared/eligibility/status-words';

/**
 * Under a rule set that makes a high-school diploma the requirement, an import that says nothing
 * about diplomas leaves its people "diploma not recorded": HR exports rarely carry one, so the
 * preview says so, and how to record them, before anything is written. Null when there is nothing to say.
 */
export function diplomaNotice(next: RosterData, files: readonly ImportFileSummary[]): ImportProblem | null {
  const settings = next.settings;
  if (getRuleSet(settings.ruleSet).requirement !== 'diploma' || settings.diplomaConditionOfEmployment === true) return null;
  if (files.some((f) => f.columns.some((c) => c.field === 'hs_diploma'))) return null;
  let unrecorded = 0;
  for (const person of next.people) if (person.hsDiploma === undefined && person.employmentStatus !== 'terminated') unrecorded += 1;
  if (unrecorded === 0) return null;
  const people = unrecorded === 1 ? '1 current staff member' : `${unrecorded} current staff`;
  return {
    file: files.map((f) => f.file).join(', '),
    row: 0,
    column: '',
    value: '',
    severity: 'warning',
    message:
      `The rule set in use (${settings.ruleSet}) makes a high-school diploma or equivalent the requirement for the CCS exam, ` +
      `and nothing in this import says who holds one: ${people} will show "${DIPLOMA_NOT_RECORDED}". ` +
      'Add a column such as "HS Diploma" (Yes/No), record it on each person, or state in Settings that a diploma is a condition of employment for your coding positions.',
  };
}
