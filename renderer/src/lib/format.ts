import { format } from 'date-fns';
import type { CcsStatus, CredentialState, EmploymentStatus, IsoDate, PathwayState } from '../../../shared/types';
import { isIsoDate, toDate } from '../../../shared/dates';

/** A calendar date as a manager reads it: `Mar 4, 2027`. */
/** Dates shown repeat across a roster (expiry dates, eligibility dates): each is formatted once. */
const formattedDates = new Map<string, string>();
const FORMATTED_DATES_KEPT = 20_000;

export function formatDate(iso: IsoDate | null | undefined): string {
  if (!iso) return '—';
  const known = formattedDates.get(iso);
  if (known !== undefined) return known;
  const text = isIsoDate(iso) ? format(toDate(iso), 'MMM d, yyyy') : iso;
  if (formattedDates.size >= FORMATTED_DATES_KEPT) formattedDates.clear();
  formattedDates.set(iso, text);
  return text;
}

const ISO_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * Text from the main process (summaries, reminders, problems) with its dates written the way the
 * window writes them, so a sentence never mixes `2025-01-31` and `Jan 31, 2025`. The same text keeps
 * ISO dates in the reports and the command line, where they sort and parse.
 */
export function proseDates(text: string): string {
  return text.includes('-') ? text.replace(ISO_IN_TEXT, (iso) => formatDate(iso)) : text;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2027-01` → `Jan 2027`. */
export function monthName(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

const numberFormat = new Intl.NumberFormat('en-US');
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

export function formatYears(years: number): string {
  return `${years.toFixed(1)} yr`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const EMPLOYMENT_LABELS: Readonly<Record<EmploymentStatus, string>> = {
  active: 'Active',
  leave: 'On leave',
  terminated: 'Terminated',
};

export const CCS_STATUS_LABELS: Readonly<Partial<Record<CcsStatus, string>>> = {
  certified: 'Certified',
  eligible: 'Eligible',
  'not-yet': 'Not yet',
};

/** The words for a CCS status; a status this window has no words for yet reads as its id in words. */
export function ccsStatusLabel(status: CcsStatus): string {
  return CCS_STATUS_LABELS[status] ?? sentenceFromId(status);
}

/** `diploma-not-recorded` → `Diploma not recorded`. */
export function sentenceFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Text and icon for each credential state, so state never rests on colour alone. */
export const CREDENTIAL_STATE_LABELS: Readonly<Record<CredentialState, { readonly text: string; readonly icon: string }>> = {
  pending: { text: 'Pending', icon: '◷' },
  active: { text: 'Active', icon: '✓' },
  expiring: { text: 'Expiring soon', icon: '⚠' },
  expired: { text: 'Expired', icon: '✕' },
  inactive: { text: 'Inactive', icon: '⊘' },
  revoked: { text: 'Revoked', icon: '✕' },
};

export const PATHWAY_STATE_LABELS: Readonly<Record<PathwayState, { readonly text: string; readonly icon: string }>> = {
  met: { text: 'Met', icon: '✓' },
  'will-meet': { text: 'Will be met', icon: '◷' },
  'cannot-meet': { text: 'Not met, no date in reach', icon: '✕' },
};

/** Human wording for pathway ids when no label is at hand. */
export const PATHWAY_LABELS: Readonly<Record<string, string>> = {
  'by-credential': 'Holds RHIA, RHIT or CCS-P',
  'by-education': 'Coding training program',
  'by-experience': '2 years of direct coding',
  'by-cca-with-experience': 'CCA + 1 year of coding',
  'by-other-credential-with-experience': 'Other coding credential + 1 year',
};
