import type { PersonSummary } from '../../../shared/ipc';

/**
 * Sorting the roster by the table's columns, with the table's order: text compared lower-cased by
 * code unit, numbers as numbers, descending flips the comparison, and ties keep roster order.
 * Each column's values are ranked once per roster, so a sort of 50,000 people sorts numbers
 * instead of lower-casing and comparing two strings per comparison.
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

/** Each person's place among a column's distinct values, ascending (equal values share a rank). */
interface Ranks {
  readonly ranks: Uint32Array;
  readonly distinct: number;
}

// Per roster answer, the ranks of each column sorted on so far and the orders already worked out
// (going back to an earlier sort is then free); dropped with the roster.
const rankCache = new WeakMap<readonly PersonSummary[], Map<string, Ranks>>();
const orderCache = new WeakMap<readonly PersonSummary[], Map<string, readonly number[]>>();

function textOf(value: string | number): string {
  if (typeof value === 'string') return value;
  return Number.isFinite(value) ? String(value) : '';
}

function ascending(a: string | number, b: string | number): number {
  if (a === b) return 0;
  return a > b ? 1 : -1;
}

/**
 * Ranks rather than the values themselves: a column has far fewer distinct values than people,
 * so only those are compared, and the sort itself then works on plain numbers.
 */
function ranksFor(people: readonly PersonSummary[], id: string, key: SortKey): Ranks {
  let byColumn = rankCache.get(people);
  if (!byColumn) {
    byColumn = new Map();
    rankCache.set(people, byColumn);
  }
  const cached = byColumn.get(id);
  if (cached) return cached;
  const keys = new Array<string | number>(people.length);
  const rankOf = new Map<string | number, number>();
  for (let i = 0; i < people.length; i += 1) {
    const value = key.value(people[i] as PersonSummary);
    const k = key.text ? textOf(value).toLowerCase() : value;
    keys[i] = k;
    rankOf.set(k, 0);
  }
  const distinct = [...rankOf.keys()].sort(ascending);
  for (let r = 0; r < distinct.length; r += 1) rankOf.set(distinct[r] as string | number, r);
  const ranks = new Uint32Array(people.length);
  for (let i = 0; i < people.length; i += 1) ranks[i] = rankOf.get(keys[i] as string | number) as number;
  const result = { ranks, distinct: distinct.length };
  byColumn.set(id, result);
  return result;
}

interface ResolvedEntry extends Ranks {
  readonly desc: boolean;
}

/**
 * Sorts by one number per person: the entries' ranks combined (the first entry weighs most),
 * times the roster size, plus the position, so ties keep roster order. A typed array of numbers
 * sorts natively, several times faster than comparing people; when the combined number would not
 * be exact, people are compared entry by entry instead.
 */
function orderByRanks(size: number, entries: readonly ResolvedEntry[]): number[] {
  let span = size;
  for (const entry of entries) span *= Math.max(1, entry.distinct);
  const order = new Array<number>(size);
  if (span <= Number.MAX_SAFE_INTEGER) {
    const codes = new Float64Array(size);
    for (let i = 0; i < size; i += 1) {
      let code = 0;
      for (const { ranks, distinct, desc } of entries) {
        const rank = ranks[i] as number;
        code = code * Math.max(1, distinct) + (desc ? distinct - 1 - rank : rank);
      }
      codes[i] = code * size + i;
    }
    codes.sort();
    for (let i = 0; i < size; i += 1) order[i] = (codes[i] as number) % size;
    return order;
  }
  for (let i = 0; i < size; i += 1) order[i] = i;
  return order.sort((a, b) => {
    for (const { ranks, desc } of entries) {
      const d = (ranks[a] as number) - (ranks[b] as number);
      if (d !== 0) return desc ? -d : d;
    }
    return a - b;
  });
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
    ...ranksFor(people, entry.id, ROSTER_SORT_KEYS[entry.id] as SortKey),
    desc: entry.desc,
  }));
  const order = orderByRanks(people.length, entries);
  byOrder.set(signature, order);
  return order;
}

/** `items` rearranged into `order` (positions into `items`). */
export function inOrder<T>(items: readonly T[], order: readonly number[]): T[] {
  const out = new Array<T>(order.length);
  for (let i = 0; i < order.length; i += 1) out[i] = items[order[i] as number] as T;
  return out;
}
