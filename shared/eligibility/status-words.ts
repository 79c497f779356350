import type { CcsStatus, EligibilityResult, IsoDate } from '../types';
import { addDaysIso } from '../dates';
import { AHIMA_INACTIVE_DAYS } from '../credential-status';

/** The words for a CCS status that the engine, the window, the CLI and the reports all use. */

/** Under a rule set with no pathway in reach: what a manager can act on (the records), not the rule's jargon. */
export const NO_PATHWAY = 'Not yet — no pathway can be met from the records on file';

export const DIPLOMA_NOT_RECORDED = 'Diploma not recorded';

/** The organisation's statement behind an assumed diploma, as the Settings screen words it. */
export const DIPLOMA_CONDITION = 'a high-school diploma or equivalent is a condition of employment for our coding positions';

/** The last day an inactive AHIMA credential can be reinstated: revoked the day after. */
export function reinstateBy(cycleEnd: IsoDate): IsoDate {
  return addDaysIso(cycleEnd, AHIMA_INACTIVE_DAYS);
}

/** "CCS inactive — reinstate by 2027-05-03, revoked after" */
export function inactiveText(code: string, cycleEnd: IsoDate): string {
  return `${code} inactive — reinstate by ${reinstateBy(cycleEnd)}, revoked after`;
}

/** A CCS status as a manager reads it, the same on every surface. */
export const CCS_STATUS_WORDS: Readonly<Record<CcsStatus, string>> = {
  certified: 'Certified',
  eligible: 'Eligible',
  'not-yet': 'Not yet',
  'diploma-not-recorded': DIPLOMA_NOT_RECORDED,
};

/** The diploma fact of a result: "On record", "Assumed (…)", "Not recorded"; null when the rule set does not ask for one. */
export function diplomaWords(result: Pick<EligibilityResult, 'diplomaOnRecord' | 'diplomaAssumed'>): string | null {
  if (result.diplomaOnRecord === null) return null;
  if (result.diplomaOnRecord) return 'On record';
  return result.diplomaAssumed ? 'Assumed (condition of employment)' : 'Not recorded';
}
