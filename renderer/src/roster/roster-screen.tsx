import { useCallback, useEffect, useMemo, useState } from 'react';
import { call } from '../lib/api';
import { useApiQuery } from '../lib/use-api-query';
import { useDebounced } from '../lib/use-debounced';
import { buildSearchIndex, filterRoster, hasActiveFilters, NO_FILTERS, type RosterFilters } from '../lib/filter-roster';
import { formatCount, formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';
import { RosterFilterBar } from './roster-filters';
import { RosterTable } from './roster-table';
import { EmptyRoster } from './empty-roster';
import { inOrder, rankColumnsWhenIdle, sortOrder, type SortEntry } from './roster-sort';

const BY_NAME: readonly SortEntry[] = [{ id: 'name', desc: false }];

/** Everyone on the roster, with search, filters and sorting. */
export function RosterScreen() {
  const { asOf, ruleSet, dataVersion, navigate } = useApp();
  const load = useCallback(
    () =>
      call('roster:list', { asOf, ruleSet }).then((r) => {
        // Marks let performance tooling tell transport time from rendering time.
        performance.mark('roster-received');
        return r;
      }),
    [asOf, ruleSet, dataVersion], // eslint-disable-line react-hooks/exhaustive-deps -- dataVersion forces a refetch after imports
  );
  const { data, error, loading, reload } = useApiQuery(load);
  const [filters, setFilters] = useState<RosterFilters>(NO_FILTERS);
  const search = useDebounced(filters.search, 150);
  const effective = useMemo(() => ({ ...filters, search }), [filters, search]);

  const [sorting, setSorting] = useState<SortEntry[]>(() => [...BY_NAME]);

  const people = data?.people;
  const index = useMemo(() => (people ? buildSearchIndex(people) : []), [people]);
  // Sorted once per roster and sort; a filter keeps that order, so changing filters never re-sorts.
  const sorted = useMemo(() => {
    if (!people) return { people: [], index: [] };
    const order = sortOrder(people, sorting);
    return { people: inOrder(people, order), index: inOrder(index, order) };
  }, [people, index, sorting]);
  const shown = useMemo(() => filterRoster(sorted.people, sorted.index, effective), [sorted, effective]);
  useEffect(() => {
    if (!people) return undefined;
    performance.mark('roster-rendered');
    return rankColumnsWhenIdle(people);
  }, [people]);
  const open = useCallback((employeeId: string) => navigate({ name: 'person', employeeId }), [navigate]);

  return (
    <section className="roster-screen" aria-labelledby="roster-title">
      <div className="screen-header">
        <h1 id="roster-title">Roster</h1>
        {data ? (
          <p className="screen-sub">
            As of {formatDate(data.asOf)} · rule set {data.ruleSet} v{data.ruleSetVersion}
            {loading ? ' · updating…' : ''}
          </p>
        ) : null}
      </div>
      <ErrorBanner message={error} onRetry={reload} />
      {!data && loading ? <p className="muted">Loading the roster…</p> : null}
      {data && data.people.length === 0 ? <EmptyRoster /> : null}
      {data && data.people.length > 0 ? (
        <>
          <RosterFilterBar filters={filters} onChange={setFilters} units={data.units} credentialCodes={data.credentialCodes} />
          <p className="count" aria-live="polite" data-testid="roster-count">
            Showing {formatCount(shown.length)} of {formatCount(data.people.length)}
          </p>
          {shown.length === 0 ? (
            <div className="empty-state">
              <p>No one matches {hasActiveFilters(effective) ? 'these filters' : 'this search'}.</p>
              <button type="button" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            </div>
          ) : (
            <RosterTable people={shown} sorting={sorting} onSortingChange={setSorting} onOpen={open} />
          )}
        </>
      ) : null}
    </section>
  );
}
