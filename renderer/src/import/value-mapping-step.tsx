import type { CredentialDefinition, EmploymentStatus, ImportValueKind, ImportValueMappings, ImportValueQuestion } from '../../../shared/types';
import { EMPLOYMENT_STATUSES } from '../../../shared/types';
import { useCatalog } from '../lib/use-api-query';
import { ErrorBanner } from '../common/error-banner';
import { formatCount } from '../lib/format';
import { RecordTable, type Column } from '../common/record-table';

/** An answer for one value; undefined takes the choice back (the remembered answer, or none, applies again). */
export type ValueAnswer = string | boolean | undefined;

interface ValueMappingStepProps {
  readonly questions: readonly ImportValueQuestion[];
  readonly onAnswer: (kind: ImportValueKind, key: string, answer: ValueAnswer) => void;
  readonly disabled?: boolean;
}

const KIND_WORDS: Readonly<Record<ImportValueKind, string>> = {
  credential: 'Credential',
  employment_status: 'Employment status',
  yes_no: 'Yes/no',
};

const STATUS_WORDS: Readonly<Record<EmploymentStatus, string>> = { active: 'Active', leave: 'On leave', terminated: 'Terminated' };

/** Select values: a credential answer is '' (keep as our own) or a code; status and yes/no answers as text. */
const UNSET = '__unset__';

function selectValue(q: ImportValueQuestion): string {
  if (q.answer === null) return q.kind === 'credential' ? '' : UNSET;
  if (typeof q.answer === 'boolean') return q.answer ? 'yes' : 'no';
  return q.answer;
}

function answerOf(kind: ImportValueKind, value: string): ValueAnswer {
  if (value === UNSET) return undefined;
  if (kind === 'yes_no') return value === 'yes';
  return value;
}

/**
 * Each value the import could not read by itself, once, with how many rows carry it: a credential
 * is mapped to the catalog or kept as the manager's own; a status word ("Inactive") and a yes/no
 * word ("GED") are said what they mean. Answers are remembered for the next file.
 */
export function ValueMappingStep({ questions, onAnswer, disabled = false }: ValueMappingStepProps) {
  const catalog = useCatalog();
  if (questions.length === 0) return null;
  const open = questions.filter((q) => q.answer === null && q.kind !== 'credential').length;
  const columns: readonly Column<ImportValueQuestion>[] = [
    { header: 'Value in the file', rowHeader: true, cell: (q) => q.value, className: 'value-cell' },
    { header: 'Kind', cell: (q) => KIND_WORDS[q.kind] },
    { header: 'Rows', cell: (q) => formatCount(q.count) },
    { header: 'Columns', cell: (q) => q.columns.join(', ') },
    { header: 'Means', cell: (q) => <AnswerSelect question={q} catalog={catalog.data ?? []} disabled={disabled} onAnswer={onAnswer} /> },
  ];
  return (
    <section className="value-mapping-step" aria-labelledby="value-mapping-title" data-testid="value-mapping-step">
      <h3 id="value-mapping-title">Values to check ({formatCount(questions.length)})</h3>
      <p className="muted small-text">
        These values are not ones the app can read by itself. Say what each one means; your answers are remembered for the next file.
        {open > 0 ? ` ${open} still need an answer before the rows that carry them can be imported.` : ''}
      </p>
      <ErrorBanner message={catalog.error} onRetry={catalog.reload} />
      <div className="problems-scroll">
        <RecordTable
          rows={questions}
          rowKey={(q) => `${q.kind}:${q.key}`}
          columns={columns}
          className="value-mapping-table"
          rowClassName={(q) => (q.answer === null && q.kind !== 'credential' ? 'unmatched' : undefined)}
        />
      </div>
    </section>
  );
}

interface AnswerSelectProps {
  readonly question: ImportValueQuestion;
  readonly catalog: readonly CredentialDefinition[];
  readonly disabled: boolean;
  readonly onAnswer: ValueMappingStepProps['onAnswer'];
}

/** What one value means: a catalog credential or our own, a status, or yes/no. */
function AnswerSelect({ question: q, catalog, disabled, onAnswer }: AnswerSelectProps) {
  return (
    <select aria-label={`What "${q.value}" means`} value={selectValue(q)} disabled={disabled} onChange={(e) => onAnswer(q.kind, q.key, answerOf(q.kind, e.target.value))}>
      {q.kind === 'credential' ? (
        <>
          <option value="">Keep as our own credential ({q.ownCode ?? q.value})</option>
          {catalog.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} — {c.name}
            </option>
          ))}
        </>
      ) : q.kind === 'employment_status' ? (
        <>
          <option value={UNSET}>Choose…</option>
          {EMPLOYMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </>
      ) : (
        <>
          <option value={UNSET}>Choose…</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </>
      )}
    </select>
  );
}

/** The answers with one changed (undefined removes this import's choice). */
export function withAnswer(answers: ImportValueMappings, kind: ImportValueKind, key: string, answer: ValueAnswer): ImportValueMappings {
  const current: Record<string, string | boolean> = { ...(answers[kind] as Record<string, string | boolean> | undefined) };
  if (answer === undefined) delete current[key];
  else Object.defineProperty(current, key, { value: answer, enumerable: true, writable: true, configurable: true });
  return { ...answers, [kind]: current };
}
