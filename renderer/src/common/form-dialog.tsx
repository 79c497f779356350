import { useId, type ReactNode } from 'react';
import { Dialog } from './dialog';

interface FormDialogProps {
  readonly title: string;
  readonly onClose: () => void;
  /** Runs on the submit button or Enter; the form does its own validation (noValidate). */
  readonly onSubmit: () => unknown;
  readonly submitLabel: string;
  /** The submit button's words while `busy`. */
  readonly busyLabel?: string;
  readonly busy: boolean;
  /** More buttons, between Cancel and the submit button. */
  readonly extraButtons?: ReactNode;
  readonly children: ReactNode;
}

/** A dialog holding one form, with Cancel and a submit button that says what it does. */
export function FormDialog({ title, onClose, onSubmit, submitLabel, busyLabel = 'Saving…', busy, extraButtons, children }: FormDialogProps) {
  const formId = useId();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      busy={busy}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          {extraButtons}
          <button type="submit" form={formId} className="primary" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
