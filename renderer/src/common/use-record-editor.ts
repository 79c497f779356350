import { useState } from 'react';
import { useApp } from '../app/app-context';

export interface RecordEditor<E> {
  /** What the open dialog edits; null while none is open. */
  readonly editing: E | null;
  readonly edit: (what: E) => void;
  readonly close: () => void;
  /** Closes the dialog, says `message` and refreshes the record. */
  readonly saved: (message: string) => void;
  /** A form dialog's onClose and onSaved, saying `message` once saved. */
  readonly dialogProps: (message: string) => { readonly onClose: () => void; readonly onSaved: () => void };
}

/** The add/edit dialog of a record list: which record it edits, and what happens once it saved. */
export function useRecordEditor<E>(onChanged: () => void): RecordEditor<E> {
  const { announce } = useApp();
  const [editing, setEditing] = useState<E | null>(null);
  const close = () => setEditing(null);
  const saved = (message: string) => {
    setEditing(null);
    announce(message);
    onChanged();
  };
  return { editing, edit: setEditing, close, saved, dialogProps: (message) => ({ onClose: close, onSaved: () => saved(message) }) };
}
