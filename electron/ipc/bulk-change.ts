/**
 * One change applied to many people in one pass over the roster, so the whole selection is one
 * write (and one step for anyone reading the backups), never a save per person.
 */
import type { BulkChange } from '../../shared/schemas';
import type { Acknowledgement, Person, RosterData } from '../../shared/types';
import { assertNever } from '../../shared/assert-never';
import { MAX_ACKNOWLEDGEMENTS } from '../store/operations';
import { UserError } from '../../shared/user-error';
import { rosterDigest } from './roster-reminders';

export interface BulkOutcome {
  readonly next: RosterData;
  readonly changed: number;
  readonly acknowledged: number;
}

/** Sets (or clears, when undefined) one optional field; the same object back when nothing changes. */
function withField<K extends 'unit' | 'fte' | 'hsDiploma'>(person: Person, key: K, value: Person[K] | undefined): Person {
  if (person[key] === value) return person;
  const copy: Record<string, unknown> = { ...person };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as unknown as Person;
}

function personChange(change: Exclude<BulkChange, { kind: 'acknowledge' }>): (person: Person) => Person {
  switch (change.kind) {
    case 'unit':
      return (p) => withField(p, 'unit', change.unit ?? undefined);
    case 'fte':
      return (p) => withField(p, 'fte', change.fte ?? undefined);
    case 'diploma':
      return (p) => withField(p, 'hsDiploma', change.hsDiploma);
    default:
      return assertNever(change);
  }
}

/**
 * Applies `change` to the people named. Every ID must be on the roster: a selection made before
 * someone was removed refuses the whole change, so nothing is half done.
 */
export function applyBulkChange(data: RosterData, employeeIds: readonly string[], change: BulkChange, at: string): BulkOutcome {
  const wanted = new Set(employeeIds);
  const found = new Set<string>();
  for (const person of data.people) if (wanted.has(person.employeeId)) found.add(person.employeeId);
  const missing = employeeIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(', ');
    throw new UserError(
      `${missing.length === 1 ? 'Employee ID' : 'Employee IDs'} ${shown}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} ${missing.length === 1 ? 'is' : 'are'} not in the roster any more; nothing was changed. Reload the roster and select again.`,
    );
  }
  if (change.kind === 'acknowledge') return acknowledgeAll(data, wanted, change.asOf, change.note, at);
  const apply = personChange(change);
  let changed = 0;
  const people = data.people.map((person) => {
    if (!wanted.has(person.employeeId)) return person;
    const next = apply(person);
    if (next !== person) changed += 1;
    return next;
  });
  return { next: changed === 0 ? data : { ...data, people }, changed, acknowledged: 0 };
}

/** Every open reminder of the people named, acknowledged with one time stamp and note. */
function acknowledgeAll(data: RosterData, wanted: ReadonlySet<string>, asOf: string, note: string | undefined, at: string): BulkOutcome {
  const items = rosterDigest(data, asOf).items.filter((item) => wanted.has(item.employeeId));
  if (items.length === 0) return { next: data, changed: 0, acknowledged: 0 };
  const keys = new Set(items.map((i) => i.key));
  const acks: Acknowledgement[] = items.map((i) => ({ itemKey: i.key, at, ...(note ? { note } : {}) }));
  const kept = (data.acknowledgements ?? []).filter((a) => !keys.has(a.itemKey));
  const people = new Set(items.map((i) => i.employeeId)).size;
  return {
    next: { ...data, acknowledgements: [...kept, ...acks].slice(-MAX_ACKNOWLEDGEMENTS) },
    changed: people,
    acknowledged: items.length,
  };
}
