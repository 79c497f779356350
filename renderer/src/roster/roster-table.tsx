import { useRef, type CSSProperties } from 'react';
import { useTable, type OnChangeFn, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PersonSummary } from '../../../shared/ipc';
import { rosterColumns, rosterFeatures } from './roster-columns';
import { RosterRow } from './roster-row';

const ROW_HEIGHT = 44;

interface RosterTableProps {
  /** The people to show, already in `sorting`'s order. */
  readonly people: readonly PersonSummary[];
  readonly sorting: SortingState;
  readonly onSortingChange: OnChangeFn<SortingState>;
  readonly onOpen: (employeeId: string) => void;
}

const rowId = (p: PersonSummary) => p.employeeId;

/** The roster as a sortable table; only the rows in view are in the page, so 50,000 people scroll smoothly. */
export function RosterTable({ people, sorting, onSortingChange, onOpen }: RosterTableProps) {
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
    // Rows drawn beyond each edge: enough for a wheel notch or a fling's frame to find rows already
    // there, few enough that a sort or filter, which replaces every drawn row, stays within two frames.
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div className="roster-scroll" ref={scrollRef} data-testid="roster-scroll">
      <table className="roster-table" aria-label="Roster" aria-rowcount={people.length + 1}>
        <thead className="roster-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} className="roster-row">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
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
            return person ? <RosterRow key={person.employeeId} person={person} index={item.index} onOpen={onOpen} /> : null;
          })}
        </tbody>
      </table>
    </div>
  );
}
