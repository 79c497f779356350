import { useState } from 'react';
import type { EmploymentStatus } from '../../../shared/types';
import { EMPLOYMENT_STATUSES } from '../../../shared/types';
import { newPersonSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { blankToUndefined, validate, type FieldErrors } from '../lib/form-errors';
import { EMPLOYMENT_LABELS } from '../lib/format';
import { FormDialog } from '../common/form-dialog';
import { Check, Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { useApp } from '../app/app-context';

/** Adds one person by hand; their credentials and experience are added on the person screen. */
export function NewPersonDialog({ onClose }: { readonly onClose: () => void }) {
  const { navigate, announce } = useApp();
  const [employeeId, setEmployeeId] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [unit, setUnit] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [employmentStatus, setEmploymentStatus] = useState<EmploymentStatus>('active');
  const [isRn, setIsRn] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const checked = validate(newPersonSchema, {
      employeeId,
      firstName,
      lastName,
      unit: blankToUndefined(unit),
      jobTitle: blankToUndefined(jobTitle),
      employmentStatus,
      isRn,
    });
    const problems: Record<string, string> = checked.ok ? {} : { ...checked.errors };
    if (!firstName.trim()) problems.firstName = 'Enter a first name';
    if (!lastName.trim()) problems.lastName = 'Enter a last name';
    if (!checked.ok || Object.keys(problems).length > 0) return setErrors(problems);
    setErrors({});
    setSaving(true);
    const result = await call('person:create', { person: checked.value });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    announce(`Added ${result.value.lastName}, ${result.value.firstName}.`);
    onClose();
    navigate({ name: 'person', employeeId: result.value.employeeId });
  };

  return (
    <FormDialog
      title="New person"
      onClose={onClose}
      onSubmit={save}
      submitLabel="Add person"
      busyLabel="Adding…"
      busy={saving}
    >
        <div className="form-grid">
          <Field label="Employee ID" error={errors.employeeId} hint="As in your HR system; leading zeros are kept">
            <input value={employeeId} onChange={(e) => setEmployeeId(e.target.value)} autoFocus />
          </Field>
          <Field label="First name" error={errors.firstName}>
            <input value={firstName} onChange={(e) => setFirstName(e.target.value)} />
          </Field>
          <Field label="Last name" error={errors.lastName}>
            <input value={lastName} onChange={(e) => setLastName(e.target.value)} />
          </Field>
          <Field label="Unit" error={errors.unit}>
            <input value={unit} onChange={(e) => setUnit(e.target.value)} />
          </Field>
          <Field label="Job title" error={errors.jobTitle}>
            <input value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
          </Field>
          <Field label="Employment status" error={errors.employmentStatus}>
            <select value={employmentStatus} onChange={(e) => setEmploymentStatus(e.target.value as EmploymentStatus)}>
              {EMPLOYMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {EMPLOYMENT_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Check label="Registered nurse (RN)" checked={isRn} onChange={setIsRn} />
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}
