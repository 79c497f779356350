import { useState } from 'react';
import type { Person } from '../../../shared/types';
import { EMPLOYMENT_STATUSES } from '../../../shared/types';
import { personPatchSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { parseNumberInput, validate, type FieldErrors } from '../lib/form-errors';
import { EMPLOYMENT_LABELS } from '../lib/format';
import { Check, Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { useApp } from '../app/app-context';
import { useDirtyFlag } from '../app/use-dirty-flag';
import { futureHint } from '../../../shared/future-dates';
import { todayIso } from '../../../shared/dates';
import { useBaseVersion } from './person-version';
import { useDraft } from '../common/use-draft';

interface Draft {
  readonly firstName: string;
  readonly lastName: string;
  readonly unit: string;
  readonly jobTitle: string;
  readonly employmentStatus: Person['employmentStatus'];
  readonly hireDate: string;
  readonly fte: string;
  readonly email: string;
  readonly isRn: boolean;
  readonly hsDiploma: boolean;
  readonly notes: string;
}

function draftOf(p: Person): Draft {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    unit: p.unit ?? '',
    jobTitle: p.jobTitle ?? '',
    employmentStatus: p.employmentStatus,
    hireDate: p.hireDate ?? '',
    fte: p.fte === undefined ? '' : String(p.fte),
    email: p.email ?? '',
    isRn: p.isRn ?? false,
    hsDiploma: p.hsDiploma ?? false,
    notes: p.notes ?? '',
  };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return (Object.keys(a) as (keyof Draft)[]).every((k) => a[k] === b[k]);
}

/** Fields a manager may empty; sending `null` clears them in the roster. */
const CLEARABLE: ReadonlySet<keyof Draft> = new Set<keyof Draft>(['unit', 'jobTitle', 'hireDate', 'fte', 'email', 'notes']);

/** Only the fields the user changed; an emptied optional field is sent as null so it is cleared. */
function changesOf(original: Draft, draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    if (draft[key] === original[key]) continue;
    const value = draft[key];
    if (CLEARABLE.has(key) && typeof value === 'string' && value.trim() === '') out[key] = null;
    else if (key === 'fte') out.fte = parseNumberInput(draft.fte);
    else if (typeof value === 'string') out[key] = value.trim();
    else out[key] = value;
  }
  return out;
}

interface PersonFieldsFormProps {
  readonly person: Person;
  /** The stored version of the person: a new one starts the form again from the record, unless it holds edits. */
  readonly version: number;
  readonly onSaved: () => void;
}

/** The person's own fields and notes, validated at each field and saved through the API. */
export function PersonFieldsForm({ person, version, onSaved }: PersonFieldsFormProps) {
  const baseVersion = useBaseVersion();
  const { announce } = useApp();
  const form = useDraft(person, `${person.employeeId}@${version}`, draftOf, sameDraft);
  const original = form.original ?? draftOf(person);
  const draft = form.draft ?? original;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { dirty } = form;
  useDirtyFlag(`person-fields-${person.employeeId}`, dirty);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => form.edit((d) => ({ ...d, [key]: value }));

  const save = async () => {
    const checked = validate(personPatchSchema, changesOf(original, draft));
    if (!checked.ok) {
      setErrors(checked.errors);
      announce('Some fields need attention before saving.');
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await call('person:update', { employeeId: person.employeeId, changes: checked.value, baseVersion });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setSaveError(null);
    form.startFrom(draftOf(result.value));
    announce('Saved.');
    onSaved();
  };

  return (
    <form
      className="card"
      aria-labelledby="person-fields-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="person-fields-title">Details</h2>
      <div className="form-grid">
        <Field label="First name" error={errors.firstName}>
          <input value={draft.firstName} onChange={(e) => set('firstName', e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Last name" error={errors.lastName}>
          <input value={draft.lastName} onChange={(e) => set('lastName', e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Unit" error={errors.unit}>
          <input value={draft.unit} onChange={(e) => set('unit', e.target.value)} />
        </Field>
        <Field label="Job title" error={errors.jobTitle}>
          <input value={draft.jobTitle} onChange={(e) => set('jobTitle', e.target.value)} />
        </Field>
        <Field label="Employment status" error={errors.employmentStatus}>
          <select value={draft.employmentStatus} onChange={(e) => set('employmentStatus', e.target.value as Draft['employmentStatus'])}>
            {EMPLOYMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {EMPLOYMENT_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Hire date" error={errors.hireDate} hint={futureHint(draft.hireDate, todayIso())}>
          <input type="date" value={draft.hireDate} onChange={(e) => set('hireDate', e.target.value)} />
        </Field>
        <Field label="FTE" error={errors.fte} hint="0 to 1.5">
          <input inputMode="decimal" value={draft.fte} onChange={(e) => set('fte', e.target.value)} />
        </Field>
        <Field label="Email" error={errors.email}>
          <input type="email" value={draft.email} onChange={(e) => set('email', e.target.value)} />
        </Field>
      </div>
      <div className="check-row">
        <Check label="Registered nurse (RN)" checked={draft.isRn} onChange={(v) => set('isRn', v)} />
        <Check label="High-school diploma or equivalent on record" checked={draft.hsDiploma} onChange={(v) => set('hsDiploma', v)} />
      </div>
      <Field label="Notes" error={errors.notes}>
        <textarea rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </Field>
      <ErrorBanner
        message={saveError}
        retryLabel="Discard my changes and show the record as it is now"
        onRetry={() => {
          // A refused save (someone changed the person meanwhile, or the disk is full): the way on
          // is to start again from what is stored.
          form.discard();
          setSaveError(null);
          onSaved();
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" disabled={!dirty || saving} onClick={() => { form.discard(); setErrors({}); }}>
          Discard changes
        </button>
        {dirty ? <span className="unsaved">Unsaved changes</span> : null}
      </div>
    </form>
  );
}
