import type { CeuStatus, ExamResult, ReminderItem } from '../../../shared/recert/types';

interface Label {
  readonly text: string;
  readonly icon: string;
}

/** Text and icon per CEU status, so the status never rests on colour alone. */
export const CEU_STATUS_LABELS: Readonly<Record<CeuStatus, Label>> = {
  'on-track': { text: 'On track', icon: '✓' },
  behind: { text: 'Behind', icon: '⚠' },
  complete: { text: 'Complete', icon: '★' },
  short: { text: 'Short', icon: '✕' },
  inactive: { text: 'Inactive', icon: '⊘' },
  revoked: { text: 'Revoked', icon: '✕' },
};

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
