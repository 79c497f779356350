import { useId, useState } from 'react';
import type { Credential, CredentialDefinition } from '../../../shared/types';
import { credentialInputSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { blankToUndefined, parseNumberInput, validate, type FieldErrors } from '../lib/form-errors';
import { FormDialog } from '../common/form-dialog';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import { useDirtyFlag } from '../app/use-dirty-flag';
import { futureHint } from '../../../shared/future-dates';
import { todayIso } from '../../../shared/dates';
import { useBaseVersion } from './person-version';

export interface CredentialDraft {
  readonly id?: string;
  readonly code: string;
  readonly number: string;
  readonly issuer: string;
  readonly earnedOn: string;
  readonly expiresOn: string;
  readonly verifiedOn: string;
  readonly ceusEarned: string;
}

export function credentialDraft(c?: Credential): CredentialDraft {
  return {
    ...(c ? { id: c.id } : {}),
    code: c?.code ?? '',
    number: c?.number ?? '',
    issuer: c?.issuer ?? '',
    earnedOn: c?.earnedOn ?? '',
    expiresOn: c?.expiresOn ?? '',
    verifiedOn: c?.verifiedOn ?? '',
    ceusEarned: c?.ceusEarned === undefined ? '' : String(c.ceusEarned),
  };
}

interface CredentialFormDialogProps {
  readonly title: string;
  readonly employeeId: string;
  readonly initial: CredentialDraft;
  readonly catalog: readonly CredentialDefinition[];
  /** Explains prefilled values, e.g. for a renewal. */
  readonly note?: string;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

/** Add, edit or renew one credential. */
export function CredentialFormDialog({ title, employeeId, initial, catalog, note, onClose, onSaved }: CredentialFormDialogProps) {
  const baseVersion = useBaseVersion();
  const listId = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useDirtyFlag(`credential-form-${employeeId}`, JSON.stringify(draft) !== JSON.stringify(initial));
  const set = <K extends keyof CredentialDraft>(key: K, value: CredentialDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    const input = {
      ...(draft.id ? { id: draft.id } : {}),
      code: draft.code,
      number: blankToUndefined(draft.number),
      issuer: blankToUndefined(draft.issuer),
      earnedOn: blankToUndefined(draft.earnedOn),
      expiresOn: blankToUndefined(draft.expiresOn),
      verifiedOn: blankToUndefined(draft.verifiedOn),
      ceusEarned: parseNumberInput(draft.ceusEarned),
    };
    const checked = validate(credentialInputSchema, input);
    if (!checked.ok) return setErrors(checked.errors);
    if (checked.value.earnedOn && checked.value.expiresOn && checked.value.expiresOn < checked.value.earnedOn) {
      return setErrors({ expiresOn: 'The expiry date is before the date it was earned' });
    }
    setErrors({});
    setSaving(true);
    const result = await call('credential:save', { employeeId, credential: checked.value, baseVersion });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    onSaved();
  };

  const known = catalog.find((c) => c.code === draft.code.trim().toUpperCase());
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save credential"
      busy={saving}
    >
        {note ? <p className="hint-box">{note}</p> : null}
        <div className="form-grid">
          <Field label="Credential" error={errors.code} hint={known ? `${known.name} (${known.body})` : draft.code ? 'Not in the catalog: kept as your own credential' : 'Code, e.g. CCS or CPC'}>
            <input list={listId} value={draft.code} onChange={(e) => set('code', e.target.value)} autoFocus />
          </Field>
          <datalist id={listId}>
            {catalog.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </datalist>
          <Field label="Number" error={errors.number}>
            <input value={draft.number} onChange={(e) => set('number', e.target.value)} />
          </Field>
          <Field label="Issuer" error={errors.issuer}>
            <input value={draft.issuer} onChange={(e) => set('issuer', e.target.value)} placeholder={known?.body ?? ''} />
          </Field>
          <Field label="Earned on" error={errors.earnedOn} hint={futureHint(draft.earnedOn, todayIso())}>
            <input type="date" value={draft.earnedOn} onChange={(e) => set('earnedOn', e.target.value)} />
          </Field>
          <Field label="Expires on" error={errors.expiresOn} hint="End of the current certification cycle">
            <input type="date" value={draft.expiresOn} onChange={(e) => set('expiresOn', e.target.value)} />
          </Field>
          <Field label="Verified on" error={errors.verifiedOn}>
            <input type="date" value={draft.verifiedOn} onChange={(e) => set('verifiedOn', e.target.value)} />
          </Field>
          <Field label="CEUs earned this cycle" error={errors.ceusEarned} hint={known?.ceusPerCycle ? `${known.ceusPerCycle} needed per cycle` : undefined}>
            <input inputMode="decimal" value={draft.ceusEarned} onChange={(e) => set('ceusEarned', e.target.value)} />
          </Field>
        </div>
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}
