/**
 * Changes to the roster as pure functions (RosterData in, RosterData out). Inputs have already
 * been through the shared/ipc.ts schemas; these add the rules that need the whole roster
 * (unique employee IDs, records that must exist) and say what is wrong in plain words.
 */
import type { z } from 'zod';
import type { Acknowledgement, CeuEntry, Credential, CredentialDefinition, Education, ExamApplication, ExperiencePeriod, Person, RosterData } from '../../shared/types';
import { resolveExamFacts } from '../../shared/recert/exam-facts';
import type {
  credentialSaveSchema,
  educationInputSchema,
  experienceInputSchema,
  newPersonSchema,
  personPatchSchema,
  settingsPatchSchema,
} from '../../shared/schemas';
import { BUILT_IN_CATALOG } from '../../shared/catalog';
import { StoreError } from './errors';
import { withoutUndefined } from '../../shared/without-undefined';

type NewPerson = z.output<typeof newPersonSchema>;
type PersonPatch = z.output<typeof personPatchSchema>;
type CredentialInput = z.output<typeof credentialSaveSchema>;
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

/** Absent keys are left alone; a key sent as `null` (or undefined) clears that field. */
export function updatePerson(data: RosterData, employeeId: string, patch: PersonPatch): RosterData {
  const changes = Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value ?? undefined]));
  return changePerson(data, employeeId, (person) => withoutUndefined({ ...person, ...changes }));
}

export function deletePerson(data: RosterData, employeeId: string): RosterData {
  const person = requirePerson(data, employeeId);
  return { ...data, people: data.people.filter((p) => p !== person) };
}

export function saveCredential(data: RosterData, employeeId: string, input: CredentialInput, newId: () => string): RosterData {
  if (input.earnedOn && input.expiresOn && input.expiresOn < input.earnedOn) {
    throw new StoreError(`The expiry date ${input.expiresOn} is before the earned date ${input.earnedOn}.`);
  }
  const { cycleStart, cycleEnd, ...fields } = input;
  return changePerson(data, employeeId, (person) => {
    // The form edits the credential itself; what it does not send (CEU entries, cycle dates left
    // out) stays as stored, so saving a credential never loses its CEU record.
    const stored = input.id === undefined ? undefined : person.credentials.find((c) => c.id === input.id);
    const record = {
      ...fields,
      cycleStart: cycleStart === null ? undefined : (cycleStart ?? stored?.cycleStart),
      cycleEnd: cycleEnd === null ? undefined : (cycleEnd ?? stored?.cycleEnd),
      ceuEntries: stored?.ceuEntries,
    };
    return { ...person, credentials: saveRecord<Credential>(person.credentials, record, newId, 'credential', person.employeeId) };
  });
}

export function addCeuEntry(data: RosterData, employeeId: string, credentialId: string, entry: CeuEntry): RosterData {
  return changeCredential(data, employeeId, credentialId, (credential) => ({
    ...credential,
    ceuEntries: [...(credential.ceuEntries ?? []), withoutUndefined(entry)],
  }));
}

/** Removes the first entry equal to `entry`; entries have no id, so they are matched by what they say. */
export function deleteCeuEntry(data: RosterData, employeeId: string, credentialId: string, entry: CeuEntry): RosterData {
  return replaceCeuEntry(data, employeeId, credentialId, entry, null);
}

/** Puts `next` in the place of the first entry equal to `entry`. */
export function updateCeuEntry(data: RosterData, employeeId: string, credentialId: string, entry: CeuEntry, next: CeuEntry): RosterData {
  return replaceCeuEntry(data, employeeId, credentialId, entry, withoutUndefined(next));
}

function replaceCeuEntry(data: RosterData, employeeId: string, credentialId: string, entry: CeuEntry, next: CeuEntry | null): RosterData {
  return changeCredential(data, employeeId, credentialId, (credential) => {
    const entries = credential.ceuEntries ?? [];
    const index = entries.findIndex((e) => sameCeuEntry(e, entry));
    if (index < 0) {
      throw new StoreError(
        `Employee ID ${employeeId.trim()}, credential ${credential.code}, has no CEU entry "${entry.title}" on ${entry.date} for ${entry.hours} hours.`,
      );
    }
    const rest = next === null ? entries.filter((_, i) => i !== index) : entries.map((e, i) => (i === index ? next : e));
    return withoutUndefined({ ...credential, ceuEntries: rest.length > 0 ? rest : undefined });
  });
}

