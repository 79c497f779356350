import { useState } from 'react';
import { useApp } from '../app/app-context';

export interface RecordEditor<E> {
  /** What the open dialog edits; null while none is open. */
  readonly editing: E | null;
  readonly edit: (what: E) => void;
  readonly close: () => void;
  /** Closes the dialog, says `message` and refreshes the record. */
  readonly saved: (message: string) => void;
}

/** The add/edit dialog of a record list: which record it edits, and what happens once it saved. */
export function useRecordEditor<E>(onChanged: () => void): RecordEditor<E> {
  const { announce } = useApp();
  const [editing, setEditing] = useState<E | null>(null);
  return {
    editing,
    edit: setEditing,
    close: () => setEditing(null),
    saved: (message) => {
      setEditing(null);
      announce(message);
      onChanged();
    },
  };
}
