import { useId, useState } from 'react';
import type { ExamFacts } from '../../../shared/recert/types';
import { examResultInputSchema } from '../../../shared/schemas';
import type { ExamResultOutcome } from '../../../shared/view-models';
import { call } from '../lib/api';
import { blankToUndefined, parseNumberInput, validate, type FieldErrors } from '../lib/form-errors';
import { FormDialog } from '../common/form-dialog';
import { Field } from '../common/field';
import { ErrorBanner } from '../common/error-banner';
import type { ExamApplication } from '../../../shared/types';

type Kind = 'score' | 'no-show' | 'withdrawn';

interface ExamResultDialogProps {
  readonly employeeId: string;
  readonly application: ExamApplication;
  readonly facts: ExamFacts | null;
  readonly onClose: () => void;
  readonly onSaved: (outcome: ExamResultOutcome) => void;
}

/** Records the scaled score (pass or fail by the passing score in use), or a no-show or withdrawal. */
export function ExamResultDialog({ employeeId, application, facts, onClose, onSaved }: ExamResultDialogProps) {
  const formId = useId();
  const [kind, setKind] = useState<Kind>('score');
  const [score, setScore] = useState('');
  const [on, setOn] = useState(application.scheduledOn ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const scoreValue = parseNumberInput(score);
    const input = {
      employeeId,
      applicationId: application.id,
      ...(kind === 'score' ? { score: scoreValue ?? Number.NaN } : { outcome: kind }),
      on: blankToUndefined(on),
    };
    const checked = validate(examResultInputSchema, input);
    if (!checked.ok) {
      return setErrors(checked.errors.score && kind === 'score' ? { ...checked.errors, score: 'Enter the scaled score as a number, e.g. 312' } : checked.errors);
    }
    setErrors({});
    setSaving(true);
    const result = await call('exam:result', checked.value);
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    onSaved(result.value);
  };

  const scale = facts ? `Scaled ${facts.scoreMin}–${facts.scoreMax}; ${facts.passingScore} or more passes` : undefined;
  return (
    <FormDialog
      title="Record the exam result"
      onClose={onClose}
      onSubmit={save}
      submitLabel="Save result"
      busy={saving}
    >
        <fieldset className="checks">
          <legend>Outcome</legend>
          {(
            [
              ['score', 'Sat the exam'],
              ['no-show', 'Did not show up'],
              ['withdrawn', 'Withdrew'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="check">
              <input type="radio" name={`${formId}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          {kind === 'score' ? (
            <Field label="Scaled score" error={errors.score} {...(scale ? { hint: scale } : {})}>
              <input inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} autoFocus />
            </Field>
          ) : null}
          <Field label="Result date" error={errors.on} hint="The exam date when left blank">
            <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          </Field>
        </div>
        <ErrorBanner message={saveError} />
      </FormDialog>
  );
}
