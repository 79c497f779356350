import { useCallback, useState, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc';
import type { QuerySnapshot } from './query-cache';
import type { QueryChannel } from './query-topics';
import { windowCache } from './window-cache';

export interface QueryState<T> extends QuerySnapshot<T> {
  /** Fetches again ("Try again"); joins a fetch already on its way. */
  readonly reload: () => void;
}

/**
 * The cached answer of `channel` for `input`, fetched when first shown and again whenever the data
 * it is built from changes. Screens showing the same answer share one fetch. When the input
 * changes (another as-of date), the last answer stays on screen until the new one arrives.
 */
export function useQuery<C extends QueryChannel>(channel: C, input: ChannelInput<C>): QueryState<ChannelOutput<C>> {
  const entry = windowCache.entry(channel, input);
  const observe = useCallback((listener: () => void) => windowCache.observe(entry, listener), [entry]);
  const snapshot = useSyncExternalStore(observe, () => windowCache.snapshot<ChannelOutput<C>>(entry));
  const reload = useCallback(() => void windowCache.refetch(entry), [entry]);
  const [shown, setShown] = useState(snapshot.data);
  if (snapshot.data !== undefined && snapshot.data !== shown) setShown(snapshot.data);
  return { ...snapshot, data: snapshot.data ?? shown, reload };
}

/** The roster's settings, with the exam facts and reminder lead times in use. */
export function useSettings(): QueryState<ChannelOutput<'settings:get'>> {
  return useQuery('settings:get', undefined);
}

/** The credential catalog: the built-in credentials and the organisation's own. */
export function useCatalog(): QueryState<ChannelOutput<'catalog:list'>> {
  return useQuery('catalog:list', undefined);
}
