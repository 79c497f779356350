/**
 * The browser harness: the built window runs in Chromium, and its `window.roster` calls the REAL
 * main-process handlers (electron/ipc) against a real store in a fresh temp folder per test.
 *
 * What stands in for Electron, and how:
 * - the preload's `ipcRenderer.invoke` → `page.exposeFunction('__rosterInvoke')` → `dispatch(handlers, …)`;
 * - the preload's `window.roster` object → an init script building the same shape (every channel,
 *   `on`, `pathForFile`), frozen like the real one;
 * - `webContents.send(event)` → `harness.emit(event, payload)`; events sent while nobody listens
 *   are queued and handed to the first listener of that event (so a test may emit before the UI
 *   subscribes);
 * - native open/save dialogs → `harness.nextOpenFiles` / `harness.nextSavePath` (one use each;
 *   null means the user cancelled);
 * - `shell.showInFolder` / `shell.openExternal` → recorded in `harness.shownInFolder` / `harness.openedExternal`;
 * - `webUtils.getPathForFile(file)` → `dropDir + '/' + (file.webkitRelativePath || file.name)`:
 *   a browser File carries no path, so drop a File whose name is a file inside `dropDir`
 *   (default tests/fixtures; change with `test.use({ dropDir })`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { CHANNELS, type ChannelInput, type ChannelName, type ChannelOutput, type IpcResult } from '../../../shared/ipc';
import { MAIN_EVENTS, type MainEventName, type MainEvents } from '../../../shared/events';
import type { RosterData } from '../../../shared/types';
import { RosterStore } from '../../../electron/store/roster-store';
import { createHandlers, type Handlers } from '../../../electron/ipc/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { installRosterBridge } from './bridge-script';
import { storedRoster } from '../../fixtures/stored-roster';
import { watchOtherWriters } from '../../../electron/host/watch-other-writers';

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
  /** Every event the handlers sent to the window, in order. */
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
}

interface Fixtures {
  dataDir: string;
  store: RosterStore;
  handlers: Handlers;
  harness: Harness;
  /** The window, loaded, with `window.roster` wired to the real handlers. */
  app: Page;
  /** Shortcut for `harness.readDataFile()`. */
  readDataFile: () => RosterData;
}

export const test = base.extend<Options & Fixtures>({
  dropDir: [FIXTURES_DIR, { option: true }],
  fixedTime: [null, { option: true }],

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
  },

  harness: async ({ store, page, fixedTime }, use) => {
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
    const handlers = createHandlers({
      store,
      // The main process's clock follows the page's when a test fixes it (acknowledgement times, undo records).
      ...(fixedTime !== null ? { now: () => new Date(fixedTime) } : {}),
      appName: packageJson.productName,
      appVersion: packageJson.version,
      newId: randomUUID,
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
      emit: (event, payload) => {
        state.emitted.push({ event, payload });
        // Progress events race the handler's answer, as they do over real IPC.
        sendToPage(event, payload).catch(() => undefined);
      },
    });
    page.on('request', (request) => void state.requests.push(request.url()));
    await page.exposeFunction('__rosterInvoke', (channel: string, raw: unknown) =>
      dispatch(handlers, channel as ChannelName, raw, { log: (message, error) => console.error(message, error) }),
    );
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
      invoke: (channel, input) => dispatch(handlers, channel, input),
      readDataFile: () => storedRoster(store.dataDir),
    };
    // As the main process does: changes another process commits reach the window within a second.
    const watcher = watchOtherWriters({
      refreshIfChanged: () => store.refreshIfChanged(),
      changed: () => void sendToPage('roster:changed', {}).catch(() => undefined),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      log: (message, error) => console.error(message, error),
      intervalMs: 250,
    });
    await use(harness);
    watcher.stop();
  },

  handlers: async ({ store }, use) => {
    // A separate handler table on the same store, for tests that call handlers directly.
    await use(
      createHandlers({
        store,
        appName: packageJson.productName,
        appVersion: packageJson.version,
        newId: randomUUID,
        dialogs: { openImportFiles: async () => null, saveFile: async () => null },
        shell: { showInFolder: () => undefined, openExternal: async () => undefined },
        emit: () => undefined,
      }),
    );
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
