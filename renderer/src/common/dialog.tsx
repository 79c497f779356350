import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Buttons along the bottom. */
  readonly footer?: ReactNode;
  readonly wide?: boolean;
  /** Escape does nothing while long work runs. */
  readonly busy?: boolean;
}

/**
 * A modal on the native <dialog>: the browser traps focus and makes the page inert. The focus goes
 * back to the control that opened it: the browser's own return is lost when React removes the
 * element, so the opener is remembered here and focused once the dialog is gone.
 */
export function Dialog({ title, onClose, children, footer, wide, busy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (el && !el.open) el.showModal();
    return () => {
      el?.close();
      setTimeout(() => {
        // Only when nothing else took the focus meanwhile (a screen change focuses its own heading).
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
      }, 0);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={busy}>
          ✕
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer ? <footer className="dialog-footer">{footer}</footer> : null}
    </dialog>
  );
}
