import type { PersonSummary } from '../../../shared/ipc';

/**
 * Sorting the roster by the table's columns, with the table's order: text compared lower-cased by
 * code unit, numbers as numbers, descending flips the comparison, and ties keep roster order.
 * Keys are computed once per column and roster, so a sort of 50,000 people compares ready values
 * instead of lower-casing two strings per comparison.
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

const STATUS_RANK = { certified: '0', eligible: '1', 'not-yet': '2' } as const;

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

type Keys = readonly (string | number)[];

// Per roster answer, the keys of each column sorted on so far and the orders already worked out
// (going back to an earlier sort is then free); dropped with the roster.
const keyCache = new WeakMap<readonly PersonSummary[], Map<string, Keys>>();
const orderCache = new WeakMap<readonly PersonSummary[], Map<string, readonly number[]>>();

function textOf(value: string | number): string {
  if (typeof value === 'string') return value;
  return Number.isFinite(value) ? String(value) : '';
}

function keysFor(people: readonly PersonSummary[], id: string, key: SortKey): Keys {
  let byColumn = keyCache.get(people);
  if (!byColumn) {
    byColumn = new Map();
    keyCache.set(people, byColumn);
  }
  const cached = byColumn.get(id);
  if (cached) return cached;
  const keys = new Array<string | number>(people.length);
  for (let i = 0; i < people.length; i += 1) {
    const value = key.value(people[i] as PersonSummary);
    keys[i] = key.text ? textOf(value).toLowerCase() : value;
  }
  byColumn.set(id, keys);
  return keys;
}

interface ResolvedEntry {
  readonly keys: Keys;
  readonly sign: 1 | -1;
}

function compareOn(entries: readonly ResolvedEntry[], a: number, b: number): number {
  for (const { keys, sign } of entries) {
    const ka = keys[a] as string | number;
    const kb = keys[b] as string | number;
    if (ka !== kb) return ka > kb ? sign : -sign;
  }
  return a - b;
}

/** Positions in `people`, in the order the sorting state asks for; unknown columns are ignored. */
export function sortOrder(people: readonly PersonSummary[], sorting: readonly SortEntry[]): readonly number[] {
  const known = sorting.filter((entry) => ROSTER_SORT_KEYS[entry.id] !== undefined);
  const signature = known.map((entry) => `${entry.id}:${entry.desc ? 'desc' : 'asc'}`).join(',');
  let byOrder = orderCache.get(people);
  if (!byOrder) {
    byOrder = new Map();
    orderCache.set(people, byOrder);
  }
  const cached = byOrder.get(signature);
  if (cached) return cached;
  const entries: ResolvedEntry[] = known.map((entry) => ({
    keys: keysFor(people, entry.id, ROSTER_SORT_KEYS[entry.id] as SortKey),
    sign: entry.desc ? -1 : 1,
  }));
  const order = Array.from({ length: people.length }, (_, i) => i);
  if (entries.length > 0) order.sort((a, b) => compareOn(entries, a, b));
  byOrder.set(signature, order);
  return order;
}

/** `items` rearranged into `order` (positions into `items`). */
export function inOrder<T>(items: readonly T[], order: readonly number[]): T[] {
  const out = new Array<T>(order.length);
  for (let i = 0; i < order.length; i += 1) out[i] = items[order[i] as number] as T;
  return out;
}
