/**
 * What an import will change, person by person and value by value, for the preview: the plan
 * already holds each person before and after, so this only compares them. Only the first
 * `MAX_PREVIEW_CHANGES` people are described: on a large file that is what a manager can read,
 * and the counts stay exact.
 */
import type { Credential, Education, ExperiencePeriod, ImportFieldChange, ImportPersonChange, Person } from '../../shared/types';
import { EDUCATION_COMPONENT_LABELS } from '../../shared/types';
import { FIELD_LABELS } from '../../shared/field-labels';

export const MAX_PREVIEW_CHANGES = 500;

type Scalar = string | number | boolean | undefined;

/** The person's own fields, in the order the person screen shows them. */
const PERSON_FIELDS = [
  'firstName', 'lastName', 'unit', 'jobTitle', 'employmentStatus', 'hireDate', 'fte', 'email', 'isRn', 'hsDiploma', 'notes', 'aapcMembershipRenewsOn',
] as const satisfies readonly (keyof Person)[];
const CREDENTIAL_FIELDS = ['number', 'issuer', 'earnedOn', 'expiresOn', 'verifiedOn', 'ceusEarned'] as const satisfies readonly (keyof Credential)[];

function label(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const EMPLOYMENT_WORDS: Readonly<Record<string, string>> = { active: 'Active', leave: 'On leave', terminated: 'Terminated' };

function text(value: Scalar): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

function compare(out: ImportFieldChange[], field: string, before: Scalar, after: Scalar): void {
  const b = text(before);
  const a = text(after);
  if (b !== a) out.push({ field, before: b, after: a });
}

function credentialText(c: Credential): string {
  return [c.code, c.number ? `no. ${c.number}` : '', c.earnedOn ? `earned ${c.earnedOn}` : '', c.expiresOn ? `expires ${c.expiresOn}` : '']
    .filter(Boolean)
    .join(', ');
}

function periodText(p: ExperiencePeriod): string {
  return `${p.employer?.trim() || 'Coding work'}, ${p.start} – ${p.end ?? 'ongoing'}${p.directCoding ? ', direct coding' : ', not direct coding'}`;
}

function educationText(e: Education): string {
  const subjects = e.components.length === Object.keys(EDUCATION_COMPONENT_LABELS).length ? 'all seven subjects' : `${e.components.length} of 7 subjects`;
  return `${e.program}${e.completedOn ? `, completed ${e.completedOn}` : ''}, ${subjects}`;
}

/** Records matched by id: added ones, and changed values of the ones both sides hold. */
function compareRecords<T extends { readonly id: string }>(
  out: ImportFieldChange[],
  noun: string,
  before: readonly T[],
  after: readonly T[],
  describe: (record: T) => string,
  fields: (out: ImportFieldChange[], prefix: string, b: T, a: T) => void,
): void {
  const old = new Map(before.map((r) => [r.id, r]));
  for (const record of after) {
    const was = old.get(record.id);
    if (was === undefined) out.push({ field: `${noun} added`, before: null, after: describe(record) });
    else if (was !== record) fields(out, `${describe(was).split(',')[0]}`, was, record);
  }
}

/** Every value that differs between a person before and after the import. */
export function personChanges(before: Person | undefined, after: Person): ImportFieldChange[] {
  const out: ImportFieldChange[] = [];
  for (const field of PERSON_FIELDS) {
    const words = field === 'employmentStatus' ? (v: Scalar) => (v === undefined ? v : EMPLOYMENT_WORDS[String(v)] ?? v) : (v: Scalar) => v;
    compare(out, label(field), words(before?.[field]), words(after[field]));
  }
  compareRecords(out, 'Credential', before?.credentials ?? [], after.credentials, credentialText, (o, prefix, b, a) => {
    for (const field of CREDENTIAL_FIELDS) compare(o, `${prefix} ${label(field).toLowerCase()}`, b[field], a[field]);
  });
  compareRecords(out, 'Experience', before?.experience ?? [], after.experience, periodText, (o, _prefix, b, a) => {
    compare(o, 'Experience period', periodText(b), periodText(a));
  });
  compareRecords(out, 'Education', before?.education ?? [], after.education, educationText, (o, _prefix, b, a) => {
    compare(o, 'Education', educationText(b), educationText(a));
  });
  return out;
}

const nameOf = (p: Person) => [p.lastName, p.firstName].filter(Boolean).join(', ') || p.employeeId;

/** The preview's list: new people first, then updated ones, each in file order, at most `limit`. */
export function previewChanges(
  created: readonly Person[],
  updated: readonly { readonly before: Person; readonly after: Person }[],
  limit = MAX_PREVIEW_CHANGES,
): { readonly changes: ImportPersonChange[]; readonly changesLeftOut: number } {
  const changes: ImportPersonChange[] = [];
  for (const person of created) {
    if (changes.length >= limit) break;
    changes.push({ employeeId: person.employeeId, name: nameOf(person), action: 'create', changes: personChanges(undefined, person) });
  }
  for (const { before, after } of updated) {
    if (changes.length >= limit) break;
    changes.push({ employeeId: after.employeeId, name: nameOf(after), action: 'update', changes: personChanges(before, after) });
  }
  return { changes, changesLeftOut: created.length + updated.length - changes.length };
}
