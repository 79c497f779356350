import { cloneElement, useId, type ReactElement } from 'react';

interface FieldProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string;
  /** One input, select or textarea; it gets its id and aria wiring from here. */
  readonly children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and its error message right below it. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface CheckProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
}

export function Check({ label, checked, onChange, disabled }: CheckProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** A label beside its control (toolbars, filter bars); the label names only the control, never its options. */
export function InlineField({ label, hiddenLabel, className, children }: { readonly label: string; readonly hiddenLabel?: boolean; readonly className?: string; readonly children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  return (
    <span className={className ? `inline-field ${className}` : 'inline-field'}>
      <label htmlFor={id} className={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {cloneElement(children, { id })}
    </span>
  );
}
