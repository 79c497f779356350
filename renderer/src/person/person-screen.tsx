import { useEffect, useRef, useState } from 'react';
import { call } from '../lib/api';
import { useCatalog, useQuery } from '../lib/use-api-query';
import { EMPLOYMENT_LABELS } from '../lib/format';
import { useApp } from '../app/app-context';
import { ErrorBanner } from '../common/error-banner';
import { PersonFieldsForm } from './person-fields-form';
import { EligibilityPanel } from './eligibility-panel';
import { FutureDates } from './future-dates';
import { CredentialsSection } from './credentials-section';
import { ExperienceSection } from './experience-section';
import { EducationSection } from './education-section';
import { RecertificationSection } from '../recert/recertification-section';
import { ExamSection } from '../recert/exam-section';
import { PersonVersionContext } from './person-version';
import { PersonHistory } from './person-history';

/** Everything on record about one person, editable, with the eligibility explanation. */
export function PersonScreen({ employeeId, from = 'roster' }: { readonly employeeId: string; readonly from?: 'roster' | 'dashboard' }) {
  const { asOf, ruleSet, navigate, confirm, announce, hasUnsavedChanges } = useApp();
  const back = () => navigate({ name: from });
  const backLabel = from === 'dashboard' ? '← Dashboard' : '← Roster';
  const query = useQuery('person:get', { employeeId, asOf, ruleSet });
  const { error, loading, reload } = query;
  // A change made elsewhere (the command line, an import) shows at once, unless the manager is
  // mid-edit: then the edit keeps the version it started from, and saving says what happened.
  const [shown, setShown] = useState({ asOf, ruleSet, data: query.data });
  const sameView = shown.asOf === asOf && shown.ruleSet === ruleSet;
  if (query.data !== shown.data && (!sameView || shown.data === undefined || !hasUnsavedChanges())) {
    setShown({ asOf, ruleSet, data: query.data });
  }
  const data = shown.data;
  const catalog = useCatalog();
  const [tab, setTab] = useState<'record' | 'history'>('record');
  // Opening a person puts the focus on their name, so a screen reader says where it is and Tab goes on from there.
  const heading = useRef<HTMLHeadingElement>(null);
  const named = data !== undefined;
  useEffect(() => {
    heading.current?.focus();
  }, [named]);

  const [deleteError, setDeleteError] = useState<string | null>(null);

  const remove = async () => {
    const ok = await confirm({
      title: 'Delete this person?',
      message: `${data?.person.firstName ?? ''} ${data?.person.lastName ?? ''} (${employeeId}) and all their records will be removed. A backup is kept.`,
      confirmLabel: 'Delete person',
      danger: true,
    });
    if (!ok) return;
    const result = await call('person:delete', { employeeId, baseVersion: data?.version });
    if (!result.ok) return setDeleteError(result.error);
    announce(`Deleted ${employeeId}.`);
    navigate({ name: 'roster' });
  };

  if (!data) {
    return (
      <section aria-labelledby="person-title">
        <div className="screen-header">
          <button type="button" className="link-button" onClick={back}>
            {backLabel}
          </button>
          <h1 id="person-title" ref={heading} tabIndex={-1}>
            Employee {employeeId}
          </h1>
        </div>
        <ErrorBanner message={error} onRetry={reload} />
        {loading ? <p className="muted">Loading…</p> : null}
      </section>
    );
  }
  const p = data.person;
  return (
    <section className="person-screen" aria-labelledby="person-title">
      <div className="screen-header">
        <button type="button" className="link-button" onClick={back}>
          {backLabel}
        </button>
        <h1 id="person-title" ref={heading} tabIndex={-1}>
          {p.lastName}, {p.firstName}
        </h1>
        <p className="screen-sub">
          Employee {p.employeeId} · {p.unit || 'No unit'} · {p.jobTitle || 'No job title'} · {EMPLOYMENT_LABELS[p.employmentStatus]}
          {p.isRn ? ' · RN' : ''}
          {loading ? ' · updating…' : ''}
        </p>
        <button type="button" className="danger small header-action" onClick={() => void remove()}>
          Delete person
        </button>
      </div>
      <ErrorBanner message={error ?? deleteError} onRetry={reload} />
      <ErrorBanner message={catalog.error} onRetry={catalog.reload} />
      <FutureDates person={p} />
      <div
        className="person-tabs"
        role="tablist"
        aria-label="Person"
        onKeyDown={(event) => {
          // Arrow keys move between the two tabs, as in any tab strip.
          if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
          const next = tab === 'record' ? 'history' : 'record';
          setTab(next);
          document.getElementById(`person-tab-${next}`)?.focus();
        }}
      >
        <button type="button" role="tab" id="person-tab-record" aria-controls="person-panel-record" aria-selected={tab === 'record'} tabIndex={tab === 'record' ? 0 : -1} onClick={() => setTab('record')}>
          Record
        </button>
        <button type="button" role="tab" id="person-tab-history" aria-controls="person-panel-history" aria-selected={tab === 'history'} tabIndex={tab === 'history' ? 0 : -1} onClick={() => setTab('history')}>
          History
        </button>
      </div>
      <PersonVersionContext.Provider value={data.version}>
        {tab === 'history' ? (
          <div role="tabpanel" id="person-panel-history" aria-labelledby="person-tab-history">
            <PersonHistory employeeId={employeeId} />
          </div>
        ) : (
          <div className="person-layout" role="tabpanel" id="person-panel-record" aria-labelledby="person-tab-record">
            <div className="person-main">
              <CredentialsSection employeeId={employeeId} credentials={p.credentials} statuses={data.credentialStatuses} catalog={catalog.data ?? []} onChanged={reload} />
              <ExperienceSection
                employeeId={employeeId}
                periods={p.experience}
                spans={data.codingSpans}
                experienceDays={data.eligibility.experienceDays}
                onChanged={reload}
              />
              <EducationSection employeeId={employeeId} education={p.education} onChanged={reload} />
              <RecertificationSection person={p} summaries={data.ceu} onChanged={reload} />
              <ExamSection person={p} onChanged={reload} />
              <PersonFieldsForm person={p} version={data.version} onSaved={reload} />
            </div>
            <aside className="person-side">
              <EligibilityPanel detail={data} onChanged={reload} />
            </aside>
          </div>
        )}
      </PersonVersionContext.Provider>
    </section>
  );
}
