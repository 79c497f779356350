import type { PersonSummary } from '../../../shared/view-models';
import { buildSearchIndex } from '../lib/filter-roster';
import { inOrder, sortOrder, type SortEntry } from './roster-sort';

/** The roster in one sort order, with the search text of each person in the same order. */
export interface SortedRoster {
  readonly people: readonly PersonSummary[];
  readonly index: readonly string[];
}

// Per roster answer (the window's cache hands back the same one until the data changes), each
// order asked for; dropped with the answer.
const sortedByRoster = new WeakMap<readonly PersonSummary[], Map<string, SortedRoster>>();
const searchIndexes = new WeakMap<readonly PersonSummary[], readonly string[]>();

/** `people` sorted by `sorting`; worked out once per roster and order, so coming back to the roster costs nothing. */
export function sortedRoster(people: readonly PersonSummary[], sorting: readonly SortEntry[]): SortedRoster {
  let orders = sortedByRoster.get(people);
  if (!orders) sortedByRoster.set(people, (orders = new Map()));
  const signature = sorting.map((entry) => `${entry.id}:${entry.desc ? 'desc' : 'asc'}`).join(',');
  const cached = orders.get(signature);
  if (cached) return cached;
  let index = searchIndexes.get(people);
  if (!index) searchIndexes.set(people, (index = buildSearchIndex(people)));
  const order = sortOrder(people, sorting);
  const sorted = { people: inOrder(people, order), index: inOrder(index, order) };
  orders.set(signature, sorted);
  return sorted;
}
