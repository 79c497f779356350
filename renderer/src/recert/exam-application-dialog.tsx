import { proseDates } from '../lib/format';
import { useState } from 'react';
import type { ExamApplication, RuleSetId } from '../../../shared/types';
import type { ExamWarning } from '../../../shared/recert/types';
import type { ChannelInput } from '../../../shared/ipc';
import { examApplicationInputSchema } from '../../../shared/schemas';
import { call } from '../lib/api';
import { blankToUndefined, validate, type FieldErrors } from '../lib/form-errors';
import { useDirtyFlag } from '../app/use-dirty-flag';
import { Dialog } from '../common/dialog';
import { FormDialog } from '../common/form-dialog';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';

type ApplicationInput = ChannelInput<'exam:save'>['application'];

interface Draft {
  readonly exam: string;
  readonly appliedOn: string;
  readonly approvedOn: string;
  readonly windowEndsOn: string;
  readonly scheduledOn: string;
  readonly extensions: readonly { readonly grantedOn: string; readonly newEnd: string }[];
}

function draftOf(app: ExamApplication | undefined, asOf: string, examCode: string): Draft {
  return {
    exam: app?.exam ?? examCode,
    appliedOn: app?.appliedOn ?? asOf,
    approvedOn: app?.approvedOn ?? '',
    windowEndsOn: app?.windowEndsOn ?? '',
    scheduledOn: app?.scheduledOn ?? '',
    extensions: app?.extensions ?? [],
  };
}

interface ExamApplicationDialogProps {
  readonly employeeId: string;
  /** Undefined: a new application. */
  readonly application?: ExamApplication;
  readonly asOf: string;
  readonly ruleSet: RuleSetId;
  readonly examCode: string;
  readonly onClose: () => void;
  readonly onSaved: (message: string) => void;
}

interface Pending {
  readonly input: ApplicationInput;
  readonly warnings: readonly ExamWarning[];
}

/**
 * Records or updates an exam application. The app is first asked for warnings without saving (not
 * eligible, refund fee…); when there are any, the manager must confirm before anything is written.
 */
export function ExamApplicationDialog({ employeeId, application, asOf, ruleSet, examCode, onClose, onSaved }: ExamApplicationDialogProps) {
  const initial = draftOf(application, asOf, examCode);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  useDirtyFlag(`exam-form-${employeeId}`, pending === null && JSON.stringify(draft) !== JSON.stringify(initial));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setExtension = (i: number, key: 'grantedOn' | 'newEnd', value: string) =>
    setDraft((d) => ({ ...d, extensions: d.extensions.map((x, j) => (j === i ? { ...x, [key]: value } : x)) }));

  const save = async () => {
    const input = {
      ...(application ? { id: application.id } : {}),
      exam: blankToUndefined(draft.exam),
      appliedOn: draft.appliedOn,
      approvedOn: blankToUndefined(draft.approvedOn),
      windowEndsOn: blankToUndefined(draft.windowEndsOn),
      scheduledOn: blankToUndefined(draft.scheduledOn),
      extensions: draft.extensions.map((x) => ({ grantedOn: x.grantedOn, newEnd: x.newEnd })),
    };
    const checked = validate(examApplicationInputSchema, input);
    if (!checked.ok) {
      const found: Record<string, string> = { ...checked.errors };
      if (found.extensions) found.extensions = `Each extension needs the date granted and a new window end on or after it (${found.extensions})`;
      return setErrors(found);
    }
    setErrors({});
    setBusy(true);
    const check = await call('exam:save', { employeeId, application: checked.value, ruleSet, checkOnly: true });
    if (!check.ok) {
      setBusy(false);
      return setSaveError(check.error);
    }
    setSaveError(null);
    if (check.value.warnings.length > 0) {
      setBusy(false);
      return setPending({ input: checked.value, warnings: check.value.warnings });
    }
    await commit(checked.value);
  };

  const commit = async (input: ApplicationInput) => {
    setBusy(true);
    const result = await call('exam:save', { employeeId, application: input, ruleSet });
    setBusy(false);
    if (!result.ok) return setSaveError(result.error);
    onSaved('Exam application saved.');
  };

  // Nothing was written yet: declining just closes.
  const decline = () => onSaved(application ? 'Changes to the exam application not kept.' : 'Exam application not recorded.');

  if (pending) {
    return (
      <Dialog
        title="Confirm the exam application"
        onClose={decline}
        busy={busy}
        footer={
          <>
            <button type="button" onClick={decline} disabled={busy}>
              {application ? 'Don’t keep the changes' : 'Don’t record it'}
            </button>
            <button type="button" className="primary" onClick={() => void commit(pending.input)} disabled={busy} autoFocus>
              Confirm and save
            </button>
          </>
        }
      >
        <p>Please check before going ahead:</p>
        <ul className="exam-warnings" aria-label="Warnings">
          {pending.warnings.map((w) => (
            <li key={w.code}>
              <span aria-hidden="true">⚠ </span>
              {proseDates(w.message)}
            </li>
          ))}
        </ul>
        <ErrorBanner message={saveError} />
      </Dialog>
    );
  }

  return (
    <FormDialog
      title={application ? 'Update the exam application' : 'Record an exam application'}
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save application"
      busy={busy}
    >
        <div className="form-grid">
          <Field label="Exam" error={errors.exam}>
            <input value={draft.exam} onChange={(e) => set('exam', e.target.value)} />
          </Field>
          <Field label="Applied on" error={errors.appliedOn}>
            <input type="date" value={draft.appliedOn} onChange={(e) => set('appliedOn', e.target.value)} autoFocus />
          </Field>
          <Field label="Approved on" error={errors.approvedOn}>
            <input type="date" value={draft.approvedOn} onChange={(e) => set('approvedOn', e.target.value)} />
          </Field>
          <Field label="Window ends on" error={errors.windowEndsOn} hint="Only when the approval shows a different date">
            <input type="date" value={draft.windowEndsOn} onChange={(e) => set('windowEndsOn', e.target.value)} />
          </Field>
          <Field label="Exam scheduled on" error={errors.scheduledOn}>
            <input type="date" value={draft.scheduledOn} onChange={(e) => set('scheduledOn', e.target.value)} />
          </Field>
        </div>
        <fieldset className="extensions">
          <legend>Window extensions</legend>
          {draft.extensions.length === 0 ? <p className="muted">None.</p> : null}
          {draft.extensions.map((x, i) => (
            <div key={i} className="extension-row">
              <Field label={`Extension ${i + 1}: granted on`}>
                <input type="date" value={x.grantedOn} onChange={(e) => setExtension(i, 'grantedOn', e.target.value)} />
              </Field>
              <Field label={`Extension ${i + 1}: new window end`}>
                <input type="date" value={x.newEnd} onChange={(e) => setExtension(i, 'newEnd', e.target.value)} />
              </Field>
              <button type="button" className="small" onClick={() => set('extensions', draft.extensions.filter((_, j) => j !== i))}>
                Remove extension {i + 1}
              </button>
            </div>
          ))}
          {errors.extensions ? (
            <p className="field-error" role="alert">
              {errors.extensions}
            </p>
          ) : null}
          <button type="button" className="small" onClick={() => set('extensions', [...draft.extensions, { grantedOn: asOf, newEnd: '' }])}>
            Add an extension
          </button>
        </fieldset>
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}
