import { useMemo, useState } from 'react';
import type { BulkChange } from '../../../shared/schemas';
import type { PersonSummary } from '../../../shared/view-models';
import { bulkChangeSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { formatCount } from '../lib/format';
import { parseNumberInput, validate } from '../lib/form-errors';
import { useApp } from '../app/app-context';
import { FormDialog } from '../common/form-dialog';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';

type Asking = 'unit' | 'fte' | 'diploma' | 'acknowledge' | null;

interface BulkBarProps {
  readonly selected: ReadonlySet<string>;
  readonly people: readonly PersonSummary[];
  readonly onClear: () => void;
  readonly onChanged: () => void;
}

const peopleWord = (n: number) => (n === 1 ? '1 person' : `${formatCount(n)} people`);

/** What can be done to everyone selected at once; each change is one write, announced with its count. */
export function BulkBar({ selected, people, onClear, onChanged }: BulkBarProps) {
  const app = useApp();
  const [asking, setAsking] = useState<Asking>(null);
  const ids = useMemo(() => people.filter((p) => selected.has(p.employeeId)).map((p) => p.employeeId), [people, selected]);
  const units = useMemo(() => [...new Set(people.map((p) => p.unit).filter(Boolean))].sort(), [people]);

  const done = (message: string) => {
    setAsking(null);
    app.announce(message);
    onChanged();
  };

  return (
    <div className="bulk-bar" role="toolbar" aria-label="Act on the people selected">
      <strong data-testid="selected-count">{peopleWord(ids.length)} selected</strong>
      <button type="button" onClick={() => setAsking('unit')}>
        Set unit…
      </button>
      <button type="button" onClick={() => setAsking('fte')}>
        Set FTE…
      </button>
      <button type="button" onClick={() => setAsking('diploma')}>
        Mark diploma on record…
      </button>
      <button type="button" onClick={() => setAsking('acknowledge')}>
        Acknowledge reminders…
      </button>
      <button type="button" onClick={() => app.openExport('roster', ids)}>
        Export selection…
      </button>
      <button type="button" className="link-button" onClick={onClear}>
        Clear selection
      </button>
      {asking !== null ? (
        <BulkDialog kind={asking} ids={ids} units={units} onClose={() => setAsking(null)} onDone={done} />
      ) : null}
    </div>
  );
}

interface BulkDialogProps {
  readonly kind: Exclude<Asking, null>;
  readonly ids: readonly string[];
  readonly units: readonly string[];
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}

const TITLES: Readonly<Record<Exclude<Asking, null>, string>> = {
  unit: 'Set the unit',
  fte: 'Set the FTE',
  diploma: 'Mark the high-school diploma on record',
  acknowledge: 'Acknowledge reminders',
};

/** Asks for the one value a bulk change needs, checks it with the channel's own schema, and sends it. */
function BulkDialog({ kind, ids, units, onClose, onDone }: BulkDialogProps) {
  const { asOf } = useApp();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const who = peopleWord(ids.length);

  const change = (): unknown => {
    switch (kind) {
      case 'unit':
        return { kind, unit: text.trim() === '' ? null : text };
      case 'fte': {
        const fte = parseNumberInput(text);
        return { kind, fte: fte === undefined ? null : fte };
      }
      case 'diploma':
        return { kind, hsDiploma: true };
      case 'acknowledge':
        return { kind, asOf, ...(text.trim() ? { note: text } : {}) };
    }
  };

  const submit = async () => {
    const checked = validate(bulkChangeSchema, change());
    if (!checked.ok) {
      const first = Object.values(checked.errors)[0];
      return setFieldError(kind === 'fte' ? 'Enter a number from 0 to 1.5 (e.g. 0.8), or leave it blank to clear the FTE' : first);
    }
    setFieldError(undefined);
    setBusy(true);
    const result = await call('people:bulk', { employeeIds: [...ids], change: checked.value as BulkChange });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const { changed, acknowledged } = result.value;
    onDone(
      kind === 'acknowledge'
        ? `${formatCount(acknowledged)} reminders acknowledged for ${peopleWord(changed)}.`
        : `${peopleWord(changed)} changed${changed < ids.length ? `; ${formatCount(ids.length - changed)} already had it` : ''}.`,
    );
  };

  return (
    <FormDialog title={TITLES[kind]} onClose={onClose} onSubmit={submit} submitLabel={`Apply to ${who}`} busy={busy}>
      {kind === 'unit' ? (
        <Field label="Unit" error={fieldError} hint={`For the ${who} selected. Leave blank to clear the unit.`}>
          <input value={text} onChange={(e) => setText(e.target.value)} list="bulk-units" autoFocus />
        </Field>
      ) : null}
      {kind === 'unit' ? (
        <datalist id="bulk-units">
          {units.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      ) : null}
      {kind === 'fte' ? (
        <Field label="FTE" error={fieldError} hint={`For the ${who} selected: 0 to 1.5, e.g. 0.8. Leave blank to clear it.`}>
          <input inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </Field>
      ) : null}
      {kind === 'diploma' ? (
        <p>
          Record a high-school diploma (or equivalent) for the {who} selected. Under the “Diploma required” rule set it is
          what the CCS exam requires.
        </p>
      ) : null}
      {kind === 'acknowledge' ? (
        <Field label="Note (optional)" error={fieldError} hint={`Every open reminder of the ${who} selected, as of the view's date, is marked as dealt with.`}>
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        </Field>
      ) : null}
      <ErrorBanner message={error} />
    </FormDialog>
  );
}
