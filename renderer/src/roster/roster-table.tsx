import { useRef, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PersonSummary } from '../../../shared/ipc';
import { ROSTER_GRID, rosterColumns, rosterFeatures } from './roster-columns';
import { RosterRow } from './roster-row';

const ROW_HEIGHT = 44;

interface RosterTableProps {
  readonly people: readonly PersonSummary[];
  readonly onOpen: (employeeId: string) => void;
}

/** The roster as a sortable table; only the rows in view are in the page, so 50,000 people scroll smoothly. */
export function RosterTable({ people, onOpen }: RosterTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const table = useTable({
    features: rosterFeatures,
    columns: rosterColumns,
    data: people as PersonSummary[],
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (p) => p.employeeId,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing memoises its output
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  return (
    <div className="roster-scroll" ref={scrollRef} data-testid="roster-scroll">
      <table className="roster-table" aria-label="Roster" aria-rowcount={rows.length + 1}>
        <thead className="roster-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} className="roster-row" style={{ gridTemplateColumns: ROSTER_GRID }}>
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
        <tbody className="roster-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return row ? <RosterRow key={row.id} row={row} index={item.index} start={item.start} height={ROW_HEIGHT} onOpen={onOpen} /> : null;
          })}
        </tbody>
      </table>
    </div>
  );
}
