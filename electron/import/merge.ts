/**
 * Upsert rules: how one row's values are folded into a person. Blank cells never erase a stored
 * value; records are matched by their natural keys so a re-import changes nothing.
 */
import type { Credential, Education, ExperiencePeriod, Person } from '../../shared/types';
import type { CredentialRow, EducationRow, ExperienceRow, PersonPatch } from './row-reader';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One person being merged. A draft of a stored person starts as that person, uncopied, and is
 * copied on the first row that changes a value: a weekly re-import leaves most people as they
 * were, and they then cost no copies and no final comparison (docs/performance.md, Import).
 */
export interface PersonDraft {
  /** The stored person the draft started from; null for someone new. */
  readonly original: Person | null;
  /** True once the draft holds copies of its own (always for someone new). */
  copied: boolean;
  person: Mutable<Omit<Person, 'credentials' | 'experience' | 'education'>>;
  credentials: Credential[];
  experience: ExperiencePeriod[];
  education: Education[];
}

export function draftOf(person: Person): PersonDraft {
  return {
    original: person,
    copied: false,
    // Read only until `copy`: the stored person and their lists themselves.
    person: person as PersonDraft['person'],
    credentials: person.credentials as Credential[],
    experience: person.experience as ExperiencePeriod[],
    education: person.education as Education[],
  };
}

/** Gives the draft copies of its own before its first change. */
function copy(draft: PersonDraft): void {
  if (draft.copied) return;
  const { credentials, experience, education, ...fields } = draft.original!;
  draft.person = fields;
  draft.credentials = [...credentials];
  draft.experience = [...experience];
  draft.education = [...education];
  draft.copied = true;
}

export function newDraft(employeeId: string): PersonDraft {
  return {
    original: null,
    copied: true,
    person: { employeeId, firstName: '', lastName: '', employmentStatus: 'active' },
    credentials: [],
    experience: [],
    education: [],
  };
}

/** The person the draft now describes: the stored person itself when no row changed anything. */
export function personOf(draft: PersonDraft): Person {
  if (!draft.copied) return draft.original!;
  const person: Record<string, unknown> = {};
  const fields = draft.person as Readonly<Record<string, unknown>>;
  for (const key in fields) person[key] = fields[key];
  person.credentials = draft.credentials;
  person.experience = draft.experience;
  person.education = draft.education;
  return person as unknown as Person;
}

export function applyPersonPatch(draft: PersonDraft, patch: PersonPatch): void {
  for (const key in patch) {
    const value = patch[key as keyof PersonPatch];
    if (value === undefined) continue;
    if (!draft.copied) {
      if ((draft.person as Record<string, unknown>)[key] === value) continue;
      copy(draft);
    }
    (draft.person as Record<string, unknown>)[key] = value;
  }
}

const NON_ASCII = /[^\u0020-\u007e]/;
/** Case, width and punctuation folded away (NFKC leaves plain ASCII as it is). */
const fold = (text: string | undefined): string => {
  if (text === undefined) return '';
  const normal = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return normal.toLowerCase().replace(/[^a-z0-9]/g, '');
};

/** Same code and number; without a number, same code and earned date; with neither, the only one of that code. */
function findCredential(list: readonly Credential[], row: CredentialRow): number {
  if (row.number !== undefined) {
    let key: string | null = null;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (c.code !== row.code || c.number === undefined) continue;
      if (c.number === row.number || fold(c.number) === (key ??= fold(row.number))) return i;
    }
    return -1;
  }
  if (row.earnedOn !== undefined) {
    let withNumber = -1;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (c.code !== row.code || c.earnedOn !== row.earnedOn) continue;
      if (c.number === undefined) return i;
      if (withNumber < 0) withNumber = i;
    }
    return withNumber;
  }
  let only = -1;
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.code !== row.code) continue;
    if (only >= 0) return -1;
    only = i;
  }
  return only;
}

