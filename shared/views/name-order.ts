/**
 * The roster's name order: last name, then first name (with one collator: case, accents and the
 * digits' values as a person reads them), then employee id by code unit, then the order given.
 *
 * A roster opens with this sort (docs/performance.md, Views). Each distinct name is compared with the collator
 * only while ranking the distinct names; each person then gets one number (name rank, then
 * position), and a typed array sorts those numbers natively, without a comparator call per pair.
 */

/** One collator for every comparison: building one per call would dominate a large sort. */
export const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface Named {
  readonly lastName: string;
  readonly firstName: string;
  readonly employeeId: string;
}

/** Sorted copy of `people` in name order; the input is left as it is. */
export function sortByName<T extends Named>(people: readonly T[]): T[] {
  const count = people.length;
  const lastRanks = rankOf(people, true);
  const firstRanks = rankOf(people, false);
  const firstSpan = firstRanks.size;
  const nameKeys = lastRanks.size * firstSpan;
  // Each number is nameKey * count + position: exact while it stays a safe integer.
  if (nameKeys * count > Number.MAX_SAFE_INTEGER) return sortByNameKey(people, lastRanks, firstRanks);

  const order = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const person = people[i]!;
    order[i] = (lastRanks.get(person.lastName)! * firstSpan + firstRanks.get(person.firstName)!) * count + i;
  }
  order.sort();

  const sorted: T[] = new Array<T>(count);
  let runStart = 0;
  let runKey = -1;
  for (let i = 0; i < count; i++) {
    const value = order[i]!;
    const position = value % count;
    const key = (value - position) / count;
    sorted[i] = people[position]!;
    if (key !== runKey) {
      if (i - runStart > 1) sortRunById(sorted, runStart, i);
      runStart = i;
      runKey = key;
    }
  }
  if (count - runStart > 1) sortRunById(sorted, runStart, count);
  return sorted;
}

/**
 * People with the same name: by employee id, equal ids keeping their order. A run arrives in the
 * order given, so a stable insertion sort suffices for the usual few; a long run (a roster without
 * names, say) goes to the built-in stable sort.
 */
function sortRunById<T extends Named>(sorted: T[], from: number, to: number): void {
  if (to - from > 16) {
    const run = sorted.slice(from, to).sort(compareIds);
    for (let i = 0; i < run.length; i++) sorted[from + i] = run[i]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const person = sorted[i]!;
    let at = i;
    while (at > from && sorted[at - 1]!.employeeId > person.employeeId) {
      sorted[at] = sorted[at - 1]!;
      at -= 1;
    }
    sorted[at] = person;
  }
}

function compareIds(a: Named, b: Named): number {
  return a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;
}

/** The comparator sort, for rosters too large for the numbers above to stay exact. */
function sortByNameKey<T extends Named>(
  people: readonly T[],
  lastRanks: ReadonlyMap<string, number>,
  firstRanks: ReadonlyMap<string, number>,
): T[] {
  const firstSpan = firstRanks.size;
  const keyed = people.map((p) => ({ p, key: lastRanks.get(p.lastName)! * firstSpan + firstRanks.get(p.firstName)! }));
  keyed.sort((a, b) => a.key - b.key || compareIds(a.p, b.p));
  return keyed.map((k) => k.p);
}

/** Each distinct last (or first) name's position in collator order; names it holds equal share a rank. */
function rankOf(people: readonly Named[], last: boolean): Map<string, number> {
  const seen = new Set<string>();
  for (let i = 0; i < people.length; i++) seen.add(last ? people[i]!.lastName : people[i]!.firstName);
  const distinct = [...seen].sort(nameCollator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && nameCollator.compare(distinct[i - 1]!, distinct[i]!) !== 0) rank += 1;
    ranks.set(distinct[i]!, rank);
  }
  return ranks;
}
