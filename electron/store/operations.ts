/**
 * Changes to the roster as pure functions (RosterData in, RosterData out). Inputs have already
 * been through the shared/ipc.ts schemas; these add the rules that need the whole roster
 * (unique employee IDs, records that must exist) and say what is wrong in plain words.
 */
import type { z } from 'zod';
import type {
  Credential,
  CredentialDefinition,
  Education,
  ExperiencePeriod,
  Person,
  RosterData,
} from '../../shared/types';
import type {
  credentialInputSchema,
  educationInputSchema,
  experienceInputSchema,
  newPersonSchema,
  personPatchSchema,
  settingsPatchSchema,
} from '../../shared/ipc';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { StoreError } from './errors';

type NewPerson = z.output<typeof newPersonSchema>;
type PersonPatch = z.output<typeof personPatchSchema>;
type CredentialInput = z.output<typeof credentialInputSchema>;
type ExperienceInput = z.output<typeof experienceInputSchema>;
type EducationInput = z.output<typeof educationInputSchema>;
type SettingsPatch = z.output<typeof settingsPatchSchema>;

export function findPerson(data: RosterData, employeeId: string): Person | undefined {
  const wanted = employeeId.trim();
  return data.people.find((p) => p.employeeId === wanted);
}

export function createPerson(data: RosterData, input: NewPerson): RosterData {
  if (findPerson(data, input.employeeId)) {
    throw new StoreError(`Employee ID ${input.employeeId} is already in the roster.`);
  }
  const person: Person = withoutUndefined({ ...input, credentials: [], experience: [], education: [] });
  return { ...data, people: [...data.people, person] };
}

/** A key present with the value undefined clears that field; absent keys are left alone. */
export function updatePerson(data: RosterData, employeeId: string, patch: PersonPatch): RosterData {
  return changePerson(data, employeeId, (person) => withoutUndefined({ ...person, ...patch }));
}

export function deletePerson(data: RosterData, employeeId: string): RosterData {
  const person = requirePerson(data, employeeId);
  return { ...data, people: data.people.filter((p) => p !== person) };
}

export function saveCredential(data: RosterData, employeeId: string, input: CredentialInput, newId: () => string): RosterData {
  if (input.earnedOn && input.expiresOn && input.expiresOn < input.earnedOn) {
    throw new StoreError(`The expiry date ${input.expiresOn} is before the earned date ${input.earnedOn}.`);
  }
  return changePerson(data, employeeId, (person) => ({
    ...person,
    credentials: saveRecord<Credential>(person.credentials, input, newId, `credential`, person.employeeId),
  }));
}

export function deleteCredential(data: RosterData, employeeId: string, id: string): RosterData {
  return changePerson(data, employeeId, (person) => ({
    ...person,
    credentials: deleteRecord(person.credentials, id, 'credential', person.employeeId),
  }));
}

export function saveExperience(data: RosterData, employeeId: string, input: ExperienceInput, newId: () => string): RosterData {
  if (input.end !== undefined && input.end < input.start) {
    throw new StoreError(`The end date ${input.end} is before the start date ${input.start}.`);
  }
  return changePerson(data, employeeId, (person) => ({
    ...person,
    experience: saveRecord<ExperiencePeriod>(person.experience, input, newId, 'experience period', person.employeeId),
  }));
}

export function deleteExperience(data: RosterData, employeeId: string, id: string): RosterData {
  return changePerson(data, employeeId, (person) => ({
    ...person,
    experience: deleteRecord(person.experience, id, 'experience period', person.employeeId),
  }));
}

export function saveEducation(data: RosterData, employeeId: string, input: EducationInput, newId: () => string): RosterData {
  const components = [...new Set(input.components)];
  return changePerson(data, employeeId, (person) => ({
    ...person,
    education: saveRecord<Education>(person.education, { ...input, components }, newId, 'education record', person.employeeId),
  }));
}

export function deleteEducation(data: RosterData, employeeId: string, id: string): RosterData {
  return changePerson(data, employeeId, (person) => ({
    ...person,
    education: deleteRecord(person.education, id, 'education record', person.employeeId),
  }));
}

/** Adds a user-defined credential, or replaces the user's own definition with the same code. */
export function addCustomCredential(data: RosterData, def: CredentialDefinition): RosterData {
  const code = def.code.trim().toUpperCase();
  const builtIn = BUILT_IN_CATALOG.find((c) => c.code === code);
  if (builtIn) throw new StoreError(`${code} (${builtIn.name}) is already in the built-in credential catalog.`);
  const entry: CredentialDefinition = withoutUndefined({ ...def, code, userDefined: true });
  const others = data.customCredentials.filter((c) => c.code !== code);
  return { ...data, customCredentials: [...others, entry] };
}

export function updateSettings(data: RosterData, patch: SettingsPatch): RosterData {
  const defined = withoutUndefined(patch);
  const difAccepted = defined.difAccepted ? [...new Set(defined.difAccepted)] : data.settings.difAccepted;
  return { ...data, settings: { ...data.settings, ...defined, difAccepted } };
}

function requirePerson(data: RosterData, employeeId: string): Person {
  const person = findPerson(data, employeeId);
  if (!person) throw new StoreError(`No person with employee ID ${employeeId.trim()}.`);
  return person;
}

function changePerson(data: RosterData, employeeId: string, change: (person: Person) => Person): RosterData {
  const person = requirePerson(data, employeeId);
  const changed = change(person);
  return { ...data, people: data.people.map((p) => (p === person ? changed : p)) };
}

/** `id` present: replace that record (it must exist); absent: add a new record with a fresh id. */
function saveRecord<T extends { readonly id: string }>(
  records: readonly T[],
  input: Omit<T, 'id'> & { readonly id?: string | undefined },
  newId: () => string,
  what: string,
  employeeId: string,
): readonly T[] {
  if (input.id === undefined) {
    const id = newId();
    if (records.some((r) => r.id === id)) throw new Error(`Record id ${id} is already in use`);
    return [...records, withoutUndefined({ ...input, id }) as unknown as T];
  }
  const index = records.findIndex((r) => r.id === input.id);
  if (index < 0) throw new StoreError(`Employee ID ${employeeId} has no ${what} with id ${input.id}.`);
  return records.map((r, i) => (i === index ? (withoutUndefined({ ...input, id: r.id }) as unknown as T) : r));
}

function deleteRecord<T extends { readonly id: string }>(records: readonly T[], id: string, what: string, employeeId: string): readonly T[] {
  if (!records.some((r) => r.id === id)) throw new StoreError(`Employee ID ${employeeId} has no ${what} with id ${id}.`);
  return records.filter((r) => r.id !== id);
}

/** Drops keys whose value is undefined, so stored records hold only what is known. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
