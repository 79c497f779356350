import { useState } from 'react';
import type { ExperiencePeriod } from '../../../shared/types';
import { experienceInputSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { blankToUndefined, validate, type FieldErrors } from '../lib/form-errors';
import { FormDialog } from '../common/form-dialog';
import { Check, Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { futureHint } from '../../../shared/future-dates';
import { todayIso } from '../../../shared/dates';
import { useBaseVersion } from './person-version';

interface ExperienceFormDialogProps {
  readonly employeeId: string;
  readonly period?: ExperiencePeriod;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

/** Add or edit one period of coding work. */
export function ExperienceFormDialog({ employeeId, period, onClose, onSaved }: ExperienceFormDialogProps) {
  const baseVersion = useBaseVersion();
  const [employer, setEmployer] = useState(period?.employer ?? '');
  const [start, setStart] = useState(period?.start ?? '');
  const [end, setEnd] = useState(period?.end ?? '');
  const [directCoding, setDirectCoding] = useState(period?.directCoding ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const checked = validate(experienceInputSchema, {
      ...(period ? { id: period.id } : {}),
      employer: blankToUndefined(employer),
      start: start.trim(),
      end: blankToUndefined(end),
      directCoding,
    });
    if (!checked.ok) return setErrors(start.trim() === '' ? { ...checked.errors, start: 'Enter the start date' } : checked.errors);
    setErrors({});
    setSaving(true);
    const result = await call('experience:save', { employeeId, experience: checked.value, baseVersion });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    onSaved();
  };

  return (
    <FormDialog
      title={period ? 'Edit experience' : 'Add experience'}
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save experience"
      busy={saving}
    >
        <div className="form-grid">
          <Field label="Employer" error={errors.employer}>
            <input value={employer} onChange={(e) => setEmployer(e.target.value)} autoFocus />
          </Field>
          <Field label="Start" error={errors.start} hint={futureHint(start, todayIso(), 'First day, included')}>
            <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </Field>
          <Field label="End" error={errors.end} hint="Last day, included; leave blank if ongoing">
            <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
        </div>
        <Check label="Directly applying codes (counts toward CCS eligibility)" checked={directCoding} onChange={setDirectCoding} />
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}
