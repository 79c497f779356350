import type { ChannelInput, ChannelName, ChannelOutput, IpcResult } from '../../../shared/ipc';
import { request } from './bridge';
import { windowCache } from './window-cache';
import { topicsChangedBy } from './query-topics';

export { pathForFile, subscribe } from './bridge';

/**
 * Calls one channel of `window.roster`. A change that worked makes the cached answers it touches
 * stale, so every screen showing them fetches them again; nothing else has to say "reload".
 */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> {
  const result = await request(channel, input);
  if (result.ok) {
    const topics = topicsChangedBy(channel, input);
    if (topics.length > 0) windowCache.invalidate(topics);
  }
  return result;
}
