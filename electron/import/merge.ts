/**
 * Upsert rules: how one row's values are folded into a person. Blank cells never erase a stored
 * value; records are matched by their natural keys so a re-import changes nothing.
 */
import type { Credential, Education, ExperiencePeriod, Person } from '../../shared/types';
import type { CredentialRow, EducationRow, ExperienceRow, PersonPatch } from './row-reader';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface PersonDraft {
  person: Mutable<Omit<Person, 'credentials' | 'experience' | 'education'>>;
  credentials: Credential[];
  experience: ExperiencePeriod[];
  education: Education[];
}

export function draftOf(person: Person): PersonDraft {
  const { credentials, experience, education, ...fields } = person;
  return { person: { ...fields }, credentials: [...credentials], experience: [...experience], education: [...education] };
}

export function newDraft(employeeId: string): PersonDraft {
  return {
    person: { employeeId, firstName: '', lastName: '', employmentStatus: 'active' },
    credentials: [],
    experience: [],
    education: [],
  };
}

export function personOf(draft: PersonDraft): Person {
  return { ...draft.person, credentials: draft.credentials, experience: draft.experience, education: draft.education };
}

export function applyPersonPatch(draft: PersonDraft, patch: PersonPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (draft.person as Record<string, unknown>)[key] = value;
  }
}

const fold = (text: string | undefined): string => (text ?? '').normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Same code and number; without a number, same code and earned date; with neither, the only one of that code. */
function findCredential(list: readonly Credential[], row: CredentialRow): number {
  const sameCode = (c: Credential): boolean => c.code === row.code;
  if (row.number !== undefined) {
    const key = fold(row.number);
    return list.findIndex((c) => sameCode(c) && c.number !== undefined && fold(c.number) === key);
  }
  if (row.earnedOn !== undefined) {
    const withoutNumber = list.findIndex((c) => sameCode(c) && c.earnedOn === row.earnedOn && c.number === undefined);
    return withoutNumber >= 0 ? withoutNumber : list.findIndex((c) => sameCode(c) && c.earnedOn === row.earnedOn);
  }
  const candidates = list.flatMap((c, i) => (sameCode(c) ? [i] : []));
  return candidates.length === 1 ? (candidates[0] ?? -1) : -1;
}

export function upsertCredential(draft: PersonDraft, row: CredentialRow, newId: () => string): void {
  const { unknownName: _unknown, source: _source, ...values } = row;
  const index = findCredential(draft.credentials, row);
  const existing = index >= 0 ? draft.credentials[index] : undefined;
  if (existing) draft.credentials[index] = { ...existing, ...values };
  else draft.credentials.push({ id: newId(), ...values });
}

/** Returns true when a new period was added. */
export function upsertExperience(draft: PersonDraft, row: ExperienceRow, newId: () => string): boolean {
  const employer = fold(row.employer);
  const index = draft.experience.findIndex((p) => p.start === row.start && fold(p.employer) === employer);
  const existing = index >= 0 ? draft.experience[index] : undefined;
  if (existing) {
    draft.experience[index] = { ...existing, ...row, employer: existing.employer ?? row.employer, directCoding: row.directCoding ?? existing.directCoding };
    return false;
  }
  draft.experience.push({ id: newId(), ...row, directCoding: row.directCoding ?? false });
  return true;
}

export function upsertEducation(draft: PersonDraft, row: EducationRow, newId: () => string): void {
  const program = fold(row.program);
  const index = draft.education.findIndex((e) => fold(e.program) === program);
  const existing = index >= 0 ? draft.education[index] : undefined;
  if (existing) {
    draft.education[index] = { ...existing, ...row, program: existing.program, components: row.components ?? existing.components };
    return;
  }
  draft.education.push({ id: newId(), ...row, components: row.components ?? [] });
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