function sameCeuEntry(a: CeuEntry, b: CeuEntry): boolean {
  return a.date === b.date && a.title.trim() === b.title.trim() && a.hours === b.hours && (a.provider ?? '').trim() === (b.provider ?? '').trim();
}

/** Adds the application, or replaces the one with its id. */
export function saveExamApplication(data: RosterData, employeeId: string, application: ExamApplication): RosterData {
  return changePerson(data, employeeId, (person) => {
    const apps = person.examApplications ?? [];
    const replaced = apps.some((a) => a.id === application.id);
    const clean = withoutUndefined(application);
    return { ...person, examApplications: replaced ? apps.map((a) => (a.id === application.id ? clean : a)) : [...apps, clean] };
  });
}

/** The application with its result, and on a pass the credential earned, in one change. */
export function recordExamOutcome(
  data: RosterData,
  employeeId: string,
  application: ExamApplication,
  earned: Credential | null,
): RosterData {
  const next = saveExamApplication(data, employeeId, application);
  if (earned === null) return next;
  return changePerson(next, employeeId, (person) => {
    if (person.credentials.some((c) => c.id === earned.id)) {
      throw new StoreError(`Employee ID ${person.employeeId} already has the credential recorded for application ${application.id}.`);
    }
    return { ...person, credentials: [...person.credentials, withoutUndefined(earned)] };
  });
}

export function deleteExamApplication(data: RosterData, employeeId: string, applicationId: string): RosterData {
  return changePerson(data, employeeId, (person) => {
    const apps = person.examApplications ?? [];
    if (!apps.some((a) => a.id === applicationId)) {
      throw new StoreError(`Employee ID ${person.employeeId} has no exam application with id ${applicationId}.`);
    }
    const rest = apps.filter((a) => a.id !== applicationId);
    return withoutUndefined({ ...person, examApplications: rest.length > 0 ? rest : undefined });
  });
}

/** The most acknowledgements kept; the oldest go first (their items are long past). */
export const MAX_ACKNOWLEDGEMENTS = 5000;

/** Records an acknowledgement; acknowledging the same item again replaces the earlier one. */
export function acknowledgeReminder(data: RosterData, ack: Acknowledgement): RosterData {
  const others = (data.acknowledgements ?? []).filter((a) => a.itemKey !== ack.itemKey);
  return { ...data, acknowledgements: [...others, withoutUndefined(ack)].slice(-MAX_ACKNOWLEDGEMENTS) };
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
  if (defined.examFacts !== undefined) {
    try {
      resolveExamFacts(defined.examFacts);
    } catch (error) {
      throw new StoreError(error instanceof Error ? error.message : String(error));
    }
  }
  // An empty object goes back to the defaults: nothing is kept for it.
  const settings = withoutUndefined({
    ...data.settings,
    ...defined,
    difAccepted,
    reminders: emptyToUndefined(defined.reminders ?? data.settings.reminders),
    examFacts: emptyToUndefined(defined.examFacts ?? data.settings.examFacts),
  });
  return { ...data, settings };
}

function emptyToUndefined<T extends object>(value: T | undefined): T | undefined {
  return value === undefined || Object.values(value).every((v) => v === undefined) ? undefined : withoutUndefined(value);
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

function changeCredential(
  data: RosterData,
  employeeId: string,
  credentialId: string,
  change: (credential: Credential) => Credential,
): RosterData {
  return changePerson(data, employeeId, (person) => {
    if (!person.credentials.some((c) => c.id === credentialId)) {
      throw new StoreError(`Employee ID ${person.employeeId} has no credential with id ${credentialId}.`);
    }
    return { ...person, credentials: person.credentials.map((c) => (c.id === credentialId ? change(c) : c)) };
  });
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

