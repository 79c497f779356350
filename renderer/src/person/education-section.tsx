import type { Education } from '../../../shared/types';
import { EDUCATION_COMPONENT_LABELS, EDUCATION_COMPONENTS } from '../../../shared/types';
import { call } from '../lib/api';
import { formatDate } from '../lib/format';
import { EducationFormDialog } from './education-form-dialog';
import { useConfirmedChange } from '../common/use-confirmed-change';
import { useRecordEditor } from '../common/use-record-editor';
import { RecordCard } from '../common/record-card';
import { EmptyState, RowButtons, type RowActions } from '../common/record-table';
import { useFocusKeptOnRemoval } from '../common/use-focus-kept-on-removal';
import { useBaseVersion } from './person-version';

interface EducationSectionProps {
  readonly employeeId: string;
  readonly education: readonly Education[];
  readonly onChanged: () => void;
}

/** Coding training programs, each with the seven required subjects ticked or not. */
export function EducationSection({ employeeId, education, onChanged }: EducationSectionProps) {
  const baseVersion = useBaseVersion();
  const editor = useRecordEditor<{ readonly education?: Education }>(onChanged);
  const { run, error } = useConfirmedChange(onChanged);
  const { container, empty, onFocus } = useFocusKeptOnRemoval<HTMLDivElement>(education.map((e) => e.id));

  const remove = (e: Education) =>
    run(
      { title: 'Delete this program?', message: `${e.program} will be removed.`, confirmLabel: 'Delete program', danger: true },
      () => call('education:delete', { employeeId, id: e.id, baseVersion }),
      'Education deleted.',
    );
  const actions: RowActions<Education> = {
    name: (e) => e.program,
    edit: (e) => editor.edit({ education: e }),
    delete: (e) => void remove(e),
  };

  return (
    <RecordCard titleId="education-title" title="Education" add={{ label: 'Add education', onClick: () => editor.edit({}) }} error={error}>
      {education.length === 0 ? <EmptyState words="No coding training program on record." target={empty} /> : null}
      <div ref={container} onFocus={onFocus}>
        {education.map((e) => (
          <article key={e.id} data-row-key={e.id} className="education-item" aria-label={e.program}>
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
                <RowButtons row={e} actions={actions} />
              </span>
            </div>
            <ComponentList education={e} />
          </article>
        ))}
      </div>
      {editor.editing ? <EducationFormDialog employeeId={employeeId} {...editor.editing} {...editor.dialogProps('Education saved.')} /> : null}
    </RecordCard>
  );
}

/** The seven subjects, each marked covered or not, in words as well as with a box. */
function ComponentList({ education }: { readonly education: Education }) {
  return (
    <ul className="component-list">
      {EDUCATION_COMPONENTS.map((c) => {
        const has = education.components.includes(c);
        return (
          <li key={c} className={has ? 'component-yes' : 'component-no'}>
            <span aria-hidden="true">{has ? '☑' : '☐'} </span>
            {EDUCATION_COMPONENT_LABELS[c]}
            <span className="visually-hidden">{has ? ': covered' : ': not covered'}</span>
          </li>
        );
      })}
    </ul>
  );
}
