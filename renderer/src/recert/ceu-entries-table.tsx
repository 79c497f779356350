import type { Credential } from '../../../shared/types';
import type { CeuEntry, Cycle } from '../../../shared/recert/types';
import { formatDate } from '../lib/format';
import { RecordTable, type Column } from '../common/record-table';

export interface BodyEntry {
  readonly credential: Credential;
  readonly entry: CeuEntry;
}

const outside = (e: BodyEntry, cycle: Cycle) => e.entry.date < cycle.start || e.entry.date > cycle.end;

/** The body's CEU activities, newest first, each marked when it falls outside the current cycle. */
export function CeuEntriesTable({ entries, cycle, onDelete }: { readonly entries: readonly BodyEntry[]; readonly cycle: Cycle; readonly onDelete: (e: BodyEntry) => void }) {
  const sorted = [...entries].sort((a, b) => b.entry.date.localeCompare(a.entry.date));
  const showCredential = new Set(entries.map((e) => e.credential.id)).size > 1;
  const columns: readonly Column<BodyEntry>[] = [
    {
      header: 'Date',
      cell: (e) => (
        <>
          {formatDate(e.entry.date)}
          {outside(e, cycle) ? <span className="muted small-text"> (outside this cycle)</span> : null}
        </>
      ),
    },
    { header: 'Title', rowHeader: true, cell: (e) => e.entry.title },
    { header: 'Hours', cell: (e) => e.entry.hours },
    { header: 'Provider', cell: (e) => `${e.entry.provider ?? '—'}${e.entry.selfReview ? ' · coding self-review' : ''}` },
    ...(showCredential ? [{ header: 'Counts for', cell: (e: BodyEntry) => e.credential.code }] : []),
  ];
  return (
    <RecordTable
      rows={sorted}
      // Two entries can share date and title; the position keeps their keys apart.
      rowKey={(e, i) => `${e.credential.id}-${e.entry.date}-${e.entry.title}-${i}`}
      columns={columns}
      empty="No CEU activities recorded."
      caption="CEU activities"
      className="ceu-table"
      rowClassName={(e) => (outside(e, cycle) ? 'ceu-outside' : undefined)}
      actions={{ name: (e) => `CEU entry ${e.entry.title} on ${formatDate(e.entry.date)}`, delete: onDelete }}
    />
  );
}
