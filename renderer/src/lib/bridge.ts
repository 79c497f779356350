import type { ChannelInput, ChannelName, ChannelOutput, IpcResult } from '../../../shared/ipc';
import type { MainEventName, MainEvents } from '../../../shared/events';

type Caller<C extends ChannelName> = (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/** Calls one channel of `window.roster`; a missing bridge or a thrown error becomes a plain-words error value. */
export async function request<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> {
  const bridge = typeof window === 'undefined' ? undefined : window.roster;
  if (!bridge) return { ok: false, error: 'The window is not connected to the app. Restart Credential Roster.' };
  try {
    const fn = bridge[channel] as unknown as Caller<C>;
    return await fn(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Something went wrong talking to the app: ${detail}` };
  }
}

/** Subscribes to a main-process event; a no-op when the bridge is missing. */
export function subscribe<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void {
  const bridge = typeof window === 'undefined' ? undefined : window.roster;
  if (!bridge) return () => undefined;
  return bridge.on(event, listener);
}

/** The file-system path of a dropped file; null when the bridge cannot tell. */
export function pathForFile(file: File): string | null {
  try {
    return window.roster?.pathForFile(file) ?? null;
  } catch {
    return null;
  }
}
