/** The window's one query cache, fetching through the bridge and kept current by main-process events. */
import { request, subscribe } from './bridge';
import { QueryCache } from './query-cache';
import { EVENT_TOPICS, topicsOf, type QueryChannel } from './query-topics';
import type { ChannelInput } from '../../../shared/ipc';

/** Marks that let performance tooling tell transport time from rendering time. */
const RECEIVED_MARKS: Partial<Record<QueryChannel, string>> = { 'roster:list': 'roster-received' };

export const windowCache = new QueryCache({
  fetch: async (channel, input) => {
    const answer = await request(channel as QueryChannel, input as ChannelInput<QueryChannel>);
    const mark = RECEIVED_MARKS[channel as QueryChannel];
    if (mark) performance.mark(mark);
    return answer;
  },
  topicsOf,
});

/** Listens for the main process saying data changed; returns the function that stops listening. */
export function followMainProcess(): () => void {
  const offs = (Object.keys(EVENT_TOPICS) as (keyof typeof EVENT_TOPICS)[]).map((event) =>
    subscribe(event, () => windowCache.invalidate(EVENT_TOPICS[event])),
  );
  return () => offs.forEach((off) => off());
}
