/**
 * The browser harness: the built window runs in Chromium, and its `window.roster` calls go through
 * the REAL service host, as in the app: the built worker (out/main/services.js) started by
 * `ServiceHost`, holding the store and every handler, on a fresh temp data folder per test.
 *
 * What stands in for Electron's main process, and how:
 * - the preload's `ipcRenderer.invoke` → `page.exposeFunction('__rosterInvoke')` → `host.request(…)`;
 * - the preload's `window.roster` object → an init script building the same shape (every channel,
 *   `on`, `pathForFile`), frozen like the real one;
 * - `webContents.send(event)` → every event the host emits is recorded in `harness.emitted` and
 *   sent to the page, as is `harness.emit(event, payload)`; events sent while nobody listens
 *   are queued and handed to the first listener of that event (so a test may emit before the UI
 *   subscribes);
 * - native open/save dialogs the host asks for → `harness.nextOpenFiles` / `harness.nextSavePath`
 *   (one use each; null means the user cancelled);
 * - `shell.showInFolder` / `shell.openExternal` → recorded in `harness.shownInFolder` / `harness.openedExternal`;
 * - `webUtils.getPathForFile(file)` → `dropDir + '/' + (file.webkitRelativePath || file.name)`:
 *   a browser File carries no path, so drop a File whose name is a file inside `dropDir`
 *   (default tests/fixtures; change with `test.use({ dropDir })`).
 *
 * `store` is a second connection to the same roster, as the command line would be: what a test
 * writes there reaches the host at its next read, and the window within the watch interval.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { CHANNELS, type ChannelInput, type ChannelName, type ChannelOutput, type IpcResult } from '../../../shared/ipc';
import { MAIN_EVENTS, type MainEventName, type MainEvents } from '../../../shared/events';
import type { RosterData } from '../../../shared/types';
import { RosterStore } from '../../../electron/store/roster-store';
import { ServiceHost } from '../../../electron/host/service-host';
import { installRosterBridge } from './bridge-script';
import { storedRoster } from '../../fixtures/stored-roster';
import { ensureServiceHostBuilt } from '../../fixtures/built-service-host';
import { misbehavingEntry, type Misbehaviour } from '../../fixtures/misbehaving-host';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests/fixtures');

const packageJson = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
};

export interface EmittedEvent {
  readonly event: MainEventName;
  readonly payload: unknown;
}

/** The test's hand on everything Electron would otherwise do. */
export interface Harness {
  /** Files the next "open" dialog returns (then reset to null = cancelled). */
  nextOpenFiles: string[] | null;
  /** Path the next "save" dialog returns (then reset to null = cancelled). */
  nextSavePath: string | null;
  /** Every save dialog shown: its proposed name and filters. */
  readonly saveDialogs: { defaultName: string; extensions: string[] }[];
  readonly shownInFolder: string[];
  readonly openedExternal: string[];
  /** Every event the service host sent to the window, in order. */
  readonly emitted: EmittedEvent[];
  /** Sends a main-process event to the window (menu commands, files opened, recovery notice…). */
  emit<E extends MainEventName>(event: E, payload: MainEvents[E]): Promise<void>;
  /** Calls a channel from the test side, through the same validation as the window. */
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** The roster as committed in the database now, read through a connection of its own. */
  readDataFile(): RosterData;
  /** Every request the page made, as URLs. */
  readonly requests: string[];
}

interface Options {
  /** Folder `pathForFile` resolves dropped files against. */
  dropDir: string;
  /** When set, the page's clock and the handlers' clock read this instant; timers keep running. */
  fixedTime: string | null;
  /** When set, the service host's worker misbehaves once this way (it is then replaced, as in the app). */
  hostMisbehaves: Misbehaviour | null;
}

interface Fixtures {
  dataDir: string;
  /** A connection of the test's own to the roster the host holds. */
  store: RosterStore;
  harness: Harness;
  /** The window, loaded, with `window.roster` wired to the real handlers. */
  app: Page;
  /** Shortcut for `harness.readDataFile()`. */
  readDataFile: () => RosterData;
}

