/**
 * The service host's entry: a worker thread that owns the roster store and runs every channel's
 * handler, so building views, planning imports and writing reports never hold up the window's
 * process. Electron-only work (dialogs, the shell) is asked of the main process by message.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { dispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { rosterDigest } from '../ipc/roster-reminders';
import { openStoreAtStartup } from './open-store';
import type { FromHost, HostAskName, HostAsks, HostConfig, ToHost } from './protocol';
import { watchOtherWriters } from './watch-other-writers';

function hostPort(): MessagePort {
  if (!parentPort) throw new Error('The service host runs as a worker thread.');
  return parentPort;
}
const port = hostPort();
const config = workerData as HostConfig;
const log = (message: string, error?: unknown): void => console.error(message, error ?? '');
const post = (message: FromHost): void => port.postMessage(message);

/** Asks the main process for something only Electron can do, and waits for its answer. */
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextAsk = 1;
function ask<A extends HostAskName>(name: A, args: HostAsks[A]['args']): Promise<HostAsks[A]['result']> {
  const id = nextAsk++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'ask', id, ask: name, args } as FromHost);
  });
}

function start(): void {
  let opened;
  try {
    opened = openStoreAtStartup(config.dataDir, log);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const { store, recovery } = opened;
  const handlers = createHandlers({
    store,
    appName: config.appName,
    appVersion: config.appVersion,
    newId: randomUUID,
    dialogs: {
      openImportFiles: () => ask('openImportFiles', {}),
      saveFile: (defaultName, filters) => ask('saveFile', { defaultName, filters }),
    },
    shell: {
      showInFolder: (file) => void ask('showInFolder', { file }).catch((error: unknown) => log('The file could not be shown', error)),
      openExternal: async (url) => {
        await ask('openExternal', { url });
      },
    },
    emit: (event, payload) => post({ type: 'event', event, payload } as FromHost),
  });
  const watcher = watchOtherWriters({
    refreshIfChanged: () => store.refreshIfChanged(),
    changed: () => post({ type: 'event', event: 'roster:changed', payload: {} }),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log,
    ...(config.watchIntervalMs === undefined ? {} : { intervalMs: config.watchIntervalMs }),
  });

  port.on('message', (message: ToHost) => {
    switch (message.type) {
      case 'dispatch':
        void dispatch(handlers, message.channel, message.input, { log }).then((result) => post({ type: 'result', id: message.id, result }));
        return;
      case 'digest':
        try {
          post({ type: 'digest', id: message.id, ok: true, digest: rosterDigest(store.read(), message.asOf) });
        } catch (error) {
          log('The reminders digest could not be prepared', error);
          post({ type: 'digest', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
        }
        return;
      case 'answer': {
        const pending = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.ok) pending?.resolve(message.value);
        else pending?.reject(new Error(message.error));
        return;
      }
      case 'ping':
        post({ type: 'pong', id: message.id });
        return;
      case 'close':
        watcher.stop();
        store.close();
        post({ type: 'closed' });
        port.close();
        return;
    }
  });
  post({ type: 'ready', recovery });
}

start();
