import type { PersonSummary } from '../../../shared/ipc';

/**
 * Sorting the roster by the table's columns, with the table's order: text compared lower-cased by
 * code unit, numbers as numbers, descending flips the comparison, and ties keep roster order.
 * Each column's sort keys are worked out once per roster, so a sort compares ready keys
 * (docs/performance.md).
 */

/** How one column sorts: its value per person and whether it compares as text. */
export interface SortKey {
  readonly text: boolean;
  readonly value: (person: PersonSummary) => string | number;
}

/** One entry of the table's sorting state. */
export interface SortEntry {
  readonly id: string;
  readonly desc: boolean;
}

const STATUS_RANK = { certified: '0', eligible: '1', 'diploma-not-recorded': '2', 'not-yet': '3' } as const;

/** The credentials column's value: the codes, space-separated. */
export const credentialCodes = (p: PersonSummary): string => p.credentials.map((c) => c.code).join(' ');

/** The CCS column's value: certified first, then eligible, then by the date they will qualify. */
export const ccsOrder = (p: PersonSummary): string => `${STATUS_RANK[p.ccsStatus]}${p.eligibleOn ?? '9999-99-99'}`;

const text = (value: (p: PersonSummary) => string): SortKey => ({ text: true, value });

/** Every sortable column by id (the ids the table's columns use). */
export const ROSTER_SORT_KEYS: Readonly<Record<string, SortKey>> = {
  name: text((p) => p.name),
  employeeId: text((p) => p.employeeId),
  unit: text((p) => p.unit),
  jobTitle: text((p) => p.jobTitle),
  employmentStatus: text((p) => p.employmentStatus),
  credentials: text(credentialCodes),
  ccs: text(ccsOrder),
  experienceYears: { text: false, value: (p) => p.experienceYears },
};

type Key = string | number;

// Per roster answer, the keys of each column sorted on so far; dropped with the roster.
const keyCache = new WeakMap<readonly PersonSummary[], Map<string, readonly Key[]>>();

function textOf(value: string | number): string {
  if (typeof value === 'string') return value;
  return Number.isFinite(value) ? String(value) : '';
}

/** Every person's sort key for a column: text lower-cased, numbers as they are. */
function keysFor(people: readonly PersonSummary[], id: string, key: SortKey): readonly Key[] {
  let byColumn = keyCache.get(people);
  if (!byColumn) keyCache.set(people, (byColumn = new Map()));
  let keys = byColumn.get(id);
  if (!keys) {
    keys = people.map((person) => (key.text ? textOf(key.value(person)).toLowerCase() : key.value(person)));
    byColumn.set(id, keys);
  }
  return keys;
}

/** Positions in `people`, in the order the sorting state asks for; unknown columns are ignored. */
export function sortOrder(people: readonly PersonSummary[], sorting: readonly SortEntry[]): readonly number[] {
  const columns = sorting.flatMap((entry) => {
    const key = ROSTER_SORT_KEYS[entry.id];
    return key ? [{ keys: keysFor(people, entry.id, key), after: entry.desc ? -1 : 1 }] : [];
  });
  const order = Array.from(people, (_, i) => i);
  if (columns.length === 0) return order;
  return order.sort((a, b) => {
    for (const { keys, after } of columns) {
      const x = keys[a] as Key;
      const y = keys[b] as Key;
      if (x !== y) return x > y ? after : -after;
    }
    return a - b;
  });
}

/** `items` rearranged into `order` (positions into `items`). */
export function inOrder<T>(items: readonly T[], order: readonly number[]): T[] {
  const out = new Array<T>(order.length);
  for (let i = 0; i < order.length; i += 1) out[i] = items[order[i] as number] as T;
  return out;
}
