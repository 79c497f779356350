import { format } from 'date-fns';
import type { CcsStatus, CredentialState, EmploymentStatus, IsoDate, PathwayState } from '../../../shared/types';
import { isIsoDate, toDate } from '../../../shared/dates';
import { CCS_STATUS_WORDS } from '../../../shared/eligibility/status-words';

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

export const CCS_STATUS_LABELS: Readonly<Record<CcsStatus, string>> = CCS_STATUS_WORDS;

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
  'will-meet': { text: 'Will meet', icon: '◷' },
  'cannot-meet': { text: 'Cannot meet yet', icon: '✕' },
};

/** Human wording for pathway ids when no label is at hand. */
export const PATHWAY_LABELS: Readonly<Record<string, string>> = {
  'by-credential': 'Holds RHIA, RHIT or CCS-P',
  'by-education': 'Coding training program',
  'by-experience': '2 years of direct coding',
  'by-cca-with-experience': 'CCA + 1 year of coding',
  'by-other-credential-with-experience': 'Other coding credential + 1 year',
};