type CredentialFields = { -readonly [K in keyof Credential]: Credential[K] };

/**
 * The row's credential fields (not where they came from) over `target`, which already has the
 * row's code (a match always does); named one by one so each copy is a plain property store.
 */
function copyCredentialFields(target: CredentialFields, row: CredentialRow): CredentialFields {
  if (row.number !== undefined) target.number = row.number;
  if (row.issuer !== undefined) target.issuer = row.issuer;
  if (row.earnedOn !== undefined) target.earnedOn = row.earnedOn;
  if (row.expiresOn !== undefined) target.expiresOn = row.expiresOn;
  if (row.verifiedOn !== undefined) target.verifiedOn = row.verifiedOn;
  if (row.ceusEarned !== undefined) target.ceusEarned = row.ceusEarned;
  return target;
}

/** True when the row gives no credential field a value other than the one `credential` has. */
function changesNothing(credential: Credential, row: CredentialRow): boolean {
  return (row.number === undefined || row.number === credential.number)
    && (row.issuer === undefined || row.issuer === credential.issuer)
    && (row.earnedOn === undefined || row.earnedOn === credential.earnedOn)
    && (row.expiresOn === undefined || row.expiresOn === credential.expiresOn)
    && (row.verifiedOn === undefined || row.verifiedOn === credential.verifiedOn)
    && (row.ceusEarned === undefined || row.ceusEarned === credential.ceusEarned);
}

export function upsertCredential(draft: PersonDraft, row: CredentialRow, newId: () => string): void {
  const index = findCredential(draft.credentials, row);
  const existing = index >= 0 ? draft.credentials[index] : undefined;
  if (existing && !draft.copied && changesNothing(existing, row)) return;
  copy(draft);
  if (existing) draft.credentials[index] = copyCredentialFields({ ...existing }, row);
  else draft.credentials.push(copyCredentialFields({ id: newId(), code: row.code }, row));
}

/**
 * Returns true when a new period was added. A new period whose row does not say whether it was
 * direct coding is recorded as `directCoding` (a stored period keeps what it has).
 */
export function upsertExperience(draft: PersonDraft, row: ExperienceRow, newId: () => string, directCoding = false): boolean {
  const employer = fold(row.employer);
  const index = draft.experience.findIndex((p) => p.start === row.start && fold(p.employer) === employer);
  const existing = index >= 0 ? draft.experience[index] : undefined;
  if (existing) {
    const merged = { ...existing, ...row, employer: existing.employer ?? row.employer, directCoding: row.directCoding ?? existing.directCoding };
    if (draft.copied || !samePlainData(existing, merged)) {
      copy(draft);
      draft.experience[index] = merged;
    }
    return false;
  }
  copy(draft);
  draft.experience.push({ id: newId(), ...row, directCoding: row.directCoding ?? directCoding });
  return true;
}

export function upsertEducation(draft: PersonDraft, row: EducationRow, newId: () => string): void {
  const program = fold(row.program);
  const index = draft.education.findIndex((e) => fold(e.program) === program);
  const existing = index >= 0 ? draft.education[index] : undefined;
  if (existing) {
    const merged = { ...existing, ...row, program: existing.program, components: row.components ?? existing.components };
    if (draft.copied || !samePlainData(existing, merged)) {
      copy(draft);
      draft.education[index] = merged;
    }
    return;
  }
  copy(draft);
  draft.education.push({ id: newId(), ...row, components: row.components ?? [] });
}

/** Deep equality of plain data (objects, arrays, primitives), where a key holding `undefined` counts as absent. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  let defined = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    defined += 1;
    if (!samePlainData(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) defined -= 1;
  return defined === 0;
}

/** Stable text of plain data (sorted keys, undefined dropped), to tell whether a record changed. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const inner = (v as Record<string, unknown>)[k];
        if (inner !== undefined) sorted[k] = inner;
      }
      return sorted;
    }
    return v;
  });
}
