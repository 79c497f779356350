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
import { ErrorBanner } from '../common/error-banner';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useBaseVersion } from '../person/person-version';

type Editing = { readonly kind: 'application'; readonly app?: ExamApplication } | { readonly kind: 'result'; readonly app: ExamApplication };

/** The person's CCS exam applications: window, schedule, result; record, update, delete. */
export function ExamSection({ person, onChanged }: { readonly person: Person; readonly onChanged: () => void }) {
  const baseVersion = useBaseVersion();
  const { asOf, ruleSet, announce } = useApp();
  // A failed settings answer is shown by the window itself, above every screen.
  const facts: ExamFacts | null = useSettings().data?.examFactsInUse ?? null;
  const [editing, setEditing] = useState<Editing | null>(null);
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
  return (
    <section className="card exam-section" aria-labelledby="exam-title">
      <div className="card-header">
        <h2 id="exam-title">CCS exam</h2>
        <button type="button" onClick={() => setEditing({ kind: 'application' })}>
          Record application
        </button>
      </div>
      {notice ? (
        <p className="banner banner-success" role="status">
          <span aria-hidden="true">✓ </span>
          {notice}
        </p>
      ) : null}
      <ErrorBanner message={error} />
      {apps.length === 0 ? (
        <p className="muted">No exam applications on record.</p>
      ) : (
        <table className="data-table exam-table">
          <caption className="visually-hidden">Exam applications</caption>
          <thead>
            <tr>
              <th scope="col">Applied</th>
              <th scope="col">Approved</th>
              <th scope="col">Window ends</th>
              <th scope="col">Extensions</th>
              <th scope="col">Scheduled</th>
              <th scope="col">Result</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {apps.map((app) => {
              const label = `${app.exam ?? examCode} applied ${formatDate(app.appliedOn)}`;
              return (
                <tr key={app.id}>
                  <th scope="row">
                    {app.exam ?? examCode} · {formatDate(app.appliedOn)}
                  </th>
                  <td>{formatDate(app.approvedOn)}</td>
                  <td>{facts ? <WindowCell app={app} facts={facts} asOf={asOf} /> : '…'}</td>
                  <td>{app.extensions.length === 0 ? '—' : app.extensions.map((x) => `to ${formatDate(x.newEnd)} (granted ${formatDate(x.grantedOn)})`).join('; ')}</td>
                  <td>{formatDate(app.scheduledOn)}</td>
                  <td>
                    {app.result ? (
                      <span className={`exam-result exam-result-${app.result}`}>
                        <span aria-hidden="true">{EXAM_RESULT_LABELS[app.result].icon} </span>
                        {EXAM_RESULT_LABELS[app.result].text}
                        {app.scaledScore !== undefined ? `, score ${app.scaledScore}` : ''}
                        {app.resultOn ? <span className="muted small-text"> on {formatDate(app.resultOn)}</span> : null}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="small" aria-label={`Edit ${label}`} onClick={() => setEditing({ kind: 'application', app })}>
                      Edit
                    </button>
                    {app.result === undefined ? (
                      <button type="button" className="small" aria-label={`Record result for ${label}`} onClick={() => setEditing({ kind: 'result', app })}>
                        Record result
                      </button>
                    ) : null}
                    <button type="button" className="small danger" aria-label={`Delete ${label}`} onClick={() => void remove(app)}>
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing?.kind === 'application' ? (
        <ExamApplicationDialog
          employeeId={employeeId}
          {...(editing.app ? { application: editing.app } : {})}
          asOf={asOf}
          ruleSet={ruleSet}
          examCode={examCode}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setNotice(null);
            announce(message);
            onChanged();
          }}
        />
      ) : null}
      {editing?.kind === 'result' ? (
        <ExamResultDialog
          employeeId={employeeId}
          application={editing.app}
          facts={facts}
          onClose={() => setEditing(null)}
          onSaved={(outcome) => {
            setEditing(null);
            const message = outcome.passed
              ? `Passed. ${outcome.credential?.code ?? examCode} added to the credentials.`
              : `Result recorded: ${EXAM_RESULT_LABELS[outcome.application.result ?? 'fail'].text.toLowerCase()}.`;
            setNotice(message);
            announce(message);
            onChanged();
          }}
        />
      ) : null}
    </section>
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
