import { useState } from 'react';
import type { Credential } from '../../../shared/types';
import { ceuEntrySchema } from '../../../shared/recert/schemas';
import { call } from '../lib/api';
import { blankToUndefined, parseNumberInput, validate, type FieldErrors } from '../lib/form-errors';
import { useDirtyFlag } from '../app/use-dirty-flag';
import { Check, Field } from '../common/field';
import { useBaseVersion } from '../person/person-version';

interface Draft {
  readonly credentialId: string;
  readonly date: string;
  readonly title: string;
  readonly hours: string;
  readonly provider: string;
  readonly selfReview: boolean;
  readonly hiimDomain: boolean;
}

interface CeuEntryFormProps {
  readonly employeeId: string;
  readonly body: string;
  /** The body's credentials the entry may be recorded against. */
  readonly credentials: readonly Credential[];
  readonly asOf: string;
  /** The body's rule asks whether each activity falls within its domains. */
  readonly asksDomain: boolean;
  readonly onAdded: (message: string) => void;
}

/** Records one CEU activity against one of the body's credentials; checked at the field before it is sent. */
export function CeuEntryForm({ employeeId, body, credentials, asOf, asksDomain, onAdded }: CeuEntryFormProps) {
  const baseVersion = useBaseVersion();
  const blank: Draft = { credentialId: credentials[0]?.id ?? '', date: asOf, title: '', hours: '', provider: '', selfReview: false, hiimDomain: true };
  const [draft, setDraft] = useState<Draft>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyFlag(`ceu-form-${employeeId}-${body}`, draft.title !== '' || draft.hours !== '' || draft.provider !== '');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const add = async () => {
    const hours = parseNumberInput(draft.hours);
    const checked = validate(ceuEntrySchema, {
      date: draft.date,
      title: draft.title,
      hours: hours ?? Number.NaN,
      provider: blankToUndefined(draft.provider),
      ...(draft.selfReview ? { selfReview: true } : {}),
      ...(asksDomain ? { hiimDomain: draft.hiimDomain } : {}),
    });
    if (!checked.ok) {
      // "Enter a number" alone does not say what kind of number this field wants.
      const hoursError = checked.errors.hours && (hours === undefined || Number.isNaN(hours)) ? 'Enter the hours as a number, e.g. 1.5' : checked.errors.hours;
      return setErrors({ ...checked.errors, ...(hoursError ? { hours: hoursError } : {}) });
    }
    if (!draft.credentialId) return setErrors({ credentialId: 'Choose the credential these CEUs count for' });
    setErrors({});
    setSaving(true);
    const result = await call('ceu:add', { employeeId, credentialId: draft.credentialId, entry: checked.value, baseVersion });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    setSaveError(null);
    setDraft({ ...blank, credentialId: draft.credentialId, date: draft.date });
    onAdded(`${checked.value.hours} CEU hours added for ${body}.`);
  };

  return (
    <form
      className="ceu-form"
      aria-label={`Add CEUs for ${body}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h4>Add CEUs</h4>
      <div className="ceu-form-grid">
        {credentials.length > 1 ? (
          <Field label="Counts for" error={errors.credentialId}>
            <select value={draft.credentialId} onChange={(e) => set('credentialId', e.target.value)}>
              {credentials.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field label="Date" error={errors.date}>
          <input type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
        </Field>
        <Field label="Title" error={errors.title}>
          <input value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </Field>
        <Field label="Hours" error={errors.hours}>
          <input inputMode="decimal" value={draft.hours} onChange={(e) => set('hours', e.target.value)} />
        </Field>
        <Field label="Provider" error={errors.provider} hint={body === 'AHIMA' ? 'e.g. AHIMA, HCPro or a state association' : undefined}>
          <input value={draft.provider} onChange={(e) => set('provider', e.target.value)} />
        </Field>
      </div>
      {body === 'AHIMA' ? (
        <Check label="One of the mandatory annual coding self-reviews (CCA, CCS, CCS-P)" checked={draft.selfReview} onChange={(on) => set('selfReview', on)} />
      ) : null}
      {asksDomain ? (
        <Check label="Within the HIIM domains (at least 80% of the cycle's CEUs must be)" checked={draft.hiimDomain} onChange={(on) => set('hiimDomain', on)} />
      ) : null}
      <div className="button-row">
        <button type="submit" disabled={saving}>
          {saving ? 'Adding…' : 'Add CEU entry'}
        </button>
        {saveError ? (
          <span role="alert" className="field-error">
            {saveError}
          </span>
        ) : null}
      </div>
    </form>
  );
}
