/**
 * What changed between two rosters, field by field: the change log's rows, and the people whose
 * stored rows must be rewritten. Pure. Records the operations left untouched keep their identity,
 * so an unchanged person costs one comparison; a person rebuilt with the same content (an import
 * that found nothing new) is compared field by field and counts as unchanged.
 */
import type { Person, RosterData } from '../../shared/types';
import type { ChangedRecord, ChangeLogEntry } from '../../shared/change-log';

/** What the change log says changed: one field of one record, or a whole record added or removed. */
export interface FieldChange extends Pick<ChangeLogEntry, 'employeeId' | 'record' | 'recordId' | 'kind' | 'field'> {
  readonly before: unknown;
  readonly after: unknown;
}

type RecordKind = ChangedRecord;

export interface RosterDiff {
  /** People added or changed, as they are in the new roster. */
  readonly savedPeople: readonly Person[];
  readonly removedPeople: readonly string[];
  readonly settings: boolean;
  readonly importMappings: boolean;
  readonly customCredentials: boolean;
  readonly acknowledgements: boolean;
  readonly imports: boolean;
  readonly changes: readonly FieldChange[];
}

type Fields = Readonly<Record<string, unknown>>;

const PERSON_LISTS: readonly { readonly prop: keyof Person; readonly record: RecordKind }[] = [
  { prop: 'credentials', record: 'credential' },
  { prop: 'experience', record: 'experience' },
  { prop: 'education', record: 'education' },
  { prop: 'examApplications', record: 'exam-application' },
];
const LIST_PROPS = new Set<string>(PERSON_LISTS.map((l) => l.prop));

/** Deep equality of plain JSON-like data (records hold nothing else). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const keysA = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Fields)[k], (b as Fields)[k]));
}

function fieldChanges(
  before: Fields,
  after: Fields,
  skip: ReadonlySet<string>,
  at: Pick<FieldChange, 'employeeId' | 'record' | 'recordId'>,
  out: FieldChange[],
): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (skip.has(key)) continue;
    const a = before[key];
    const b = after[key];
    if (sameValue(a, b)) continue;
    out.push({ ...at, kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed', field: key, before: a, after: b });
  }
}

const NOTHING = new Set<string>();

function listChanges(
  employeeId: string,
  record: RecordKind,
  before: readonly Fields[],
  after: readonly Fields[],
  out: FieldChange[],
): void {
  const old = new Map(before.map((r) => [r.id as string, r]));
  const seen = new Set<string>();
  for (const item of after) {
    const id = item.id as string;
    seen.add(id);
    const previous = old.get(id);
    if (!previous) out.push({ employeeId, record, recordId: id, kind: 'added', field: null, before: undefined, after: item });
    else if (previous !== item) fieldChanges(previous, item, NOTHING, { employeeId, record, recordId: id }, out);
  }
  for (const item of before) {
    const id = item.id as string;
    if (!seen.has(id)) out.push({ employeeId, record, recordId: id, kind: 'removed', field: null, before: item, after: undefined });
  }
}

/** The changes to one person, in the log's words; empty when nothing differs. */
export function personChanges(before: Person | undefined, after: Person | undefined): FieldChange[] {
  const out: FieldChange[] = [];
  if (before === after) return out;
  const employeeId = (after ?? before)!.employeeId;
  if (!before) {
    // One row for a new person, their records with them, not one per credential and period.
    out.push({ employeeId, record: 'person', recordId: employeeId, kind: 'added', field: null, before: undefined, after });
    return out;
  }
  if (!after) {
    out.push({ employeeId, record: 'person', recordId: employeeId, kind: 'removed', field: null, before, after: undefined });
    return out;
  }
  fieldChanges(before as unknown as Fields, after as unknown as Fields, LIST_PROPS, { employeeId, record: 'person', recordId: employeeId }, out);
  for (const list of PERSON_LISTS) {
    const a = (before[list.prop] ?? []) as unknown as Fields[];
    const b = (after[list.prop] ?? []) as unknown as Fields[];
    if (a !== b) listChanges(employeeId, list.record, a, b, out);
  }
  return out;
}

