import type { CeuEntry, Credential } from '../../../shared/types';
import type { Cycle } from '../../../shared/recert/types';
import { formatDate } from '../lib/format';

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

/** The body's CEU activities, newest first, each marked when it falls outside the current cycle. */
export function CeuEntriesTable({ entries, cycle, onDelete, onDomainChange }: CeuEntriesTableProps) {
  if (entries.length === 0) return <p className="muted">No CEU activities recorded.</p>;
  const sorted = [...entries].sort((a, b) => b.entry.date.localeCompare(a.entry.date));
  const showCredential = new Set(entries.map((e) => e.credential.id)).size > 1;
  return (
    <table className="data-table ceu-table">
      <caption className="visually-hidden">CEU activities</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Hours</th>
          <th scope="col">Provider</th>
          {showCredential ? <th scope="col">Counts for</th> : null}
          {onDomainChange ? <th scope="col">Within the HIIM domains</th> : null}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((e, i) => {
          const outside = e.entry.date < cycle.start || e.entry.date > cycle.end;
          return (
            <tr key={`${e.credential.id}-${e.entry.date}-${e.entry.title}-${i}`} className={outside ? 'ceu-outside' : undefined}>
              <td>
                {formatDate(e.entry.date)}
                {outside ? <span className="muted small-text"> (outside this cycle)</span> : null}
              </td>
              <th scope="row">{e.entry.title}</th>
              <td>{e.entry.hours}</td>
              <td>{e.entry.provider ?? '—'}{e.entry.selfReview ? ' · coding self-review' : ''}</td>
              {showCredential ? <td>{e.credential.code}</td> : null}
              {onDomainChange ? (
                <td>
                  <select
                    aria-label={`Within the HIIM domains: ${e.entry.title} on ${formatDate(e.entry.date)}`}
                    value={e.entry.hiimDomain === undefined ? '' : e.entry.hiimDomain ? 'yes' : 'no'}
                    onChange={(event) => {
                      if (event.target.value !== '') onDomainChange(e, event.target.value === 'yes');
                    }}
                  >
                    {DOMAIN_CHOICES.filter((c) => c.value !== '' || e.entry.hiimDomain === undefined).map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.text}
                      </option>
                    ))}
                  </select>
                </td>
              ) : null}
              <td className="row-actions">
                <button type="button" className="small danger" aria-label={`Delete CEU entry ${e.entry.title} on ${formatDate(e.entry.date)}`} onClick={() => onDelete(e)}>
                  Delete
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
