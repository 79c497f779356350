import type { ImportPreview } from '../../../shared/types';
import { formatCount, proseDates } from '../lib/format';

const ACTION_LABELS = { create: 'New', update: 'Updated' } as const;

/** Who the import will create and update, with each value before → after. */
export function ChangeList({ preview }: { readonly preview: ImportPreview }) {
  if (preview.changes.length === 0) return null;
  return (
    <section aria-labelledby="changes-title" className="change-list">
      <h3 id="changes-title">
        Who will change: {formatCount(preview.toCreate)} new, {formatCount(preview.toUpdate)} updated
        {preview.changesLeftOut > 0 ? ` (first ${formatCount(preview.changes.length)} shown)` : ''}
      </h3>
      <div className="changes-scroll" tabIndex={0} aria-labelledby="changes-title">
        <table className="data-table changes-table" data-testid="import-changes">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">What changes (before → after)</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((person) => (
              <tr key={person.employeeId} className={`change-${person.action}`}>
                <th scope="row">
                  <span className="change-action">{ACTION_LABELS[person.action]}</span> {person.name}
                  <span className="muted small-text"> · {person.employeeId}</span>
                </th>
                <td>
                  <ul className="field-changes">
                    {person.changes.map((c, i) => (
                      <li key={i}>
                        <span className="change-field">{c.field}:</span>{' '}
                        {person.action === 'create' ? (
                          <span>{proseDates(c.after ?? '—')}</span>
                        ) : (
                          <>
                            {c.before === null ? <span className="muted">not recorded</span> : <span className="change-before">{proseDates(c.before)}</span>}
                            <span aria-label="becomes"> → </span>
                            <span className="change-after">{c.after === null ? 'not recorded' : proseDates(c.after)}</span>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
