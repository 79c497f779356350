/**
 * Takes one logged change back, from the log's own before-values: a person or record added is
 * removed, one removed comes back, a field goes back to what it was. Pure. Changes made to the same
 * people since are left alone except where they touch the same fields.
 */
import type { ChangeLogEntry } from '../../shared/change-log';
import type { Person, RosterData } from '../../shared/types';

type Fields = Record<string, unknown>;

const LISTS: Readonly<Record<string, keyof Person>> = {
  credential: 'credentials',
  experience: 'experience',
  education: 'education',
  'exam-application': 'examApplications',
};

const parse = (json: string | null): unknown => (json === null ? undefined : JSON.parse(json));

function setField(record: Fields, field: string, value: unknown): Fields {
  const next = { ...record };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next;
}

function revertInList(list: readonly Fields[], entry: ChangeLogEntry): Fields[] {
  const id = entry.recordId;
  switch (entry.kind) {
    case 'added':
      return list.filter((r) => r.id !== id);
    case 'removed':
      return list.some((r) => r.id === id) ? [...list] : [...list, parse(entry.before) as Fields];
    case 'changed':
      return list.map((r) => (r.id === id && entry.field ? setField(r, entry.field, parse(entry.before)) : r));
  }
}

function revertPerson(person: Person | undefined, entry: ChangeLogEntry): Person | undefined {
  if (entry.record === 'person') {
    if (entry.kind === 'added' && entry.field === null) return undefined;
    if (entry.kind === 'removed' && entry.field === null) return person ?? (parse(entry.before) as Person);
    if (!person || entry.field === null) return person;
    return setField(person as unknown as Fields, entry.field, parse(entry.before)) as unknown as Person;
  }
  const prop = LISTS[entry.record];
  if (!prop || !person) return person;
  const list = revertInList((person[prop] ?? []) as unknown as Fields[], entry);
  if (prop === 'examApplications' && list.length === 0) {
    const { examApplications: _dropped, ...rest } = person;
    return rest as Person;
  }
  return { ...person, [prop]: list } as Person;
}

/** The roster with the person-level entries of one change taken back, newest entry first. */
export function revertPeopleChanges(data: RosterData, entries: readonly ChangeLogEntry[]): RosterData {
  const people = new Map<string, Person | undefined>(data.people.map((p) => [p.employeeId, p]));
  const order = data.people.map((p) => p.employeeId);
  for (const entry of [...entries].reverse()) {
    if (entry.employeeId === null) continue;
    if (!people.has(entry.employeeId)) order.push(entry.employeeId);
    people.set(entry.employeeId, revertPerson(people.get(entry.employeeId), entry));
  }
  const result: Person[] = [];
  for (const id of order) {
    const person = people.get(id);
    if (person) result.push(person);
  }
  return { ...data, people: result };
}
