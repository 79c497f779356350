/** Reads a row's person fields, and finds the cell a person field came from. */
import { personFieldsSchema } from '../../shared/schemas';
import type { ImportField } from '../../shared/types';
import { cellText } from './columns';
import { parseFte, parseText, splitFullName } from './parse-values';
import type { Parsed } from './parse-dates';
import type { RawCell } from './read-table';
import { allFieldsStored, isStoredPersonField } from '../store/canonical-person';
import { SLOT, pick, type GroupLayout } from './row-layout';
import { reportIssues, type RowBeingRead } from './row-being-read';
import type { CellSource, PersonKey, PersonPatch, RowRecord } from './row-records';

/*
 * Most values arrive already as the store keeps them (canonical-person.ts); the schemas here and in
 * record-readers.ts run only for the others, which is where their error messages come from
 * (docs/performance.md, Import).
 */

const PERSON_PATCH_SCHEMA = personFieldsSchema.partial();

const PERSON_FIELD_KEYS: Readonly<Partial<Record<ImportField, PersonKey>>> = {
  first_name: 'firstName', last_name: 'lastName', unit: 'unit', job_title: 'jobTitle',
  employment_status: 'employmentStatus', hire_date: 'hireDate', fte: 'fte', email: 'email', is_rn: 'isRn', hs_diploma: 'hsDiploma',
};
const PERSON_FIELD_ENTRIES = Object.entries(PERSON_FIELD_KEYS) as readonly (readonly [ImportField, PersonKey])[];

/** A row's person fields, and whether reading them found a problem. */
export interface PersonReading {
  readonly person: PersonPatch;
  readonly clean: boolean;
}

/** True when every person column holds the same value in both rows. */
export function samePersonCells(a: readonly RawCell[], b: readonly RawCell[], base: GroupLayout): boolean {
  for (const slot of PERSON_SLOTS) {
    const columns = base.bySlot[slot];
    if (columns === undefined) continue;
    for (const column of columns) {
      const x = a[column.index] ?? null;
      const y = b[column.index] ?? null;
      if (x !== y && !(x instanceof Date && y instanceof Date && x.getTime() === y.getTime())) return false;
    }
  }
  return true;
}

const PERSON_SLOTS: readonly number[] = ['full_name', ...Object.keys(PERSON_FIELD_KEYS)].map((f) => SLOT[f as ImportField]);

/** The column a person field's value came from in this record, for messages; undefined when it has none. */
export function personSource(record: RowRecord, key: PersonKey): CellSource | undefined {
  return sourceOfPersonField(record.cells, record.layout.base, record.person, key);
}

/** The person field's person key → import field, for finding where a value came from. */
const PERSON_KEY_FIELDS = new Map<PersonKey, ImportField>(PERSON_FIELD_ENTRIES.map(([field, key]) => [key, field]));

function sourceOfPersonField(cells: readonly RawCell[], base: GroupLayout, person: PersonPatch, key: PersonKey): CellSource | undefined {
  if (person[key] === undefined) return undefined;
  const field = PERSON_KEY_FIELDS.get(key);
  const own = field === undefined ? undefined : pick(cells, base, field);
  // A first or last name without its own column came from the full name.
  const column = own ?? (key === 'firstName' || key === 'lastName' ? pick(cells, base, 'full_name') : undefined);
  return column ? { column: column.header, value: cellText(cells[column.index] ?? null) } : undefined;
}

export function readPerson(current: RowBeingRead, base: GroupLayout): PersonReading {
  const person: PersonPatch = {};
  const problemsBefore = current.problems.length;
  const full = pick(current.cells, base, 'full_name');
  if (full && current.plainText(full, parseText(current.raw(full)), 'a name')) {
    const name = current.parse(full, parseFullName);
    if (name) {
      person.firstName = name.firstName;
      person.lastName = name.lastName;
    }
  }
  for (const [field, key] of PERSON_FIELD_ENTRIES) {
    const cell = pick(current.cells, base, field);
    if (!cell) continue;
    switch (key) {
      case 'firstName': case 'lastName': {
        const name = parseText(current.raw(cell));
        if (current.plainText(cell, name, 'a name')) person[key] = name;
        break;
      }
      case 'unit': case 'jobTitle': case 'email':
        person[key] = parseText(current.raw(cell));
        break;
      case 'employmentStatus': setDefined(person, key, current.parse(cell, current.values.status)); break;
      case 'hireDate': setDefined(person, key, current.date(cell)); break;
      case 'fte': setDefined(person, key, current.parse(cell, parseFte)); break;
      case 'isRn': case 'hsDiploma': setDefined(person, key, current.parse(cell, current.values.yesNo)); break;
    }
  }
  if (!allFieldsStored(person, isStoredPersonField)) {
    const checked = PERSON_PATCH_SCHEMA.safeParse(person);
    if (!checked.success) {
      reportIssues(current, checked.error.issues, (k) => sourceOfPersonField(current.cells, base, person, k as PersonKey));
    }
  }
  return { person, clean: current.problems.length === problemsBefore };
}

function setDefined<K extends PersonKey>(person: PersonPatch, key: K, value: PersonPatch[K] | undefined): void {
  if (value !== undefined) person[key] = value;
}

const parseFullName = (raw: RawCell): Parsed<{ firstName: string; lastName: string }> => splitFullName(parseText(raw));
