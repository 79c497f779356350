import type { CeuStatus, ReminderItem } from '../../../shared/recert/types';
import { CEU_STATUS_WORDS } from '../../../shared/recert/ceus';
import type { ExamResult } from '../../../shared/types';

interface Label {
  readonly text: string;
  readonly icon: string;
}

/** Text and icon per CEU status, so the status never rests on colour alone. */
const CEU_STATUS_ICONS: Readonly<Record<CeuStatus, string>> = {
  complete: '★',
  'on-track': '✓',
  incomplete: '⚠',
  behind: '⚠',
  'not-tracked': '?',
  short: '✕',
  inactive: '⊘',
  revoked: '✕',
};

/** The shared words, with an icon. */
export const CEU_STATUS_LABELS: Readonly<Record<CeuStatus, Label>> = Object.fromEntries(
  (Object.keys(CEU_STATUS_ICONS) as CeuStatus[]).map((s) => [s, { text: CEU_STATUS_WORDS[s], icon: CEU_STATUS_ICONS[s] }]),
) as Record<CeuStatus, Label>;

export const EXAM_RESULT_LABELS: Readonly<Record<ExamResult, Label>> = {
  pass: { text: 'Passed', icon: '✓' },
  fail: { text: 'Not passed', icon: '✕' },
  'no-show': { text: 'No-show', icon: '⊘' },
  withdrawn: { text: 'Withdrawn', icon: '⊘' },
};

export const SEVERITY_LABELS: Readonly<Record<ReminderItem['severity'], Label>> = {
  urgent: { text: 'Urgent', icon: '✕' },
  soon: { text: 'Soon', icon: '⚠' },
  notice: { text: 'Notice', icon: 'ℹ' },
};

/** The parts of a reminder key (`employee|subject|due|threshold`), for acknowledgements whose item is gone. */
export function reminderKeyParts(key: string): { readonly employeeId: string; readonly dueOn: string; readonly threshold: string } | null {
  const parts = key.split('|');
  if (parts.length !== 4) return null;
  return { employeeId: parts[0] ?? '', dueOn: parts[2] ?? '', threshold: parts[3] ?? '' };
}
