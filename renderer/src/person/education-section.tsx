import { useState } from 'react';
import type { Education } from '../../../shared/types';
import { EDUCATION_COMPONENT_LABELS, EDUCATION_COMPONENTS } from '../../../shared/types';
import { call } from '../lib/api';
import { formatDate } from '../lib/format';
import { useApp } from '../app/app-context';
import { EducationFormDialog } from './education-form-dialog';
import { ErrorBanner } from '../common/error-banner';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useBaseVersion } from './person-version';

interface EducationSectionProps {
  readonly employeeId: string;
  readonly education: readonly Education[];
  readonly onChanged: () => void;
}

/** Coding training programs, each with the seven required subjects ticked or not. */
export function EducationSection({ employeeId, education, onChanged }: EducationSectionProps) {
  const baseVersion = useBaseVersion();
  const { announce } = useApp();
  const [editing, setEditing] = useState<{ readonly education?: Education } | null>(null);
  const { run, error } = useConfirmedChange(onChanged);

  const remove = (e: Education) =>
    run(
      { title: 'Delete this program?', message: `${e.program} will be removed.`, confirmLabel: 'Delete program', danger: true },
      () => call('education:delete', { employeeId, id: e.id, baseVersion }),
      'Education deleted.',
    );

  return (
    <section className="card" aria-labelledby="education-title">
      <div className="card-header">
        <h2 id="education-title">Education</h2>
        <button type="button" onClick={() => setEditing({})}>
          Add education
        </button>
      </div>
      <ErrorBanner message={error} />
      {education.length === 0 ? <p className="muted">No coding training program on record.</p> : null}
      {education.map((e) => (
        <article key={e.id} className="education-item" aria-label={e.program}>
          <div className="card-header">
            <h3>
              {e.program}
              <span className="muted small-text">
                {' '}
                {e.completedOn ? `completed ${formatDate(e.completedOn)}` : 'not completed'}
                {e.cahiimAccredited ? ' · CAHIIM-accredited' : ''}
              </span>
            </h3>
            <span className="row-actions">
              <button type="button" className="small" aria-label={`Edit ${e.program}`} onClick={() => setEditing({ education: e })}>
                Edit
              </button>
              <button type="button" className="small danger" aria-label={`Delete ${e.program}`} onClick={() => void remove(e)}>
                Delete
              </button>
            </span>
          </div>
          <ul className="component-list">
            {EDUCATION_COMPONENTS.map((c) => {
              const has = e.components.includes(c);
              return (
                <li key={c} className={has ? 'component-yes' : 'component-no'}>
                  <span aria-hidden="true">{has ? '☑' : '☐'} </span>
                  {EDUCATION_COMPONENT_LABELS[c]}
                  <span className="visually-hidden">{has ? ': covered' : ': not covered'}</span>
                </li>
              );
            })}
          </ul>
        </article>
      ))}
      {editing ? (
        <EducationFormDialog
          employeeId={employeeId}
          {...(editing.education ? { education: editing.education } : {})}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            announce('Education saved.');
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