function keyedChanges<T>(
  record: RecordKind,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  out: FieldChange[],
): void {
  const old = new Map(before.map((item) => [key(item), item]));
  const seen = new Set<string>();
  for (const item of after) {
    const id = key(item);
    seen.add(id);
    const previous = old.get(id);
    if (previous === undefined) out.push({ employeeId: null, record, recordId: id, kind: 'added', field: null, before: undefined, after: item });
    else if (!sameValue(previous, item)) out.push({ employeeId: null, record, recordId: id, kind: 'changed', field: null, before: previous, after: item });
  }
  for (const item of before) {
    const id = key(item);
    if (!seen.has(id)) out.push({ employeeId: null, record, recordId: id, kind: 'removed', field: null, before: item, after: undefined });
  }
}

const MAPPINGS = new Set(['importMappings']);

/**
 * The quick path for an edit: the same people in the same places, some replaced. Compares slot by
 * slot, with no map of the whole roster; false (nothing added) when anyone moved, came or went.
 */
function diffInPlace(before: readonly Person[], after: readonly Person[], saved: Person[], changes: FieldChange[]): boolean {
  if (before.length !== after.length) return false;
  const found: [Person, FieldChange[]][] = [];
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (a.employeeId !== b.employeeId) return false;
    const personal = personChanges(a, b);
    if (personal.length > 0) found.push([b, personal]);
  }
  for (const [person, personal] of found) {
    saved.push(person);
    for (const change of personal) changes.push(change);
  }
  return true;
}

export function diffRoster(before: RosterData, after: RosterData): RosterDiff {
  const changes: FieldChange[] = [];
  const savedPeople: Person[] = [];
  const removedPeople: string[] = [];
  if (before.people !== after.people && !diffInPlace(before.people, after.people, savedPeople, changes)) {
    const old = new Map(before.people.map((p) => [p.employeeId, p]));
    const kept = new Set<string>();
    for (const person of after.people) {
      kept.add(person.employeeId);
      const previous = old.get(person.employeeId);
      if (previous === person) continue;
      const found = personChanges(previous, person);
      if (found.length === 0) continue;
      savedPeople.push(person);
      for (const change of found) changes.push(change);
    }
    for (const person of before.people) {
      if (kept.has(person.employeeId)) continue;
      removedPeople.push(person.employeeId);
      for (const change of personChanges(person, undefined)) changes.push(change);
    }
  }

  const settingsAt = changes.length;
  if (before.settings !== after.settings) {
    fieldChanges(before.settings as unknown as Fields, after.settings as unknown as Fields, MAPPINGS, { employeeId: null, record: 'setting', recordId: null }, changes);
  }
  const settings = changes.length > settingsAt;
  const mappingsAt = changes.length;
  if (before.settings.importMappings !== after.settings.importMappings) {
    keyedChanges('import-mapping', Object.entries(before.settings.importMappings), Object.entries(after.settings.importMappings), ([k]) => k, changes);
  }
  const importMappings = changes.length > mappingsAt;
  const customAt = changes.length;
  if (before.customCredentials !== after.customCredentials) keyedChanges('custom-credential', before.customCredentials, after.customCredentials, (c) => c.code, changes);
  const customCredentials = changes.length > customAt;
  const acksAt = changes.length;
  if (before.acknowledgements !== after.acknowledgements) {
    keyedChanges('acknowledgement', before.acknowledgements ?? [], after.acknowledgements ?? [], (a) => a.itemKey, changes);
  }
  const acknowledgements = changes.length > acksAt;
  const importsAt = changes.length;
  if (before.imports !== after.imports) keyedChanges('import', before.imports, after.imports, (i) => i.id, changes);
  const imports = changes.length > importsAt;

  return { savedPeople, removedPeople, settings, importMappings, customCredentials, acknowledgements, imports, changes };
}
