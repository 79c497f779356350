import { useState } from 'react';
import type { ExamApplication, Person } from '../../../shared/types';
import type { ExamFacts } from '../../../shared/recert/types';
import { call } from '../lib/api';
import { useSettings } from '../lib/use-api-query';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { EXAM_RESULT_LABELS } from './labels';
import { windowState } from './exam-window';
import { ExamApplicationDialog } from './exam-application-dialog';
import { ExamResultDialog } from './exam-result-dialog';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useRecordEditor } from '../common/use-record-editor';
import { RecordCard } from '../common/record-card';
import { RecordTable, type Column } from '../common/record-table';
import { useBaseVersion } from '../person/person-version';

type Editing = { readonly kind: 'application'; readonly app?: ExamApplication } | { readonly kind: 'result'; readonly app: ExamApplication };

/** The person's CCS exam applications: window, schedule, result; record, update, delete. */
export function ExamSection({ person, onChanged }: { readonly person: Person; readonly onChanged: () => void }) {
  const baseVersion = useBaseVersion();
  const { asOf, ruleSet } = useApp();
  // A failed settings answer is shown by the window itself, above every screen.
  const facts: ExamFacts | null = useSettings().data?.examFactsInUse ?? null;
  const editor = useRecordEditor<Editing>(onChanged);
  const { run, error } = useConfirmedChange(onChanged);
  const [notice, setNotice] = useState<string | null>(null);
  const apps = person.examApplications ?? [];
  const employeeId = person.employeeId;

  const remove = (app: ExamApplication) =>
    run(
      {
        title: 'Delete this exam application?',
        message: `The application of ${formatDate(app.appliedOn)}${app.result ? ' and its result' : ''} will be removed. A credential added by a pass stays on record.`,
        confirmLabel: 'Delete application',
        danger: true,
      },
      () => call('exam:delete', { employeeId, applicationId: app.id, baseVersion }),
      'Exam application deleted.',
    );

  const examCode = facts?.examCode ?? 'CCS';
  const columns: readonly Column<ExamApplication>[] = [
    { header: 'Applied', rowHeader: true, cell: (app) => `${app.exam ?? examCode} · ${formatDate(app.appliedOn)}` },
    { header: 'Approved', cell: (app) => formatDate(app.approvedOn) },
    { header: 'Window ends', cell: (app) => (facts ? <WindowCell app={app} facts={facts} asOf={asOf} /> : '…') },
    { header: 'Extensions', cell: (app) => (app.extensions.length === 0 ? '—' : app.extensions.map((x) => `to ${formatDate(x.newEnd)} (granted ${formatDate(x.grantedOn)})`).join('; ')) },
    { header: 'Scheduled', cell: (app) => formatDate(app.scheduledOn) },
    { header: 'Result', cell: (app) => <ResultCell app={app} /> },
  ];
  return (
    <RecordCard titleId="exam-title" title="CCS exam" className="exam-section" add={{ label: 'Record application', onClick: () => editor.edit({ kind: 'application' }) }}
      intro={
        notice ? (
          <p className="banner banner-success" role="status">
            <span aria-hidden="true">✓ </span>
            {notice}
          </p>
        ) : null
      }
      error={error}
    >
      <RecordTable
        rows={apps}
        rowKey={(app) => app.id}
        columns={columns}
        empty="No exam applications on record."
        caption="Exam applications"
        className="exam-table"
        actions={{
          name: (app) => `${app.exam ?? examCode} applied ${formatDate(app.appliedOn)}`,
          edit: (app) => editor.edit({ kind: 'application', app }),
          others: [{ label: 'Record result', verb: 'Record result for', onClick: (app) => editor.edit({ kind: 'result', app }), when: (app) => app.result === undefined }],
          delete: (app) => void remove(app),
        }}
      />
      {editor.editing?.kind === 'application' ? (
        <ExamApplicationDialog
          employeeId={employeeId}
          {...(editor.editing.app ? { application: editor.editing.app } : {})}
          asOf={asOf}
          ruleSet={ruleSet}
          examCode={examCode}
          onClose={editor.close}
          onSaved={(message) => {
            setNotice(null);
            editor.saved(message);
          }}
        />
      ) : null}
      {editor.editing?.kind === 'result' ? (
        <ExamResultDialog
          employeeId={employeeId}
          application={editor.editing.app}
          facts={facts}
          onClose={editor.close}
          onSaved={(outcome) => {
            const message = outcome.passed
              ? `Passed. ${outcome.credential?.code ?? examCode} added to the credentials.`
              : `Result recorded: ${EXAM_RESULT_LABELS[outcome.application.result ?? 'fail'].text.toLowerCase()}.`;
            setNotice(message);
            editor.saved(message);
          }}
        />
      ) : null}
    </RecordCard>
  );
}

function ResultCell({ app }: { readonly app: ExamApplication }) {
  if (!app.result) return '—';
  return (
    <span className={`exam-result exam-result-${app.result}`}>
      <span aria-hidden="true">{EXAM_RESULT_LABELS[app.result].icon} </span>
      {EXAM_RESULT_LABELS[app.result].text}
      {app.scaledScore !== undefined ? `, score ${app.scaledScore}` : ''}
      {app.resultOn ? <span className="muted small-text"> on {formatDate(app.resultOn)}</span> : null}
    </span>
  );
}

function WindowCell({ app, facts, asOf }: { readonly app: ExamApplication; readonly facts: ExamFacts; readonly asOf: string }) {
  const state = windowState(app, facts, asOf);
  switch (state.kind) {
    case 'not-approved':
      return <span className="muted">Not approved yet</span>;
    case 'done':
      return <span className="muted">—</span>;
    case 'closed':
      return (
        <span className="window-closed">
          <span aria-hidden="true">✕ </span>
          Closed {formatDate(state.end)}
        </span>
      );
    case 'open':
      return state.closing ? (
        <span className="window-closing">
          <span aria-hidden="true">⚠ </span>
          {formatDate(state.end)}: closes in {state.daysLeft} {state.daysLeft === 1 ? 'day' : 'days'}
        </span>
      ) : (
        <span>{formatDate(state.end)}</span>
      );
  }
}
