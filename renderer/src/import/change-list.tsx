import type { ImportPersonChange, ImportPreview } from '../../../shared/types';
import { formatCount, proseDates } from '../lib/format';
import { RecordTable, type Column } from '../common/record-table';

const ACTION_LABELS = { create: 'New', update: 'Updated' } as const;

const COLUMNS: readonly Column<ImportPersonChange>[] = [
  {
    header: 'Person',
    rowHeader: true,
    cell: (person) => (
      <>
        <span className="change-action">{ACTION_LABELS[person.action]}</span> {person.name}
        <span className="muted small-text"> · {person.employeeId}</span>
      </>
    ),
  },
  { header: 'What changes (before → after)', cell: (person) => <FieldChanges person={person} /> },
];

/** One person's fields: the value a new person gets, or each value before → after. */
function FieldChanges({ person }: { readonly person: ImportPersonChange }) {
  return (
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
  );
}

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
        <RecordTable
          rows={preview.changes}
          rowKey={(person) => person.employeeId}
          columns={COLUMNS}
          className="changes-table"
          rowClassName={(person) => `change-${person.action}`}
          testId="import-changes"
        />
      </div>
    </section>
  );
}
