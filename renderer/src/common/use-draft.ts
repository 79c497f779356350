import { useState } from 'react';

export interface Draft<D> {
  /** The stored values the draft started from; null until the record has arrived. */
  readonly original: D | null;
  readonly draft: D | null;
  /** True when the draft differs from what is stored. */
  readonly dirty: boolean;
  readonly edit: (change: (draft: D) => D) => void;
  /** Drops the edits: back to the stored values. */
  readonly discard: () => void;
  /** Starts again from values just saved (the answer of a save), before the record is fetched again. */
  readonly startFrom: (values: D) => void;
}

interface Held<D> {
  readonly basis: unknown;
  readonly original: D | null;
  readonly draft: D | null;
}

/**
 * A form's draft of a stored record. It starts from the record, and starts again whenever another
 * version of the record arrives (`basis` changes: a save here, a change made elsewhere) while the
 * form holds no unsaved edits. Edits in progress are never overwritten.
 */
export function useDraft<S, D>(source: S | undefined, basis: unknown, draftOf: (source: S) => D, same: (a: D, b: D) => boolean): Draft<D> {
  const [held, setHeld] = useState<Held<D>>(() => {
    const start = source === undefined ? null : draftOf(source);
    return { basis: source === undefined ? undefined : basis, original: start, draft: start };
  });
  const dirty = held.original !== null && held.draft !== null && !same(held.original, held.draft);
  if (source !== undefined && basis !== held.basis && !dirty) {
    const start = draftOf(source);
    setHeld({ basis, original: start, draft: start });
  }
  return {
    original: held.original,
    draft: held.draft,
    dirty,
    edit: (change) => setHeld((h) => (h.draft === null ? h : { ...h, draft: change(h.draft) })),
    discard: () => setHeld((h) => ({ ...h, draft: h.original })),
    startFrom: (values) => setHeld((h) => ({ ...h, original: values, draft: values })),
  };
}
