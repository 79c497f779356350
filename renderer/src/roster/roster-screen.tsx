import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CcsStatus } from '../../../shared/types';
import { useQuery } from '../lib/use-api-query';
import { useDebounced } from '../lib/use-debounced';
import { filterRoster, hasActiveFilters, NO_FILTERS, type RosterFilters } from '../lib/filter-roster';
import { formatCount, formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';
import { RosterFilterBar } from './roster-filters';
import { RosterTable } from './roster-table';
import { EmptyRoster } from './empty-roster';
import { BulkBar } from './bulk-bar';
import { rankColumnsWhenIdle, type SortEntry } from './roster-sort';
import { sortedRoster } from './sorted-roster';
import { rememberRosterPlace, rosterPlace } from './roster-memory';
import { ruleSetName } from '../lib/rule-set-names';
import { scopeText } from './roster-scope';

const KNOWN_CCS_STATUSES: readonly CcsStatus[] = ['certified', 'eligible', 'not-yet'];

/** Everyone on the roster, with search, filters, sorting and a selection to act on. */
export function RosterScreen() {
  const { asOf, ruleSet, navigate } = useApp();
  // Cached: coming back from a person with nothing changed asks nothing and sorts nothing again.
  const { data, error, loading, reload } = useQuery('roster:list', { asOf, ruleSet });
  // Filters, sort, scroll and selection come back as they were when the manager left the roster.
  const [place] = useState(() => ({ ...rosterPlace() }));
  const [filters, setFilters] = useState<RosterFilters>(place.filters);
  const search = useDebounced(filters.search, 150);
  const effective = useMemo(() => ({ ...filters, search }), [filters, search]);
  const [sorting, setSorting] = useState<SortEntry[]>(() => [...place.sorting]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(place.selected);
  const returnTo = place.returnTo;
  useEffect(() => rememberRosterPlace({ returnTo: null }), []);
  const lastToggled = useRef<string | null>(null);
  useEffect(() => rememberRosterPlace({ filters, sorting, selected }), [filters, sorting, selected]);

  const people = data?.people;
  // Sorted once per roster and sort; a filter keeps that order, so changing filters never re-sorts.
  const sorted = useMemo(() => (people ? sortedRoster(people, sorting) : { people: [], index: [] }), [people, sorting]);
  const shown = useMemo(() => filterRoster(sorted.people, sorted.index, effective), [sorted, effective]);
  useEffect(() => {
    if (!people) return undefined;
    performance.mark('roster-rendered');
    return rankColumnsWhenIdle(people);
  }, [people]);
  // A selection counts only people still on the roster (after an import, undo or delete).
  const liveSelected = useMemo<ReadonlySet<string>>(() => {
    if (!people || selected.size === 0) return selected;
    const ids = new Set(people.map((p) => p.employeeId));
    return [...selected].every((id) => ids.has(id)) ? selected : new Set([...selected].filter((id) => ids.has(id)));
  }, [people, selected]);
  const terminated = useMemo(() => (people ?? []).reduce((n, p) => (p.employmentStatus === 'terminated' ? n + 1 : n), 0), [people]);
  const ccsStatuses = useMemo(() => {
    const extra = new Set<CcsStatus>();
    for (const p of people ?? []) if (!KNOWN_CCS_STATUSES.includes(p.ccsStatus)) extra.add(p.ccsStatus);
    return [...KNOWN_CCS_STATUSES, ...extra];
  }, [people]);

  const open = useCallback(
    (employeeId: string) => {
      rememberRosterPlace({ returnTo: employeeId });
      navigate({ name: 'person', employeeId, from: 'roster' });
    },
    [navigate],
  );
  const onSelect = useCallback(
    (employeeId: string, on: boolean, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        const anchor = lastToggled.current;
        // Shift-click selects (or clears) every row shown between the last one ticked and this one.
        const from = range && anchor !== null ? shown.findIndex((p) => p.employeeId === anchor) : -1;
        const to = from >= 0 ? shown.findIndex((p) => p.employeeId === employeeId) : -1;
        const ids = to >= 0 ? shown.slice(Math.min(from, to), Math.max(from, to) + 1).map((p) => p.employeeId) : [employeeId];
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
      lastToggled.current = employeeId;
    },
    [shown],
  );
  const onSelectShown = useCallback(
    (on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const p of shown) {
          if (on) next.add(p.employeeId);
          else next.delete(p.employeeId);
        }
        return next;
      }),
    [shown],
  );
  const onScrolled = useCallback((scrollTop: number) => rememberRosterPlace({ scrollTop }), []);

  return (
    <section className="roster-screen" aria-labelledby="roster-title">
      <div className="screen-header">
        <h1 id="roster-title">Roster</h1>
        {data ? (
          <p className="screen-sub">
            As of {formatDate(data.asOf)} · {ruleSetName(data.ruleSet)} rules
            {loading ? ' · updating…' : ''}
          </p>
        ) : null}
      </div>
      <ErrorBanner message={error} onRetry={reload} />
      {!data && loading ? <p className="muted">Loading the roster…</p> : null}
      {data && data.people.length === 0 ? <EmptyRoster /> : null}
      {data && data.people.length > 0 ? (
        <>
          <RosterFilterBar filters={filters} onChange={setFilters} units={data.units} credentialCodes={data.credentialCodes} ccsStatuses={ccsStatuses} />
          <p className="count" aria-live="polite">
            <span data-testid="roster-count">
              Showing {formatCount(shown.length)} of {formatCount(data.people.length)}
            </span>{' '}
            <span data-testid="roster-scope">{scopeText(terminated, effective)}</span>
          </p>
          {liveSelected.size > 0 ? (
            <BulkBar selected={liveSelected} people={data.people} onClear={() => setSelected(new Set())} onChanged={reload} />
          ) : null}
          {shown.length === 0 ? (
            <div className="empty-state">
              <p>No one matches {hasActiveFilters(effective) ? 'these filters' : 'this search'}.</p>
              <button type="button" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            </div>
          ) : (
            <RosterTable
              people={shown}
              sorting={sorting}
              onSortingChange={setSorting}
              onOpen={open}
              selected={liveSelected}
              onSelect={onSelect}
              onSelectShown={onSelectShown}
              initialScrollTop={place.scrollTop}
              onScrolled={onScrolled}
              focusOn={returnTo}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
