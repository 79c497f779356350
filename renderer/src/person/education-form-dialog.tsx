import { useState } from 'react';
import type { Education, EducationComponent } from '../../../shared/types';
import { EDUCATION_COMPONENT_LABELS, EDUCATION_COMPONENTS } from '../../../shared/types';
import { educationInputSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { blankToUndefined, validate, type FieldErrors } from '../lib/form-errors';
import { FormDialog } from '../common/form-dialog';
import { Check, Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { useBaseVersion } from './person-version';

interface EducationFormDialogProps {
  readonly employeeId: string;
  readonly education?: Education;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

/** Add or edit a coding training program and the required subjects it covered. */
export function EducationFormDialog({ employeeId, education, onClose, onSaved }: EducationFormDialogProps) {
  const baseVersion = useBaseVersion();
  const [program, setProgram] = useState(education?.program ?? '');
  const [completedOn, setCompletedOn] = useState(education?.completedOn ?? '');
  const [components, setComponents] = useState<ReadonlySet<EducationComponent>>(new Set(education?.components ?? []));
  const [accredited, setAccredited] = useState(education?.cahiimAccredited ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const toggle = (c: EducationComponent, on: boolean) =>
    setComponents((prev) => {
      const next = new Set(prev);
      if (on) next.add(c);
      else next.delete(c);
      return next;
    });

  const save = async () => {
    const checked = validate(educationInputSchema, {
      ...(education ? { id: education.id } : {}),
      program,
      completedOn: blankToUndefined(completedOn),
      components: EDUCATION_COMPONENTS.filter((c) => components.has(c)),
      cahiimAccredited: accredited,
    });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setSaving(true);
    const result = await call('education:save', { employeeId, education: checked.value, baseVersion });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    onSaved();
  };

  return (
    <FormDialog
      title={education ? 'Edit education' : 'Add education'}
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save education"
      busy={saving}
    >
        <div className="form-grid">
          <Field label="Program" error={errors.program}>
            <input value={program} onChange={(e) => setProgram(e.target.value)} autoFocus />
          </Field>
          <Field label="Completed on" error={errors.completedOn}>
            <input type="date" value={completedOn} onChange={(e) => setCompletedOn(e.target.value)} />
          </Field>
        </div>
        <fieldset className="checks">
          <legend>Subjects covered ({components.size} of {EDUCATION_COMPONENTS.length})</legend>
          {EDUCATION_COMPONENTS.map((c) => (
            <Check key={c} label={EDUCATION_COMPONENT_LABELS[c]} checked={components.has(c)} onChange={(on) => toggle(c, on)} />
          ))}
        </fieldset>
        <Check label="CAHIIM-accredited program" checked={accredited} onChange={setAccredited} />
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}
