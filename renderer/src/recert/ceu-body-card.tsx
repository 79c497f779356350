import { useState } from 'react';
import type { Credential } from '../../../shared/types';
import type { CeuSummary } from '../../../shared/recert/types';
import { call } from '../lib/api';
import { formatDate, proseDates } from '../lib/format';
import { useApp } from '../app/app-context';
import { CEU_STATUS_LABELS } from './labels';
import { CeuEntriesTable, type BodyEntry } from './ceu-entries-table';
import { CeuEntryForm } from './ceu-entry-form';
import { CycleOverrideDialog, cycleSourceText } from './cycle-override-dialog';
import { ErrorBanner } from '../common/error-banner';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useBaseVersion } from '../person/person-version';

interface CeuBodyCardProps {
  readonly employeeId: string;
  readonly summary: CeuSummary;
  /** The person's credentials that belong to this body's cycle. */
  readonly credentials: readonly Credential[];
  readonly onChanged: () => void;
}

const hours = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** One certifying body's cycle: dates, CEUs required and earned, status, the activities and how to add one. */
export function CeuBodyCard({ employeeId, summary, credentials, onChanged }: CeuBodyCardProps) {
  const baseVersion = useBaseVersion();
  const { asOf, announce } = useApp();
  const [overriding, setOverriding] = useState<Credential | null>(null);
  const { run, error, setError } = useConfirmedChange(onChanged);
  const required = summary.requirement.hours;
  const status = CEU_STATUS_LABELS[summary.status];
  const percent = required > 0 ? Math.min(100, Math.round((summary.earned / required) * 100)) : 100;
  const headingId = `ceu-${employeeId}-${summary.body}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const entries: BodyEntry[] = credentials.flatMap((credential) => (credential.ceuEntries ?? []).map((entry) => ({ credential, entry })));

  const remove = (e: BodyEntry) =>
    run(
      {
        title: 'Delete this CEU entry?',
        message: `${e.entry.title} (${e.entry.hours} hours on ${formatDate(e.entry.date)}) will be removed from ${e.credential.code}.`,
        confirmLabel: 'Delete entry',
        danger: true,
      },
      () => call('ceu:delete', { employeeId, credentialId: e.credential.id, entry: e.entry, baseVersion }),
      'CEU entry deleted.',
    );

  // An answer to a question the row asks, so it is saved as chosen, without a confirmation.
  const setDomain = async (e: BodyEntry, within: boolean) => {
    const result = await call('ceu:update', { employeeId, credentialId: e.credential.id, entry: e.entry, next: { ...e.entry, hiimDomain: within }, baseVersion });
    if (!result.ok) return setError(result.error);
    setError(null);
    announce(`${e.entry.title}: ${within ? 'within' : 'outside'} the HIIM domains.`);
    onChanged();
  };

  return (
    <section className={`ceu-body ceu-status-${summary.status}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{summary.body}</h3>
      <p className="ceu-status" data-testid={`ceu-status-${summary.body}`}>
        <span className="ceu-status-label">
          <span aria-hidden="true">{status.icon} </span>
          {status.text}
        </span>{' '}
        <span className="muted">{proseDates(summary.summary)}</span>
      </p>
      <dl className="ceu-facts">
        <div>
          <dt>Cycle</dt>
          <dd>
            {formatDate(summary.cycle.start)} – {formatDate(summary.cycle.end)}
            <span className="muted small-text"> ({cycleSourceText(summary.cycle.source)}{summary.cycle.ended ? '; ended' : ''})</span>
          </dd>
        </div>
        <div>
          <dt>CEUs</dt>
          <dd>
            {hours(summary.earned)} earned of {hours(required)} required
            {summary.status === 'behind' || summary.status === 'on-track' || summary.status === 'incomplete' ? (
              <span className="muted small-text"> ({hours(summary.expectedByNow)} expected by {formatDate(asOf)})</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Requirement</dt>
          <dd>{summary.requirement.explanation}</dd>
        </div>
        {summary.providerShare ? (
          <div>
            <dt>Provider share</dt>
            <dd>
              {summary.providerShare.description.replace(/\.$/, '')}.{' '}
              {summary.providerShare.met === null
                ? 'Cannot tell yet: no provider recorded.'
                : `${hours(summary.providerShare.providerHours ?? 0)} hours from those providers, ${hours(summary.providerShare.requiredHours)} needed: ${summary.providerShare.met ? 'met' : 'not met yet'}.`}
            </dd>
          </div>
        ) : null}
        {summary.domainShare ? (
          <div>
            <dt>Domain share</dt>
            <dd>
              {summary.domainShare.description.replace(/\.$/, '')}.{' '}
              {summary.domainShare.met === null
                ? `Cannot tell yet: no entry says whether it falls within ${summary.domainShare.domains}.`
                : `${hours(summary.domainShare.domainHours ?? 0)} hours within them, ${hours(summary.domainShare.requiredHours)} needed: ${summary.domainShare.met ? 'met' : 'not met yet'}.`}
            </dd>
          </div>
        ) : null}
        {summary.selfReviews ? (
          <div>
            <dt>Coding self-reviews</dt>
            <dd>
              {summary.selfReviews.done} of {summary.selfReviews.required} recorded. <span className="muted small-text">{summary.selfReviews.description}</span>
            </dd>
          </div>
        ) : null}
        {summary.missing.length > 0 ? (
          <div>
            <dt>Missing for complete</dt>
            <dd>
              <ul className="missing-list" data-testid="ceu-missing">
                {summary.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <progress className="ceu-progress" max={100} value={percent} aria-label={`${summary.body} CEUs: ${hours(summary.earned)} of ${hours(required)} hours`} />
      {summary.earnedFrom === 'total' ? <p className="muted small-text">Earned hours come from the total recorded on the credential; dated activities replace it once added.</p> : null}
      <div className="button-row ceu-cycle-actions">
        {credentials.map((c) => (
          <button key={c.id} type="button" className="small" onClick={() => setOverriding(c)}>
            Cycle dates for {c.code}
          </button>
        ))}
      </div>
      <ErrorBanner message={error} />
      <CeuEntriesTable
        entries={entries}
        cycle={summary.cycle}
        onDelete={(e) => void remove(e)}
        onDomainChange={summary.domainShare ? (e, within) => void setDomain(e, within) : undefined}
      />
      {credentials.length > 0 ? (
        <CeuEntryForm
          employeeId={employeeId}
          body={summary.body}
          credentials={credentials}
          asOf={asOf}
          asksDomain={summary.domainShare !== null}
          onAdded={(message) => {
            announce(message);
            onChanged();
          }}
        />
      ) : null}
      {overriding ? (
        <CycleOverrideDialog
          employeeId={employeeId}
          credential={overriding}
          cycle={summary.cycle}
          onClose={() => setOverriding(null)}
          onSaved={(message) => {
            setOverriding(null);
            announce(message);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
