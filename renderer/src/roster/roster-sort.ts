import type { PersonSummary } from '../../../shared/view-models';

/**
 * Sorting the roster by the table's columns, with the table's order: text compared lower-cased by
 * code unit, numbers as numbers, descending flips the comparison, and ties keep roster order.
 * Each column's values are ranked once per roster, in idle time, so a click on a header is a
 * counting sort by rank with no comparisons (docs/performance.md, Window, says what that buys).
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

/** Each person's place among a column's distinct values, ascending (equal values share a rank). */
interface Ranks {
  readonly ranks: Uint32Array;
  readonly distinct: number;
}

// Per roster answer, the ranks of each column sorted on so far and the orders already worked out
// (going back to an earlier sort is then free); dropped with the roster.
const rankCache = new WeakMap<readonly PersonSummary[], Map<string, Ranks>>();
const orderCache = new WeakMap<readonly PersonSummary[], Map<string, readonly number[]>>();

/** The roster's own cache in `caches`, made on first use. */
function cacheOf<V>(caches: WeakMap<readonly PersonSummary[], Map<string, V>>, people: readonly PersonSummary[]): Map<string, V> {
  let cache = caches.get(people);
  if (!cache) caches.set(people, (cache = new Map()));
  return cache;
}

function textOf(value: string | number): string {
  if (typeof value === 'string') return value;
  return Number.isFinite(value) ? String(value) : '';
}

function ascending(a: string | number, b: string | number): number {
  if (a === b) return 0;
  return a > b ? 1 : -1;
}

/** People handled between pauses when a column is ranked in the background, and the idle time a slice needs. */
const SLICE = 4096;
const SLICE_MS = 5;
/** Idle time to start sorting a column's distinct values: a roster's different IDs take tens of milliseconds. */
const LONG_STEP_MS = 40;

/** Where ranking a column paused: after a slice of people, or before sorting its distinct values (the one long step). */
type RankingPause = 'slice' | 'sort';

/**
 * Ranks rather than the values themselves: a column has far fewer distinct values than people,
 * so only those are compared, and the roster is then sorted by rank without comparisons. Written
 * as steps so idle time can do it a slice at a time (rankColumnsWhenIdle); ranksFor runs it whole.
 */
function* rankingSteps(people: readonly PersonSummary[], id: string, key: SortKey): Generator<RankingPause, Ranks> {
  const byColumn = cacheOf(rankCache, people);
  const cached = byColumn.get(id);
  if (cached) return cached;
  const keys = new Array<string | number>(people.length);
  const rankOf = new Map<string | number, number>();
  for (let i = 0; i < people.length; i += 1) {
    const value = key.value(people[i] as PersonSummary);
    const k = key.text ? textOf(value).toLowerCase() : value;
    keys[i] = k;
    rankOf.set(k, 0);
    if ((i + 1) % SLICE === 0) yield 'slice';
  }
  yield 'sort';
  // Text by code unit is what the default sort does, without a comparison function to call.
  const distinct = key.text ? [...rankOf.keys()].sort() : [...rankOf.keys()].sort(ascending);
  for (let r = 0; r < distinct.length; r += 1) rankOf.set(distinct[r] as string | number, r);
  const ranks = new Uint32Array(people.length);
  for (let i = 0; i < people.length; i += 1) ranks[i] = rankOf.get(keys[i] as string | number) as number;
  const result = { ranks, distinct: distinct.length };
  byColumn.set(id, result);
  return result;
}

function ranksFor(people: readonly PersonSummary[], id: string, key: SortKey): Ranks {
  const steps = rankingSteps(people, id, key);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

interface ResolvedEntry extends Ranks {
  readonly desc: boolean;
}

/**
 * A counting sort per entry, last entry first: each pass is stable, so earlier entries decide and
 * ties keep roster order. Linear in the roster size, with no comparisons at all.
 */
function orderByRanks(size: number, entries: readonly ResolvedEntry[]): number[] {
  let order = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) order[i] = i;
  let next = new Uint32Array(size);
  const buckets = new Uint32Array(size);
  for (let e = entries.length - 1; e >= 0; e -= 1) {
    const { ranks, distinct, desc } = entries[e] as ResolvedEntry;
    // Descending is ascending by the rank counted from the other end.
    if (desc) for (let i = 0; i < size; i += 1) buckets[i] = distinct - 1 - (ranks[i] as number);
    else buckets.set(ranks);
    // starts[b] is where bucket b's next member goes.
    const starts = new Uint32Array(distinct + 1);
    for (let i = 0; i < size; i += 1) {
      const after = (buckets[i] as number) + 1;
      starts[after] = (starts[after] as number) + 1;
    }
    for (let b = 1; b <= distinct; b += 1) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
    for (let j = 0; j < size; j += 1) {
      const position = order[j] as number;
      const bucket = buckets[position] as number;
      const at = starts[bucket] as number;
      next[at] = position;
      starts[bucket] = at + 1;
    }
    [order, next] = [next, order];
  }
  const result = new Array<number>(size);
  for (let i = 0; i < size; i += 1) result[i] = order[i] as number;
  return result;
}

/** Positions in `people`, in the order the sorting state asks for; unknown columns are ignored. */
export function sortOrder(people: readonly PersonSummary[], sorting: readonly SortEntry[]): readonly number[] {
  const known = sorting.filter((entry) => ROSTER_SORT_KEYS[entry.id] !== undefined);
  const signature = known.map((entry) => `${entry.id}:${entry.desc ? 'desc' : 'asc'}`).join(',');
  const byOrder = cacheOf(orderCache, people);
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

/**
 * Ranks every sortable column of `people` while the window is idle, so the first click on a
 * header only sorts. Work goes a slice of people at a time, and a column's one long step (sorting
 * its distinct values) waits for a long idle period, so scrolling meanwhile stays smooth.
 * Returns a function that stops what is not done yet.
 */
export function rankColumnsWhenIdle(people: readonly PersonSummary[]): () => void {
  const pending = Object.entries(ROSTER_SORT_KEYS);
  let current: Generator<RankingPause, Ranks> | null = null;
  let pausedAt: RankingPause = 'slice';
  let handle: number | null = null;
  const work = (deadline: IdleDeadline) => {
    handle = null;
    for (;;) {
      if (current === null) {
        const column = pending.shift();
        if (!column) return;
        current = rankingSteps(people, column[0], column[1]);
        pausedAt = 'slice';
      }
      const needed = pausedAt === 'sort' ? LONG_STEP_MS : SLICE_MS;
      if (deadline.timeRemaining() < needed) break;
      const step = current.next();
      if (step.done) current = null;
      else pausedAt = step.value;
    }
    handle = requestIdleCallback(work);
  };
  handle = requestIdleCallback(work);
  return () => {
    if (handle !== null) cancelIdleCallback(handle);
  };
}
