import type { ChannelName, RosterApi } from '../../shared/ipc';
import { MAIN_EVENTS, type MainEventName } from '../../shared/events';
import { PRELOAD_CHANNELS } from './channel-list';

export interface BridgePorts {
  /** ipcRenderer.invoke */
  readonly invoke: (channel: ChannelName, input: unknown) => Promise<unknown>;
  /** ipcRenderer.on + removeListener, with only the payload handed on. */
  readonly subscribe: (event: MainEventName, listener: (payload: unknown) => void) => () => void;
  /** webUtils.getPathForFile */
  readonly getPathForFile: (file: File) => string;
}

/**
 * The object exposed as `window.roster`: one function per contract channel, `on` limited to the
 * known events, and `pathForFile`. Nothing else of Electron reaches the page.
 */
export function buildRosterApi(ports: BridgePorts): RosterApi {
  const api: Record<string, unknown> = {};
  for (const channel of PRELOAD_CHANNELS) {
    api[channel] = (input: unknown) => ports.invoke(channel, input);
  }
  api.on = (event: MainEventName, listener: (payload: unknown) => void): (() => void) => {
    if (!(MAIN_EVENTS as readonly string[]).includes(event)) throw new Error(`Unknown event "${String(event)}"`);
    if (typeof listener !== 'function') throw new Error('The listener must be a function');
    return ports.subscribe(event, listener);
  };
  api.pathForFile = (file: File): string | null => {
    try {
      const found = ports.getPathForFile(file);
      return found === '' ? null : found;
    } catch {
      return null;
    }
  };
  // The channel functions are built from the checked list above, so the shape is the contract's.
  return Object.freeze(api) as unknown as RosterApi;
}
