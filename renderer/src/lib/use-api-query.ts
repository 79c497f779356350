import { useCallback, useEffect, useState } from 'react';
import type { IpcResult } from '../../../shared/ipc';

export interface QueryState<T> {
  /** The last value loaded; kept while a refetch runs so the screen does not blank. */
  readonly data: T | undefined;
  readonly error: string | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

interface Loaded<T> {
  readonly load: unknown;
  readonly nonce: number;
  readonly data: T | undefined;
  readonly error: string | null;
}

/** Runs `load` (memoise it with useCallback) whenever it changes or `reload` is called. */
export function useApiQuery<T>(load: () => Promise<IpcResult<T>>): QueryState<T> {
  const [nonce, setNonce] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ load: null, nonce: -1, data: undefined, error: null });

  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      setLoaded((prev) => ({
        load,
        nonce,
        data: result.ok ? result.value : prev.data,
        error: result.ok ? null : result.error,
      }));
    });
    return () => {
      live = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const loading = loaded.load !== load || loaded.nonce !== nonce;
  return { data: loaded.data, error: loaded.error, loading, reload };
}
