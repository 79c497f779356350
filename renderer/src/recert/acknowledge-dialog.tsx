import { useState } from 'react';
import type { ReminderItem } from '../../../shared/recert/types';
import { call } from '../lib/api';
import { blankToUndefined } from '../lib/form-errors';
import { proseDates } from '../lib/format';
import { FormDialog } from '../common/form-dialog';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';

const MAX_NOTE = 2000;

/** Marks a reminder as dealt with, with an optional note of what was done. */
export function AcknowledgeDialog({ item, onClose, onDone }: { readonly item: ReminderItem; readonly onClose: () => void; readonly onDone: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tooLong = note.trim().length > MAX_NOTE;

  const save = async () => {
    if (tooLong) return;
    setSaving(true);
    const result = await call('reminders:acknowledge', { itemKey: item.key, note: blankToUndefined(note) });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    onDone();
  };

  return (
    <FormDialog
      title="Acknowledge reminder"
      onClose={onClose}
      onSubmit={save}
      submitLabel="Acknowledge"
      busy={saving}
    >
        <p>
          <strong>{item.personName}</strong>: {proseDates(item.message)}
        </p>
        <Field label="Note (optional)" hint="What was done, e.g. “Emailed reminder to renew”" error={tooLong ? `Too long: ${MAX_NOTE} characters at most` : undefined}>
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} autoFocus />
        </Field>
        <ErrorBanner message={error} />
      </FormDialog>
  );
}
