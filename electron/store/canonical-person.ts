/**
 * A quick, allocation-free test that a stored person record is valid AND already in the form the
 * zod schema would return (trimmed text, upper-case codes), so the schema would hand it back
 * unchanged. Loading a 50,000-person file through zod alone takes about a second; this takes a
 * tenth of that. It only ever answers "certainly fine" or "ask zod": any key it does not know
 * (recertification fields, a field a newer build added), any value it is unsure of, and every
 * invalid record go to the full schema, which then gives the error messages. So the guarantee that
 * an invalid file is detected rests on zod, and tests/unit/store-canonical-person.test.ts holds this
 * to zod's answers.
 */
import { z } from 'zod';
import { daysInMonth } from '../../shared/dates';
import { EDUCATION_COMPONENTS, EMPLOYMENT_STATUSES } from '../../shared/types';

const EMPLOYMENT = new Set<unknown>(EMPLOYMENT_STATUSES);
const COMPONENTS = new Set<unknown>(EDUCATION_COMPONENTS);

/** A trimmed string of `min..max` characters (zod's `.trim().min().max()` leaves it as it is). */
function isTrimmedText(v: unknown, max: number, min = 0): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max && (v.length === 0 || v === v.trim());
}

const isRecordId = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 64;
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isBetween = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isEmail = (v: unknown): boolean => typeof v === 'string' && v.length <= 200 && z.regexes.email.test(v);
/** A credential code as the schema stores it: trimmed and upper-case. */
const isCode = (v: unknown): boolean => isTrimmedText(v, 40, 1) && v === (v as string).toUpperCase();
const isComponents = (v: unknown): boolean =>
  Array.isArray(v) && v.length <= EDUCATION_COMPONENTS.length && v.every((c) => COMPONENTS.has(c));

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const digits = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
};

/**
 * isIsoDate's rule (a real date written YYYY-MM-DD, year 100 or later) read character by character:
 * a stored file holds several dates per person, and the regular expression's match arrays made the
 * check cost as much as reading the file.
 */
export function isStoredDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_PLACES) if (!isDigit(v, i)) return false;
  const year = digits(v, 0, 4);
  const month = digits(v, 5, 7);
  const day = digits(v, 8, 10);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/*
 * One function per record kind, with a switch over the keys: a generic table of checks was several
 * times slower (every field check a call through one shared, megamorphic site). The key lists are
 * exported so a test can hold them to the zod shapes. The import uses the field checks to skip the
 * schema for values already in stored form.
 */

export const PERSON_KEYS = [
  'employeeId', 'firstName', 'lastName', 'unit', 'jobTitle', 'employmentStatus', 'hireDate', 'fte', 'email', 'isRn',
  'hsDiploma', 'notes', 'aapcMembershipRenewsOn', 'credentials', 'experience', 'education',
] as const;

/** One field of a person record in stored form. */
export function isStoredPersonField(key: string, v: unknown): boolean {
  switch (key) {
    case 'employeeId': return isTrimmedText(v, 64, 1);
    case 'firstName': case 'lastName': case 'unit': case 'jobTitle': return isTrimmedText(v, 100);
    case 'employmentStatus': return EMPLOYMENT.has(v);
    case 'hireDate': case 'aapcMembershipRenewsOn': return isStoredDate(v);
    case 'fte': return isBetween(v, 0, 1.5);
    case 'email': return isEmail(v);
    case 'isRn': case 'hsDiploma': return isBool(v);
    case 'notes': return isTrimmedText(v, 5000);
    case 'credentials': return everyRecord(v, isCanonicalCredential);
    case 'experience': return everyRecord(v, isCanonicalExperience);
    case 'education': return everyRecord(v, isCanonicalEducation);
    default: return false;
  }
}

export const CREDENTIAL_KEYS = ['id', 'code', 'number', 'issuer', 'earnedOn', 'expiresOn', 'verifiedOn', 'ceusEarned'] as const;

/** One field of a credential record in stored form. */
export function isStoredCredentialField(key: string, v: unknown): boolean {
  switch (key) {
    case 'id': return isRecordId(v);
    case 'code': return isCode(v);
    case 'number': case 'issuer': return isTrimmedText(v, 100);
    case 'earnedOn': case 'expiresOn': case 'verifiedOn': return isStoredDate(v);
    case 'ceusEarned': return isBetween(v, 0, 1000);
    default: return false;
  }
}

function isCanonicalCredential(v: Readonly<Record<string, unknown>>): boolean {
  for (const key in v) if (!isStoredCredentialField(key, v[key])) return false;
  return Object.hasOwn(v, 'id') && Object.hasOwn(v, 'code');
}

export const EXPERIENCE_KEYS = ['id', 'employer', 'start', 'end', 'directCoding'] as const;

/** One field of an experience period in stored form (the end-after-start rule is the record's). */
export function isStoredExperienceField(key: string, v: unknown): boolean {
  switch (key) {
    case 'id': return isRecordId(v);
    case 'employer': return isTrimmedText(v, 200);
    case 'start': case 'end': return isStoredDate(v);
    case 'directCoding': return isBool(v);
    default: return false;
  }
}

function isCanonicalExperience(v: Readonly<Record<string, unknown>>): boolean {
  for (const key in v) if (!isStoredExperienceField(key, v[key])) return false;
  if (!Object.hasOwn(v, 'id') || !Object.hasOwn(v, 'start') || !Object.hasOwn(v, 'directCoding')) return false;
  return v.end === undefined || (v.end as string) >= (v.start as string);
}

export const EDUCATION_KEYS = ['id', 'program', 'completedOn', 'components', 'cahiimAccredited'] as const;

/** One field of an education record in stored form. */
export function isStoredEducationField(key: string, v: unknown): boolean {
  switch (key) {
    case 'id': return isRecordId(v);
    case 'program': return isTrimmedText(v, 200, 1);
    case 'completedOn': return isStoredDate(v);
    case 'components': return isComponents(v);
    case 'cahiimAccredited': return isBool(v);
    default: return false;
  }
}

function isCanonicalEducation(v: Readonly<Record<string, unknown>>): boolean {
  for (const key in v) if (!isStoredEducationField(key, v[key])) return false;
  return Object.hasOwn(v, 'id') && Object.hasOwn(v, 'program') && Object.hasOwn(v, 'components');
}

/** Every field of `record` (plain data) in stored form; a field holding `undefined` is not. */
export function allFieldsStored(record: object, isField: (key: string, v: unknown) => boolean): boolean {
  const fields = record as Readonly<Record<string, unknown>>;
  for (const key in fields) if (!isField(key, fields[key])) return false;
  return true;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Parsed JSON; anything else (even a null-prototype object) goes to zod, which returns a plain copy.
  return Object.getPrototypeOf(value) === Object.prototype;
}

function everyRecord(value: unknown, check: (record: Readonly<Record<string, unknown>>) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isPlainObject(item) || !check(item)) return false;
  return true;
}

/**
 * True when the stored person schema would accept `value` and return it unchanged. False says
 * nothing either way: check it with the schema.
 */
export function isCanonicalPerson(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!isStoredPersonField(key, value[key])) return false;
  for (const key of PERSON_REQUIRED) if (!Object.hasOwn(value, key)) return false;
  return true;
}
const PERSON_REQUIRED = ['employeeId', 'firstName', 'lastName', 'employmentStatus', 'credentials', 'experience', 'education'];
