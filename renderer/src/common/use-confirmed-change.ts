import { useState } from 'react';
import type { IpcResult } from '../../../shared/ipc';
import { useApp, type ConfirmOptions } from '../app/app-context';

export interface ConfirmedChange {
  /** Asks `question`; on yes runs `change`, then announces `done` and refreshes, or keeps the error to show. */
  readonly run: (question: ConfirmOptions, change: () => Promise<IpcResult<unknown>>, done: string) => Promise<void>;
  /** What went wrong with the last change, in the app's words; null when it went through. */
  readonly error: string | null;
  readonly setError: (error: string | null) => void;
}

/** The record lists' delete buttons: ask first, make the change, say what happened. */
export function useConfirmedChange(onChanged: () => void): ConfirmedChange {
  const { confirm, announce } = useApp();
  const [error, setError] = useState<string | null>(null);
  const run: ConfirmedChange['run'] = async (question, change, done) => {
    if (!(await confirm(question))) return;
    const result = await change();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    announce(done);
    onChanged();
  };
  return { run, error, setError };
}
