import type { RosterFilters } from '../lib/filter-roster';
import { NO_FILTERS } from '../lib/filter-roster';
import type { SortEntry } from './roster-sort';

/**
 * Where the manager was in the roster: kept while the window is open, so opening a person and
 * coming back finds the same filters, sort, scroll position, selection and row in focus.
 * View state only; the roster itself is always fetched again.
 */
export interface RosterPlace {
  filters: RosterFilters;
  sorting: SortEntry[];
  scrollTop: number;
  selected: ReadonlySet<string>;
  /** The person last opened from the roster: their row gets the focus back. */
  returnTo: string | null;
}

const place: RosterPlace = {
  filters: NO_FILTERS,
  sorting: [{ id: 'name', desc: false }],
  scrollTop: 0,
  selected: new Set(),
  returnTo: null,
};

export function rosterPlace(): Readonly<RosterPlace> {
  return place;
}

export function rememberRosterPlace(changes: Partial<RosterPlace>): void {
  Object.assign(place, changes);
}
