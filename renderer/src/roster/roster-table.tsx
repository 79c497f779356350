import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useTable, type OnChangeFn, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PersonSummary } from '../../../shared/view-models';
import { rosterColumns, rosterFeatures } from './roster-columns';
import { RosterRow } from './roster-row';

const ROW_HEIGHT = 44;

interface RosterTableProps {
  /** The people to show, already in `sorting`'s order. */
  readonly people: readonly PersonSummary[];
  readonly sorting: SortingState;
  readonly onSortingChange: OnChangeFn<SortingState>;
  readonly onOpen: (employeeId: string) => void;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (employeeId: string, selected: boolean, range: boolean) => void;
  /** Selects (or clears) everyone shown. */
  readonly onSelectShown: (selected: boolean) => void;
  /** Where the table was scrolled to last time; it opens there. */
  readonly initialScrollTop: number;
  readonly onScrolled: (scrollTop: number) => void;
  /** The person whose row gets the focus once drawn (coming back from their page). */
  readonly focusOn: string | null;
}

const rowId = (p: PersonSummary) => p.employeeId;

/** The roster's table element id: the skip link's target. */
export const ROSTER_TABLE_ID = 'roster-table';

/** The roster as a sortable table; only the rows in view are in the page, so a large roster scrolls smoothly (docs/performance.md, Window). */
export function RosterTable({ people, sorting, onSortingChange, onOpen, selected, onSelect, onSelectShown, initialScrollTop, onScrolled, focusOn }: RosterTableProps) {
  const table = useTable({
    features: rosterFeatures,
    columns: rosterColumns,
    data: people as PersonSummary[],
    state: { sorting },
    onSortingChange,
    // The screen sorts the whole roster once per sort and filters in that order (roster-sort.ts).
    manualSorting: true,
    // Text columns sort A→Z first (the table would otherwise sample rows to decide); experience says its own.
    sortDescFirst: false,
    getRowId: rowId,
    enableSortingRemoval: false,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing memoises its output
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    initialOffset: initialScrollTop,
    // Rows drawn beyond each edge: enough for a wheel notch or a fling's frame to find rows already
    // there, few enough that a sort or filter, which replaces every drawn row, stays within two frames.
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();

  // Back from a person's page: the same scroll position, and the focus on the row they opened.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    el.scrollTop = initialScrollTop;
    if (focusOn === null) return;
    const frame = requestAnimationFrame(() => {
      const button = el.querySelector<HTMLElement>(`tr[data-employee-id="${CSS.escape(focusOn)}"] .link-button`);
      button?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
    // Once, when the table first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Counted once per selection or filter, not on every scroll frame (the virtualizer re-renders this).
  const shownSelected = useMemo(
    () => (selected.size === 0 ? 0 : people.reduce((n, p) => (selected.has(p.employeeId) ? n + 1 : n), 0)),
    [people, selected],
  );
  const allShown = shownSelected > 0 && shownSelected === people.length;

  return (
    <div className="roster-scroll" ref={scrollRef} data-testid="roster-scroll" onScroll={(e) => onScrolled(e.currentTarget.scrollTop)}>
      <table id={ROSTER_TABLE_ID} className="roster-table" aria-label="Roster" aria-rowcount={people.length + 1} tabIndex={-1}>
        <thead className="roster-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} className="roster-row">
              {group.headers.map((header, i) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={i === 0 ? 'name-cell' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    {i === 0 ? (
                      <input
                        type="checkbox"
                        className="row-check"
                        aria-label={`Select everyone shown (${people.length.toLocaleString('en-US')})`}
                        checked={allShown}
                        ref={(el) => {
                          if (el) el.indeterminate = shownSelected > 0 && !allShown;
                        }}
                        onChange={(e) => onSelectShown(e.target.checked)}
                      />
                    ) : null}
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-icon">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {/*
          The rows in view sit in normal flow below a top padding as tall as the rows above them. Absolutely
          placed rows would make every row change lay out the whole window; in flow, the body (size-contained)
          is the only thing laid out again.
        */}
        <tbody
          className="roster-body"
          // The row height is the one the virtualizer counts with, handed to the stylesheet.
          style={{ height: virtualizer.getTotalSize(), paddingTop: items[0]?.start ?? 0, '--roster-row-height': `${ROW_HEIGHT}px` } as CSSProperties}
        >
          {items.map((item) => {
            const person = people[item.index];
            return person ? (
              <RosterRow
                key={person.employeeId}
                person={person}
                index={item.index}
                selected={selected.has(person.employeeId)}
                onOpen={onOpen}
                onSelect={onSelect}
              />
            ) : null;
          })}
        </tbody>
      </table>
    </div>
  );
}