export const test = base.extend<Options & Fixtures>({
  dropDir: [FIXTURES_DIR, { option: true }],
  fixedTime: [null, { option: true }],
  hostMisbehaves: [null, { option: true }],

  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  store: async ({ dataDir }, use) => {
    const { store } = RosterStore.open({ dataDir });
    await use(store);
    store.close();
  },

  harness: async ({ dataDir, page, fixedTime, hostMisbehaves }, use) => {
    const state = {
      nextOpenFiles: null as string[] | null,
      nextSavePath: null as string | null,
      saveDialogs: [] as { defaultName: string; extensions: string[] }[],
      shownInFolder: [] as string[],
      openedExternal: [] as string[],
      emitted: [] as EmittedEvent[],
      requests: [] as string[],
    };
    const sendToPage = async (event: MainEventName, payload: unknown): Promise<void> => {
      if (page.isClosed()) return;
      await page.evaluate(([e, p]) => (window as unknown as { __rosterEmit(e: string, p: unknown): void }).__rosterEmit(e, p), [
        event,
        payload,
      ] as const);
    };
    const entry = ensureServiceHostBuilt();
    const { host, opened } = ServiceHost.start({
      entry: hostMisbehaves === null ? entry : misbehavingEntry(entry, hostMisbehaves),
      config: {
        dataDir,
        appName: packageJson.productName,
        appVersion: packageJson.version,
        // Changes another process commits reach the window within a second, sooner here.
        watchIntervalMs: 250,
        // The host's clock follows the page's when a test fixes it (acknowledgement times, undo records).
        ...(fixedTime === null ? {} : { fixedTime: new Date(fixedTime).toISOString() }),
      },
      ports: {
        dialogs: {
          openImportFiles: async () => {
            const files = state.nextOpenFiles;
            state.nextOpenFiles = null;
            return files;
          },
          saveFile: async (defaultName, filters) => {
            state.saveDialogs.push({ defaultName, extensions: filters.flatMap((f) => f.extensions) });
            const chosen = state.nextSavePath;
            state.nextSavePath = null;
            return chosen;
          },
        },
        shell: {
          showInFolder: (file) => void state.shownInFolder.push(file),
          openExternal: async (url) => void state.openedExternal.push(url),
        },
      },
      // Whatever the host emits goes on to the page, as the main process forwards it.
      emit: (event, payload) => {
        state.emitted.push({ event, payload });
        // Progress events race the request's answer, as they do over real IPC.
        sendToPage(event, payload).catch(() => undefined);
      },
      log: (message, error) => console.error(message, error ?? ''),
    });
    await opened;
    page.on('request', (request) => void state.requests.push(request.url()));
    await page.exposeFunction('__rosterInvoke', (channel: string, raw: unknown) => host.request(channel as ChannelName, raw));
    const harness: Harness = {
      get nextOpenFiles() {
        return state.nextOpenFiles;
      },
      set nextOpenFiles(files) {
        state.nextOpenFiles = files;
      },
      get nextSavePath() {
        return state.nextSavePath;
      },
      set nextSavePath(file) {
        state.nextSavePath = file;
      },
      saveDialogs: state.saveDialogs,
      shownInFolder: state.shownInFolder,
      openedExternal: state.openedExternal,
      emitted: state.emitted,
      requests: state.requests,
      emit: (event, payload) => sendToPage(event, payload),
      invoke: (channel, input) => host.request(channel, input),
      readDataFile: () => storedRoster(dataDir),
    };
    await use(harness);
    await host.close();
  },

  app: async ({ page, harness: _harness, dropDir, fixedTime }, use) => {
    if (fixedTime !== null) await page.clock.setFixedTime(new Date(fixedTime));
    await page.addInitScript(installRosterBridge, { channels: CHANNELS, events: MAIN_EVENTS, dropDir });
    await page.goto('/index.html');
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },

  readDataFile: async ({ harness }, use) => {
    await use(() => harness.readDataFile());
  },
});

export { expect };
