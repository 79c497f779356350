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
import { isIsoDate } from '../../shared/dates';
import { EDUCATION_COMPONENTS, EMPLOYMENT_STATUSES } from '../../shared/types';

type Check = (value: unknown) => boolean;
type Fields = Readonly<Record<string, Check>>;

const EMPLOYMENT = new Set<unknown>(EMPLOYMENT_STATUSES);
const COMPONENTS = new Set<unknown>(EDUCATION_COMPONENTS);

/** A trimmed string of `min..max` characters (zod's `.trim().min().max()` leaves it as it is). */
const trimmedText =
  (max: number, min = 0): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && v === v.trim();

const plainText = (max: number, min = 0): Check => (v) => typeof v === 'string' && v.length >= min && v.length <= max;
const date: Check = (v) => isIsoDate(v);
const bool: Check = (v) => typeof v === 'boolean';
const between =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const recordId = plainText(64, 1);
const email: Check = (v) => typeof v === 'string' && v.length <= 200 && z.regexes.email.test(v);
/** A credential code as the schema stores it: trimmed and upper-case. */
const code: Check = (v) => trimmedText(40, 1)(v) && v === (v as string).toUpperCase();
const components: Check = (v) =>
  Array.isArray(v) && v.length <= EDUCATION_COMPONENTS.length && v.every((c) => COMPONENTS.has(c));

/** The fields of each record kind this check knows, with their rules (shared/ipc.ts and schema.ts). */
export const PERSON_FIELDS: Fields = {
  employeeId: trimmedText(64, 1),
  firstName: trimmedText(100),
  lastName: trimmedText(100),
  unit: trimmedText(100),
  jobTitle: trimmedText(100),
  employmentStatus: (v) => EMPLOYMENT.has(v),
  hireDate: date,
  fte: between(0, 1.5),
  email,
  isRn: bool,
  hsDiploma: bool,
  notes: trimmedText(5000),
  aapcMembershipRenewsOn: date,
  credentials: (v) => everyRecord(v, CREDENTIAL_FIELDS, CREDENTIAL_REQUIRED),
  experience: (v) => everyRecord(v, EXPERIENCE_FIELDS, EXPERIENCE_REQUIRED, experienceEndsInOrder),
  education: (v) => everyRecord(v, EDUCATION_FIELDS, EDUCATION_REQUIRED),
};
const PERSON_REQUIRED = ['employeeId', 'firstName', 'lastName', 'employmentStatus', 'credentials', 'experience', 'education'];

export const CREDENTIAL_FIELDS: Fields = {
  id: recordId,
  code,
  number: trimmedText(100),
  issuer: trimmedText(100),
  earnedOn: date,
  expiresOn: date,
  verifiedOn: date,
  ceusEarned: between(0, 1000),
};
const CREDENTIAL_REQUIRED = ['id', 'code'];

export const EXPERIENCE_FIELDS: Fields = {
  id: recordId,
  employer: trimmedText(200),
  start: date,
  end: date,
  directCoding: bool,
};
const EXPERIENCE_REQUIRED = ['id', 'start', 'directCoding'];

export const EDUCATION_FIELDS: Fields = {
  id: recordId,
  program: trimmedText(200, 1),
  completedOn: date,
  components,
  cahiimAccredited: bool,
};
const EDUCATION_REQUIRED = ['id', 'program', 'components'];

const experienceEndsInOrder = (p: Readonly<Record<string, unknown>>): boolean =>
  p.end === undefined || (p.end as string) >= (p.start as string);

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every key known and valid (a key holding `undefined` is left to zod), and the required ones present. */
function isRecord(
  value: unknown,
  fields: Fields,
  required: readonly string[],
  whole?: (record: Readonly<Record<string, unknown>>) => boolean,
): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    if (!Object.hasOwn(fields, key)) return false;
    if (!fields[key]!(value[key])) return false;
  }
  for (const key of required) if (!Object.hasOwn(value, key)) return false;
  return whole === undefined || whole(value);
}

function everyRecord(
  value: unknown,
  fields: Fields,
  required: readonly string[],
  whole?: (record: Readonly<Record<string, unknown>>) => boolean,
): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isRecord(item, fields, required, whole)) return false;
  return true;
}

/**
 * True when the stored person schema would accept `value` and return it unchanged. False says
 * nothing either way: check it with the schema.
 */
export function isCanonicalPerson(value: unknown): boolean {
  return isRecord(value, PERSON_FIELDS, PERSON_REQUIRED);
}
