/**
 * A quick, allocation-free test that a stored person record is valid AND already in the form the
 * zod schema would return (trimmed text, upper-case codes), so the schema would hand it back
 * unchanged, at a tenth of zod's cost (docs/performance.md, Store). It only ever answers "certainly fine" or "ask zod": any key it does not know
 * (recertification fields, a field a newer build added), any value it is unsure of, and every
 * invalid record go to the full schema, which then gives the error messages. So the guarantee that
 * an invalid file is detected rests on zod, and tests/unit/store-canonical-person.test.ts holds this
 * to zod's answers.
 */
import { z } from 'zod';
import { isIsoDate } from '../../shared/dates';
import { EDUCATION_COMPONENTS, EMPLOYMENT_STATUSES } from '../../shared/types';

const EMPLOYMENT = new Set<unknown>(EMPLOYMENT_STATUSES);
const COMPONENTS = new Set<unknown>(EDUCATION_COMPONENTS);

type Fields = Readonly<Record<string, unknown>>;

/** A trimmed string of `min..max` characters (zod's `.trim().min().max()` leaves it as it is). */
function isTrimmedText(v: unknown, max: number, min = 0): boolean {
  return typeof v === 'string' && v.length >= min && v.length <= max && (v.length === 0 || v === v.trim());
}

const isBetween = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

// One rule per kind of value, shared by the field-by-field checks and the whole-record checks below.
const isRecordId = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= 64;
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isEmployeeId = (v: unknown): boolean => isTrimmedText(v, 64, 1);
const isPersonText = (v: unknown): boolean => isTrimmedText(v, 100);
const isStatus = (v: unknown): boolean => EMPLOYMENT.has(v);
const isFte = (v: unknown): boolean => isBetween(v, 0, 1.5);
const isEmail = (v: unknown): boolean => typeof v === 'string' && v.length <= 200 && z.regexes.email.test(v);
const isNotes = (v: unknown): boolean => isTrimmedText(v, 5000);
/** A credential code as the schema stores it: trimmed and upper-case. */
const isCode = (v: unknown): boolean => isTrimmedText(v, 40, 1) && v === (v as string).toUpperCase();
const isCredentialText = (v: unknown): boolean => isTrimmedText(v, 100);
const isCeus = (v: unknown): boolean => isBetween(v, 0, 1000);
const isEmployer = (v: unknown): boolean => isTrimmedText(v, 200);
const isProgram = (v: unknown): boolean => isTrimmedText(v, 200, 1);
function isComponents(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > EDUCATION_COMPONENTS.length) return false;
  // An index loop, not every(): every() skips the holes of a sparse array, which zod reads as undefined.
  for (let i = 0; i < v.length; i++) if (!COMPONENTS.has(v[i])) return false;
  return true;
}

/** A date as the store keeps it: shared/dates' rule, a real date written YYYY-MM-DD. */
export const isStoredDate: (v: unknown) => boolean = isIsoDate;

/*
 * Field by field (used by the import to skip the schema for values already in stored form): one
 * function per record kind with a switch over the key. The key lists are exported so a test can
 * hold them to the zod shapes.
 */

export const PERSON_KEYS = [
  'employeeId', 'firstName', 'lastName', 'unit', 'jobTitle', 'employmentStatus', 'hireDate', 'fte', 'email', 'isRn',
  'hsDiploma', 'notes', 'aapcMembershipRenewsOn', 'credentials', 'experience', 'education',
] as const;

/** One field of a person record in stored form. */
export function isStoredPersonField(key: string, v: unknown): boolean {
  switch (key) {
    case 'employeeId': return isEmployeeId(v);
    case 'firstName': case 'lastName': case 'unit': case 'jobTitle': return isPersonText(v);
    case 'employmentStatus': return isStatus(v);
    case 'hireDate': case 'aapcMembershipRenewsOn': return isStoredDate(v);
    case 'fte': return isFte(v);
    case 'email': return isEmail(v);
    case 'isRn': case 'hsDiploma': return isBool(v);
    case 'notes': return isNotes(v);
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
    case 'number': case 'issuer': return isCredentialText(v);
    case 'earnedOn': case 'expiresOn': case 'verifiedOn': return isStoredDate(v);
    case 'ceusEarned': return isCeus(v);
    default: return false;
  }
}

export const EXPERIENCE_KEYS = ['id', 'employer', 'start', 'end', 'directCoding'] as const;

/** One field of an experience period in stored form (the end-after-start rule is the record's). */
export function isStoredExperienceField(key: string, v: unknown): boolean {
  switch (key) {
    case 'id': return isRecordId(v);
    case 'employer': return isEmployer(v);
    case 'start': case 'end': return isStoredDate(v);
    case 'directCoding': return isBool(v);
    default: return false;
  }
}

export const EDUCATION_KEYS = ['id', 'program', 'completedOn', 'components', 'cahiimAccredited'] as const;

/** One field of an education record in stored form. */
export function isStoredEducationField(key: string, v: unknown): boolean {
  switch (key) {
    case 'id': return isRecordId(v);
    case 'program': return isProgram(v);
    case 'completedOn': return isStoredDate(v);
    case 'components': return isComponents(v);
    case 'cahiimAccredited': return isBool(v);
    default: return false;
  }
}

