import type { CeuEntry, Credential } from '../../../shared/types';
import type { Cycle } from '../../../shared/recert/types';
import { formatDate } from '../lib/format';
import { RecordTable, type Column } from '../common/record-table';

export interface BodyEntry {
  readonly credential: Credential;
  readonly entry: CeuEntry;
}

interface CeuEntriesTableProps {
  readonly entries: readonly BodyEntry[];
  readonly cycle: Cycle;
  readonly onDelete: (e: BodyEntry) => void;
  /** Set when the body's rule asks whether each entry falls within its domains: the column, and how to answer it. */
  readonly onDomainChange?: (e: BodyEntry, within: boolean) => void;
}

const DOMAIN_CHOICES = [
  { value: '', text: 'Not recorded' },
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
] as const;

const outside = (e: BodyEntry, cycle: Cycle) => e.entry.date < cycle.start || e.entry.date > cycle.end;
const entryName = (e: BodyEntry) => `${e.entry.title} on ${formatDate(e.entry.date)}`;

/** The body's CEU activities, newest first, each marked when it falls outside the current cycle. */
export function CeuEntriesTable({ entries, cycle, onDelete, onDomainChange }: CeuEntriesTableProps) {
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
    ...(onDomainChange ? [{ header: 'Within the HIIM domains', cell: (e: BodyEntry) => <DomainSelect entry={e} onChange={onDomainChange} /> }] : []),
  ];
  return (
    <RecordTable
      rows={sorted}
      rowKey={(e, i) => `${e.credential.id}-${e.entry.date}-${e.entry.title}-${i}`}
      columns={columns}
      empty="No CEU activities recorded."
      caption="CEU activities"
      className="ceu-table"
      rowClassName={(e) => (outside(e, cycle) ? 'ceu-outside' : undefined)}
      actions={{ name: (e) => `CEU entry ${entryName(e)}`, delete: onDelete }}
    />
  );
}

/** Whether one entry falls within the HIIM domains; "Not recorded" is offered only until it is answered. */
function DomainSelect({ entry: e, onChange }: { readonly entry: BodyEntry; readonly onChange: (e: BodyEntry, within: boolean) => void }) {
  return (
    <select
      aria-label={`Within the HIIM domains: ${entryName(e)}`}
      value={e.entry.hiimDomain === undefined ? '' : e.entry.hiimDomain ? 'yes' : 'no'}
      onChange={(event) => {
        if (event.target.value !== '') onChange(e, event.target.value === 'yes');
      }}
    >
      {DOMAIN_CHOICES.filter((c) => c.value !== '' || e.entry.hiimDomain === undefined).map((c) => (
        <option key={c.value} value={c.value}>
          {c.text}
        </option>
      ))}
    </select>
  );
}
