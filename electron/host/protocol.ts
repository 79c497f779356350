/**
 * The messages between the main process and the service host (a worker thread holding the store
 * and the handlers). The main process sends requests; the host answers each by id, sends events
 * for the window, and asks the main process for what only Electron can do (dialogs, the shell).
 */
import type { ChannelName, IpcResult } from '../../shared/ipc';
import type { MainEventName, MainEvents } from '../../shared/events';
import type { IsoDate } from '../../shared/types';
import type { ReminderDigest } from '../../shared/recert/types';
import type { RecoveryReport } from '../store/roster-store';
import type { FileFilter, HandlerDeps } from '../ipc/handlers';

/** What the host is started with (the worker's `workerData`). */
export interface HostConfig {
  readonly dataDir: string;
  readonly appName: string;
  readonly appVersion: string;
  /** How often the host looks for changes made by the CLI or another copy of the app. */
  readonly watchIntervalMs?: number;
  /** The instant the handlers' clock always reads (a reproducible session, as the browser specs run); unset, the real clock. */
  readonly fixedTime?: string;
}

/** What the host asks of the main process, and what each answer carries. */
export interface HostAsks {
  openImportFiles: { readonly args: Record<string, never>; readonly result: string[] | null };
  saveFile: { readonly args: { readonly defaultName: string; readonly filters: FileFilter[] }; readonly result: string | null };
  showInFolder: { readonly args: { readonly file: string }; readonly result: null };
  openExternal: { readonly args: { readonly url: string }; readonly result: null };
}
export type HostAskName = keyof HostAsks;

/** The Electron side of the asks: the handlers' dialogs and shell, as the main process provides them. */
export type HostPorts = Pick<HandlerDeps, 'dialogs' | 'shell'>;

export type ToHost =
  | { readonly type: 'dispatch'; readonly id: number; readonly channel: ChannelName; readonly input: unknown }
  | { readonly type: 'digest'; readonly id: number; readonly asOf: IsoDate }
  | { readonly type: 'answer'; readonly id: number; readonly ok: true; readonly value: HostAsks[HostAskName]['result'] }
  | { readonly type: 'answer'; readonly id: number; readonly ok: false; readonly error: string }
  | { readonly type: 'ping'; readonly id: number }
  | { readonly type: 'close' };

export type HostEvent = { [E in MainEventName]: { readonly type: 'event'; readonly event: E; readonly payload: MainEvents[E] } }[MainEventName];
export type HostAsk = { [A in HostAskName]: { readonly type: 'ask'; readonly id: number; readonly ask: A; readonly args: HostAsks[A]['args'] } }[HostAskName];

export type FromHost =
  | { readonly type: 'ready'; readonly recovery: RecoveryReport | null }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly result: IpcResult<unknown> }
  | { readonly type: 'digest'; readonly id: number; readonly ok: true; readonly digest: ReminderDigest }
  | { readonly type: 'digest'; readonly id: number; readonly ok: false; readonly error: string }
  | { readonly type: 'pong'; readonly id: number }
  | { readonly type: 'closed' }
  | HostEvent
  | HostAsk;
