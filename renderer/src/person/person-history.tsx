import { sourceWords, targetWords, valueWords, type ChangeLogEntry } from '../../../shared/change-log';
import { useQuery } from '../lib/use-api-query';
import { ErrorBanner } from '../common/error-banner';
import { RecordTable, type Column } from '../common/record-table';

const KIND_WORDS: Readonly<Record<ChangeLogEntry['kind'], string>> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

/** Local date and time of a logged change, as the manager's computer shows times. */
function when(at: string): string {
  return new Date(at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

const COLUMNS: readonly Column<ChangeLogEntry>[] = [
  { header: 'When', cell: (entry) => when(entry.at) },
  { header: 'By', cell: (entry) => entry.user },
  { header: 'From', cell: (entry) => sourceWords(entry.source, entry.detail) },
  { header: 'Change', cell: (entry) => KIND_WORDS[entry.kind] },
  { header: 'What', cell: (entry) => targetWords(entry) },
  { header: 'Before', cell: (entry) => valueWords(entry.before), className: 'history-value' },
  { header: 'After', cell: (entry) => valueWords(entry.after), className: 'history-value' },
];

/** Every recorded change to one person, newest first: who, when, from where, and each field before and after. */
export function PersonHistory({ employeeId }: { readonly employeeId: string }) {
  // Any change to the roster makes the cached list stale, so it follows every change to the person.
  const { data, error, loading, reload } = useQuery('person:history', { employeeId });
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ErrorBanner message={error} onRetry={reload} />
      {data === undefined ? (
        loading ? <p className="muted">Loading…</p> : null
      ) : (
        <div className="history-scroll">
          <RecordTable
            rows={data}
            rowKey={(entry, i) => `${entry.changeId}-${i}`}
            columns={COLUMNS}
            empty="No changes are on record for this person."
            caption={`Changes to employee ${employeeId}, newest first`}
            className="history-table"
          />
        </div>
      )}
    </section>
  );
}
