/**
 * The service host's core, whichever thread runs it: opens the roster, builds every channel's
 * handler on it, runs requests through `dispatch` (validated, never throwing), prepares the
 * reminders digest, and watches for changes other processes commit. The worker thread
 * (service-worker.ts) wraps it in messages; nothing here knows how it is reached.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelName, IpcResult } from '../../shared/ipc';
import type { IsoDate } from '../../shared/types';
import type { ReminderDigest } from '../../shared/recert/types';
import { dispatch } from '../ipc/dispatch';
import { createHandlers, type HandlerDeps } from '../ipc/handlers';
import { rosterDigest } from '../ipc/roster-reminders';
import type { RecoveryReport } from '../store/roster-store';
import { openStoreAtStartup } from './open-store';
import type { HostConfig, HostPorts } from './protocol';
import { watchOtherWriters } from './watch-other-writers';

export interface ServicesOptions {
  readonly config: HostConfig;
  readonly ports: HostPorts;
  /** Sends an event towards the window. */
  readonly emit: HandlerDeps['emit'];
  readonly log: (message: string, error?: unknown) => void;
}

export interface Services {
  /** What had to be done to open a roster that could not be read, or null. */
  readonly recovery: RecoveryReport | null;
  /** Runs a channel's handler on `input` (validated first); never rejects. */
  request(channel: ChannelName, input: unknown): Promise<IpcResult<unknown>>;
  digest(asOf: IsoDate): ReminderDigest;
  /** Stops watching and closes the roster. */
  close(): void;
}

/** Opens the roster in `config.dataDir` and everything that works on it; throws when it cannot be opened. */
export function openServices({ config, ports, emit, log }: ServicesOptions): Services {
  const { store, recovery } = openStoreAtStartup(config.dataDir, log);
  const handlers = createHandlers({
    store,
    appName: config.appName,
    appVersion: config.appVersion,
    newId: randomUUID,
    ...(config.fixedTime === undefined ? {} : { now: () => new Date(config.fixedTime!) }),
    ...ports,
    emit,
  });
  const watcher = watchOtherWriters({
    refreshIfChanged: () => store.refreshIfChanged(),
    changed: () => emit('roster:changed', {}),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log,
    ...(config.watchIntervalMs === undefined ? {} : { intervalMs: config.watchIntervalMs }),
  });
  return {
    recovery,
    request: (channel, input) => dispatch(handlers, channel, input, { log }),
    digest: (asOf) => rosterDigest(store.read(), asOf),
    close() {
      watcher.stop();
      store.close();
    },
  };
}
