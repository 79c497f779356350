/**
 * Second chances for a column no alias names: a date column named by its role ("Coding Start",
 * "Credential Expires", "Lic Exp Dt") when its values are dates, and a column whose values are
 * credentials ("CCS", "Certified Professional Coder (CPC)") whatever its header says. The file's
 * content has the last word: a "… Start" column of names is not a start date.
 */
import type { ImportField } from '../../shared/types';
import { BUILT_IN_CATALOG, catalogIndex } from '../../shared/catalog';
import { parseDateCell } from './parse-dates';
import { readCredentialCell } from './credential-cell';
import type { RawCell } from './read-table';

/** Words of a header, lower case: "Coding_Start-Date" → ["coding", "start", "date"]. */
export function headerWords(header: string): string[] {
  return header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Dates that belong to something other than credentials or coding work. */
const OTHER_DATES = new Set([
  'cycle', 'ceu', 'ceus', 'exam', 'leave', 'loa', 'pay', 'payroll', 'shift', 'benefit', 'benefits', 'birth', 'dob', 'term',
  'termination', 'hire', 'rehire', 'review', 'evaluation', 'training', 'course', 'program', 'class', 'school', 'graduation',
  'contract', 'probation', 'visa', 'background', 'tb', 'flu', 'vaccine', 'physical', 'orientation', 'membership', 'seniority',
]);
const CREDENTIAL_WORDS = new Set([
  'cert', 'certs', 'certification', 'certifications', 'certificate', 'certificates', 'credential', 'credentials',
  'license', 'licenses', 'licence', 'licences', 'licensure', 'lic', 'registration', 'designation', 'designations',
]);
const WORK_WORDS = new Set(['coding', 'coder', 'code', 'experience', 'exp', 'employment', 'work', 'job', 'position', 'assignment', 'period', 'role']);

const EARNED_WORDS = new Set(['earned', 'issued', 'issue', 'obtained', 'acquired', 'achieved', 'certified', 'effective', 'granted', 'awarded', 'passed', 'received']);
const EXPIRES_WORDS = new Set(['expires', 'expiration', 'expiry', 'exp', 'expire', 'expiring', 'renewal', 'renew', 'due']);
const START_WORDS = new Set(['start', 'begin', 'began', 'from', 'started']);
const END_WORDS = new Set(['end', 'through', 'thru', 'to', 'until', 'ended', 'stop']);
/** Words a role may be followed by: "Exp Date", "Coding Start Dt". */
const DATE_TAIL = new Set(['date', 'dt', 'on', 'day']);

/** What the rest of the file is about, for headers that say only "Start" or "Earned". */
export interface HeaderContext {
  readonly hasCredential: boolean;
  readonly hasExperience: boolean;
}

/** The field a date column's header names by its role, before looking at its values; null when none. */
export function roleOfHeader(header: string, context: HeaderContext): ImportField | null {
  const words = headerWords(header);
  while (words.length > 1 && DATE_TAIL.has(words[words.length - 1] ?? '')) words.pop();
  const role = words.pop();
  if (role === undefined || words.some((w) => OTHER_DATES.has(w))) return null;
  const aboutCredential = words.some((w) => CREDENTIAL_WORDS.has(w));
  const aboutWork = words.some((w) => WORK_WORDS.has(w));
  if (EXPIRES_WORDS.has(role) && (aboutCredential || context.hasCredential)) return 'expires_on';
  if (EARNED_WORDS.has(role) && (aboutCredential || context.hasCredential)) return 'earned_on';
  if (START_WORDS.has(role)) {
    if (aboutCredential) return 'earned_on';
    if (aboutWork || (words.length === 0 && context.hasExperience)) return 'experience_start';
  }
  if (END_WORDS.has(role)) {
    if (aboutCredential) return 'expires_on';
    if (aboutWork || (words.length === 0 && context.hasExperience)) return 'experience_end';
  }
  return null;
}

const nonBlank = (values: readonly RawCell[]): RawCell[] =>
  values.filter((v) => v !== null && !(typeof v === 'string' && v.trim() === ''));

/** Most of the column's values read as dates (an empty column says nothing against its name). */
export function looksLikeDates(values: readonly RawCell[]): boolean {
  const filled = nonBlank(values);
  if (filled.length === 0) return true;
  const dates = filled.filter((v) => parseDateCell(v, false).ok || parseDateCell(v, true).ok).length;
  return dates / filled.length >= 0.8;
}

const BUILT_IN_INDEX = catalogIndex(BUILT_IN_CATALOG);

/** Most of the column's values are credentials the catalog knows (at least two values, 60% of them). */
export function looksLikeCredentials(values: readonly RawCell[]): boolean {
  const filled = nonBlank(values).filter((v) => typeof v === 'string');
  if (filled.length < 2) return false;
  const known = filled.filter((v) => readCredentialCell(String(v), BUILT_IN_INDEX).known).length;
  return known / filled.length >= 0.6;
}

/** A header that names credentials ("Lic/Cert", "Certifications Held"), for the check that none is left out. */
export function headerNamesCredentials(header: string): boolean {
  return headerWords(header).some((w) => CREDENTIAL_WORDS.has(w));
}

/** A header that names coding experience ("Coding Start", "Experience From"). */
export function headerNamesExperience(header: string): boolean {
  const words = headerWords(header);
  return words.includes('experience') || (words.some((w) => w === 'coding' || w === 'coder') && words.some((w) => START_WORDS.has(w) || END_WORDS.has(w)));
}
