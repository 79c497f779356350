import { useState } from 'react';
import type { TimelineSpan } from '../../../shared/view-models';
import type { ExperiencePeriod } from '../../../shared/types';
import { call } from '../lib/api';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { ExperienceFormDialog } from './experience-form-dialog';
import { ExperienceTimeline } from './experience-timeline';
import { ErrorBanner } from '../common/error-banner';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useBaseVersion } from './person-version';

interface ExperienceSectionProps {
  readonly employeeId: string;
  readonly periods: readonly ExperiencePeriod[];
  readonly spans: readonly TimelineSpan[];
  readonly experienceDays: number;
  readonly onChanged: () => void;
}

type Editing = { readonly period?: ExperiencePeriod } | null;

/** Coding work periods and the merged spans the experience count rests on. */
export function ExperienceSection({ employeeId, periods, spans, experienceDays, onChanged }: ExperienceSectionProps) {
  const baseVersion = useBaseVersion();
  const { asOf, announce } = useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const { run, error } = useConfirmedChange(onChanged);

  const remove = (p: ExperiencePeriod) =>
    run(
      {
        title: 'Delete this period?',
        message: `${p.employer ?? 'The period'} from ${formatDate(p.start)} to ${p.end ? formatDate(p.end) : 'now'} will be removed.`,
        confirmLabel: 'Delete period',
        danger: true,
      },
      () => call('experience:delete', { employeeId, id: p.id, baseVersion }),
      'Experience period deleted.',
    );

  return (
    <section className="card" aria-labelledby="experience-title">
      <div className="card-header">
        <h2 id="experience-title">Coding experience</h2>
        <button type="button" onClick={() => setEditing({})}>
          Add experience
        </button>
      </div>
      <p>
        <strong>{experienceDays.toLocaleString('en-US')} days</strong> of direct coding before {formatDate(asOf)} (about {(experienceDays / 365.25).toFixed(1)} years).
        Overlapping periods are counted once.
      </p>
      <ExperienceTimeline spans={spans} asOf={asOf} />
      <ErrorBanner message={error} />
      {periods.length === 0 ? (
        <p className="muted">No experience on record.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Employer</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Direct coding</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.employer ?? '—'}</th>
                <td>{formatDate(p.start)}</td>
                <td>{p.end ? formatDate(p.end) : 'Ongoing'}</td>
                <td>{p.directCoding ? 'Yes' : 'No'}</td>
                <td className="row-actions">
                  <button type="button" className="small" aria-label={`Edit period starting ${formatDate(p.start)}`} onClick={() => setEditing({ period: p })}>
                    Edit
                  </button>
                  <button type="button" className="small danger" aria-label={`Delete period starting ${formatDate(p.start)}`} onClick={() => void remove(p)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <ExperienceFormDialog
          employeeId={employeeId}
          {...(editing.period ? { period: editing.period } : {})}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            announce('Experience saved.');
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
