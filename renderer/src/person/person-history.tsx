import { sourceWords, targetWords, valueWords, type ChangeLogEntry } from '../../../shared/change-log';
import { useQuery } from '../lib/use-api-query';
import { ErrorBanner } from '../common/error-banner';

const KIND_WORDS: Readonly<Record<ChangeLogEntry['kind'], string>> = { added: 'Added', changed: 'Changed', removed: 'Removed' };

/** Local date and time of a logged change, as the manager's computer shows times. */
function when(at: string): string {
  return new Date(at).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

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
      ) : data.length === 0 ? (
        <p className="muted">No changes are on record for this person.</p>
      ) : (
        <div className="history-scroll">
          <table className="data-table history-table">
            <caption className="visually-hidden">Changes to employee {employeeId}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">By</th>
                <th scope="col">From</th>
                <th scope="col">Change</th>
                <th scope="col">What</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {data.map((entry, i) => (
                <tr key={`${entry.changeId}-${i}`}>
                  <td>{when(entry.at)}</td>
                  <td>{entry.user}</td>
                  <td>{sourceWords(entry.source, entry.detail)}</td>
                  <td>{KIND_WORDS[entry.kind]}</td>
                  <td>{targetWords(entry)}</td>
                  <td className="history-value">{valueWords(entry.before)}</td>
                  <td className="history-value">{valueWords(entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
