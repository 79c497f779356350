import { useState } from 'react';
import type { Credential } from '../../../shared/types';
import { credentialSaveSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { blankToUndefined, validate, type FieldErrors } from '../lib/form-errors';
import { formatDate } from '../lib/format';
import { FormDialog } from '../common/form-dialog';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import type { Cycle } from '../../../shared/recert/types';
import { useBaseVersion } from '../person/person-version';

interface CycleOverrideDialogProps {
  readonly employeeId: string;
  readonly credential: Credential;
  /** The cycle in use now, shown as the starting point. */
  readonly cycle: Cycle;
  readonly onClose: () => void;
  readonly onSaved: (message: string) => void;
}

/** Sets (or clears) the cycle dates of one credential, for when the certificate says otherwise than the rule. */
export function CycleOverrideDialog({ employeeId, credential, cycle, onClose, onSaved }: CycleOverrideDialogProps) {
  const baseVersion = useBaseVersion();
  const [start, setStart] = useState(credential.cycleStart ?? '');
  const [end, setEnd] = useState(credential.cycleEnd ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (clear: boolean) => {
    // credential:save replaces the credential's own fields, so send them back as stored.
    const { ceuEntries: _entries, cycleStart: _s, cycleEnd: _e, ...fields } = credential;
    const input = {
      ...fields,
      cycleStart: clear ? null : (blankToUndefined(start) ?? null),
      cycleEnd: clear ? null : (blankToUndefined(end) ?? null),
    };
    const checked = validate(credentialSaveSchema, input);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setSaving(true);
    const result = await call('credential:save', { employeeId, credential: checked.value, baseVersion });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    onSaved(clear ? `${credential.code} cycle back to the certifying body's rule.` : `${credential.code} cycle dates saved.`);
  };

  const hasOverride = credential.cycleStart !== undefined || credential.cycleEnd !== undefined;
  return (
    <FormDialog
      title={`Cycle dates for ${credential.code}`}
      onClose={onClose}
      onSubmit={() => save(false)}
      submitLabel="Save cycle dates"
      busy={saving}
      extraButtons={
        hasOverride ? (
          <button type="button" onClick={() => void save(true)} disabled={saving}>
            Use the rule’s dates
          </button>
        ) : null
      }
    >
        <p className="hint-box">
          In use now: {formatDate(cycle.start)} – {formatDate(cycle.end)} ({cycleSourceText(cycle.source)}). Dates entered here win over the
          certifying body’s rule; leave one blank to keep the rule for it.
        </p>
        <div className="form-grid">
          <Field label="Cycle start" error={errors.cycleStart}>
            <input type="date" value={start} onChange={(e) => setStart(e.target.value)} autoFocus />
          </Field>
          <Field label="Cycle end" error={errors.cycleEnd}>
            <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
          </Field>
        </div>
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}

export function cycleSourceText(source: Cycle['source']): string {
  switch (source) {
    case 'override':
      return 'dates you entered';
    case 'recorded-expiry':
      return 'from the recorded expiry date';
    case 'default-rule':
      return 'from the certifying body’s rule';
  }
}