/** Every field of `record` (plain data) in stored form; a field holding `undefined` is not. */
export function allFieldsStored(record: object, isField: (key: string, v: unknown) => boolean): boolean {
  const fields = record as Fields;
  for (const key in fields) if (!isField(key, fields[key])) return false;
  return true;
}

/*
 * Whole records: each known field read directly and counted, then the count compared with the
 * record's own keys, so any other key (or a known key holding undefined) sends the record to zod.
 */

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** The number of keys, or -1 when one is inherited (zod would copy it into an own key). */
function ownKeyCount(record: Fields): number {
  let count = 0;
  for (const key in record) {
    if (!hasOwnProperty.call(record, key)) return -1;
    count++;
  }
  return count;
}

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Parsed JSON; anything else (even a null-prototype object) goes to zod, which returns a plain copy.
  return Object.getPrototypeOf(value) === Object.prototype;
}

function isCanonicalCredential(v: unknown): boolean {
  if (!isPlainObject(v) || !isRecordId(v.id) || !isCode(v.code)) return false;
  let known = 2;
  if (v.number !== undefined) { if (!isCredentialText(v.number)) return false; known++; }
  if (v.issuer !== undefined) { if (!isCredentialText(v.issuer)) return false; known++; }
  if (v.earnedOn !== undefined) { if (!isStoredDate(v.earnedOn)) return false; known++; }
  if (v.expiresOn !== undefined) { if (!isStoredDate(v.expiresOn)) return false; known++; }
  if (v.verifiedOn !== undefined) { if (!isStoredDate(v.verifiedOn)) return false; known++; }
  if (v.ceusEarned !== undefined) { if (!isCeus(v.ceusEarned)) return false; known++; }
  return ownKeyCount(v) === known;
}

function isCanonicalExperience(v: unknown): boolean {
  if (!isPlainObject(v) || !isRecordId(v.id) || !isStoredDate(v.start) || !isBool(v.directCoding)) return false;
  let known = 3;
  if (v.employer !== undefined) { if (!isEmployer(v.employer)) return false; known++; }
  if (v.end !== undefined) { if (!isStoredDate(v.end) || (v.end as string) < (v.start as string)) return false; known++; }
  return ownKeyCount(v) === known;
}

function isCanonicalEducation(v: unknown): boolean {
  if (!isPlainObject(v) || !isRecordId(v.id) || !isProgram(v.program) || !isComponents(v.components)) return false;
  let known = 3;
  if (v.completedOn !== undefined) { if (!isStoredDate(v.completedOn)) return false; known++; }
  if (v.cahiimAccredited !== undefined) { if (!isBool(v.cahiimAccredited)) return false; known++; }
  return ownKeyCount(v) === known;
}

function everyRecord(value: unknown, check: (record: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
  return true;
}

function isCanonicalPersonRecord(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  if (!isEmployeeId(v.employeeId) || !isPersonText(v.firstName) || !isPersonText(v.lastName) || !isStatus(v.employmentStatus)) {
    return false;
  }
  if (!everyRecord(v.credentials, isCanonicalCredential) || !everyRecord(v.experience, isCanonicalExperience)) return false;
  if (!everyRecord(v.education, isCanonicalEducation)) return false;
  let known = 7;
  if (v.unit !== undefined) { if (!isPersonText(v.unit)) return false; known++; }
  if (v.jobTitle !== undefined) { if (!isPersonText(v.jobTitle)) return false; known++; }
  if (v.hireDate !== undefined) { if (!isStoredDate(v.hireDate)) return false; known++; }
  if (v.fte !== undefined) { if (!isFte(v.fte)) return false; known++; }
  if (v.email !== undefined) { if (!isEmail(v.email)) return false; known++; }
  if (v.isRn !== undefined) { if (!isBool(v.isRn)) return false; known++; }
  if (v.hsDiploma !== undefined) { if (!isBool(v.hsDiploma)) return false; known++; }
  if (v.notes !== undefined) { if (!isNotes(v.notes)) return false; known++; }
  if (v.aapcMembershipRenewsOn !== undefined) { if (!isStoredDate(v.aapcMembershipRenewsOn)) return false; known++; }
  return ownKeyCount(v) === known;
}

const FIELD_NAMES: readonly string[] = [...new Set<string>([...PERSON_KEYS, ...CREDENTIAL_KEYS, ...EXPERIENCE_KEYS, ...EDUCATION_KEYS])];
const neverCanonical = (): boolean => false;

/**
 * The check to run on many records in a row. Reading a field the record lacks falls through to
 * Object.prototype: if something has put a property there under a field's name, the counting above
 * could be fooled, so then every record goes to zod. Checked once per batch, not per record.
 */
export function canonicalPersonCheck(): (value: unknown) => boolean {
  for (const name of FIELD_NAMES) if (name in Object.prototype) return neverCanonical;
  return isCanonicalPersonRecord;
}

/**
 * True when the stored person schema would accept `value` and return it unchanged. False says
 * nothing either way: check it with the schema.
 */
export function isCanonicalPerson(value: unknown): boolean {
  return canonicalPersonCheck()(value);
}
