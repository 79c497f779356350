/**
 * The service host's entry: a worker thread that runs the services (services.ts), so building
 * views, planning imports and writing reports never hold up the window's process. Requests and
 * answers cross as messages (protocol.ts); Electron-only work (dialogs, the shell) is asked of the
 * main process by message.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { FromHost, HostAskName, HostAsks, HostConfig, HostPorts, ToHost } from './protocol';
import { openServices, type Services } from './services';

function hostPort(): MessagePort {
  if (!parentPort) throw new Error('The service host runs as a worker thread.');
  return parentPort;
}
const port = hostPort();
const config = workerData as HostConfig;
const log = (message: string, error?: unknown): void => console.error(message, error ?? '');
const post = (message: FromHost): void => port.postMessage(message);
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

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

const ports: HostPorts = {
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
};

function handle(services: Services, message: ToHost): void {
  switch (message.type) {
    case 'dispatch':
      void services.request(message.channel, message.input).then((result) => post({ type: 'result', id: message.id, result }));
      return;
    case 'digest':
      try {
        post({ type: 'digest', id: message.id, ok: true, digest: services.digest(message.asOf) });
      } catch (error) {
        log('The reminders digest could not be prepared', error);
        post({ type: 'digest', id: message.id, ok: false, error: errorText(error) });
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
      services.close();
      post({ type: 'closed' });
      port.close();
      return;
  }
}

function start(): void {
  let services: Services;
  try {
    services = openServices({ config, ports, emit: (event, payload) => post({ type: 'event', event, payload } as FromHost), log });
  } catch (error) {
    post({ type: 'failed', message: errorText(error) });
    return;
  }
  port.on('message', (message: ToHost) => handle(services, message));
  post({ type: 'ready', recovery: services.recovery });
}

start();
