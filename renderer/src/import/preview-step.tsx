import type { ImportPreview, ImportProblem } from '../../../shared/types';
import { formatCount, proseDates } from '../lib/format';
import { Check } from '../common/field';
import { RecordTable, type Column } from '../common/record-table';
import { baseName } from './import-types';
import { ChangeList } from './change-list';

interface PreviewStepProps {
  readonly preview: ImportPreview;
  readonly dayFirst: boolean;
  readonly onDayFirst: (on: boolean) => void;
  readonly skipInvalid: boolean;
  readonly onSkipInvalid: (on: boolean) => void;
}

const MAX_PROBLEMS_SHOWN = 500;

const PROBLEM_COLUMNS: readonly Column<ImportProblem>[] = [
  {
    header: 'Severity',
    cell: (p) => (
      <>
        <span aria-hidden="true">{p.severity === 'error' ? '✕ ' : '⚠ '}</span>
        {p.severity === 'error' ? 'Error' : 'Warning'}
      </>
    ),
  },
  { header: 'File', cell: (p) => baseName(p.file) },
  { header: 'Row', cell: (p) => p.row || '—' },
  { header: 'Column', cell: (p) => p.column || '—' },
  { header: 'Value', cell: (p) => p.value || '(blank)', className: 'value-cell' },
  { header: 'Problem', cell: (p) => proseDates(p.message) },
];

/** What the import will do, and every problem with its row, column and value. */
export function PreviewStep({ preview, dayFirst, onDayFirst, skipInvalid, onSkipInvalid }: PreviewStepProps) {
  const ambiguous = [...new Set(preview.files.flatMap((f) => f.ambiguousDateColumns))];
  const errors = preview.problems.filter((p) => p.severity === 'error').length;
  const warnings = preview.problems.length - errors;
  const shown = preview.problems.slice(0, MAX_PROBLEMS_SHOWN);
  return (
    <div className="preview-step">
      <dl className="headline compact">
        <div className="headline-card tone-good">
          <dt>New people</dt>
          <dd data-testid="preview-create">{formatCount(preview.toCreate)}</dd>
        </div>
        <div className="headline-card tone-info">
          <dt>Updated</dt>
          <dd data-testid="preview-update">{formatCount(preview.toUpdate)}</dd>
        </div>
        <div className="headline-card">
          <dt>Unchanged</dt>
          <dd data-testid="preview-unchanged">{formatCount(preview.unchanged)}</dd>
        </div>
        <div className={preview.invalidRows > 0 ? 'headline-card tone-bad' : 'headline-card'}>
          <dt>Rows with errors</dt>
          <dd data-testid="preview-invalid">{formatCount(preview.invalidRows)}</dd>
        </div>
      </dl>
      {preview.newCredentialCodes.length > 0 ? (
        <p className="hint-box">
          <span aria-hidden="true">⚠ </span>
          Not in the catalog, will be kept as your own credentials: {preview.newCredentialCodes.join(', ')}.
        </p>
      ) : null}
      {ambiguous.length > 0 || dayFirst ? (
        <p className="hint-box" data-testid="ambiguous-dates">
          {ambiguous.length > 0
            ? `Nothing in ${ambiguous.join(', ')} shows whether dates like 03/04/2024 mean 4 March or 3 April. They are read month first unless you tick the box below.`
            : 'Dates are being read day first.'}
        </p>
      ) : null}
      <div className="check-row">
        {ambiguous.length > 0 || dayFirst ? (
          <Check label="Dates are day-first (DD/MM/YYYY)" checked={dayFirst} onChange={onDayFirst} />
        ) : null}
        <Check label="Skip rows with errors and import the rest" checked={skipInvalid} onChange={onSkipInvalid} />
      </div>
      <ChangeList preview={preview} />
      {preview.problems.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>No problems found.
        </p>
      ) : (
        <>
          <h3>
            Problems: {errors} errors, {warnings} warnings
            {preview.problems.length > shown.length ? ` (first ${shown.length} shown)` : ''}
          </h3>
          <div className="problems-scroll" tabIndex={0} role="region" aria-label="Problems found">
            <RecordTable rows={shown} rowKey={(_, i) => String(i)} columns={PROBLEM_COLUMNS} className="problems-table" rowClassName={(p) => `problem-${p.severity}`} />
          </div>
        </>
      )}
      {!preview.canCommit ? (
        <p className="field-error" role="alert">
          Fix the errors in the file, change the column mapping, or tick “Skip rows with errors” to import the valid rows.
        </p>
      ) : null}
    </div>
  );
}
