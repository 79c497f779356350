/**
 * Loads the real main process against a recording stand-in for the `electron` module and checks its
 * wiring: one handler per channel, hardened window, CSP, refusals, sender checks. The pure helpers
 * it is built from (menu, window state, URL and file checks) are tested below it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc';
import { RULE_SETS } from '../../shared/rule-sets';
import { CONTENT_SECURITY_POLICY, hardenedWebPreferences, isSafeExternalUrl } from '../../electron/security';
import { buildMenuTemplate, ruleSetSources } from '../../electron/main/menu';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_KEY,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../electron/main/window-state';
import { isAppUrl } from '../../electron/main/app-urls';
import { importableFilesFromArgv } from '../../electron/main/file-args';
import { EventSender } from '../../electron/main/event-sender';
import { chooseDataDir, offerRecovery } from '../../electron/main/store-lifecycle';
import { RosterStore } from '../../electron/store/roster-store';
import { createPerson } from '../../electron/store/operations';
import { storedRoster } from '../fixtures/stored-roster';
import { ensureServiceHostBuilt } from '../fixtures/built-service-host';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRELOAD_OUT = path.join(ROOT, 'out/preload/preload.cjs');
const RENDERER_INDEX = path.join(ROOT, 'out/renderer/index.html');
type Listener = (...args: unknown[]) => unknown;

/** A stand-in for Electron that records what the main process asks of it. */
const fake = vi.hoisted(() => {
  const record = {
    appListeners: new Map<string, Listener[]>(),
    handles: [] as { channel: string; listener: Listener }[],
    windows: [] as { options: Record<string, unknown>; loaded: string[]; listeners: Map<string, Listener[]>; contents: ReturnType<typeof makeContents> }[],
    headerHooks: [] as Listener[],
    permissionHandlers: [] as Listener[],
    permissionChecks: [] as Listener[],
    menus: [] as unknown[],
    quit: 0,
    sent: [] as [string, unknown][],
    paths: new Map<string, string>(),
    notifications: [] as { title: string; body: string; shown: number }[],
  };
  type L = (...args: unknown[]) => unknown;
  function makeContents(id: number) {
    const listeners = new Map<string, L[]>();
    return {
      id,
      listeners,
      on(event: string, fn: L) {
        listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      },
      emit(event: string, ...args: unknown[]) {
        for (const fn of listeners.get(event) ?? []) fn(...args);
      },
      send(channel: string, payload: unknown) {
        record.sent.push([channel, payload]);
      },
      isDestroyed: () => false,
      windowOpenHandler: null as L | null,
      setWindowOpenHandler(fn: L) {
        this.windowOpenHandler = fn;
      },
    };
  }
  class BrowserWindow {
    readonly webContents = makeContents(record.windows.length + 1);
    private readonly state;
    constructor(options: Record<string, unknown>) {
      this.state = { options, loaded: [] as string[], listeners: new Map<string, L[]>(), contents: this.webContents };
      record.windows.push(this.state);
    }
    on(event: string, fn: L) {
      this.state.listeners.set(event, [...(this.state.listeners.get(event) ?? []), fn]);
      return this;
    }
    once(event: string, fn: L) {
      return this.on(event, fn);
    }
    loadFile(file: string) {
      this.state.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.state.loaded.push(url);
      return Promise.resolve();
    }
    getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
    isMaximized = () => false;
    isMinimized = () => false;
    maximize = () => undefined;
    restore = () => undefined;
    show = () => undefined;
    focused = 0;
    focus() {
      this.focused += 1;
    }
  }
  const app = {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    quit: () => {
      record.quit += 1;
    },
    exit: () => undefined,
    on(event: string, fn: L) {
      record.appListeners.set(event, [...(record.appListeners.get(event) ?? []), fn]);
      return app;
    },
    whenReady: () => Promise.resolve(),
    getAppPath: () => record.paths.get('appPath') ?? '',
    getPath: (name: string) => record.paths.get(name) ?? '',
    getName: () => 'Credential Roster',
    getVersion: () => '0.1.0',
  };
  class Notification {
    static isSupported = () => true;
    private readonly state;
    constructor(options: { title: string; body: string }) {
      this.state = { title: options.title, body: options.body, shown: 0 };
      record.notifications.push(this.state);
    }
    on() {
      return this;
    }
    show() {
      this.state.shown += 1;
    }
    close() {}
  }
  const electron = {
    app,
    BrowserWindow,
    Notification,
    ipcMain: {
      handle(channel: string, listener: L) {
        record.handles.push({ channel, listener });
      },
      on: () => undefined,
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: L) => void record.headerHooks.push(fn) },
        setPermissionRequestHandler: (fn: L) => void record.permissionHandlers.push(fn),
        setPermissionCheckHandler: (fn: L) => void record.permissionChecks.push(fn),
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void record.menus.push(menu),
    },
    dialog: {
      showMessageBox: async () => ({ response: 1, checkboxChecked: false }),
      showErrorBox: () => undefined,
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { openExternal: async () => undefined, showItemInFolder: () => undefined, openPath: async () => '' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return { record, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

// electron-store is loaded by Node, not vitest, so it would reach the real `electron` package; this
// stand-in is conf (the library electron-store extends, writing in Electron's userData folder as
// electron-store does) and records the options it gets.
const storeOptions = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore extends Conf<Record<string, unknown>> {
    constructor(options: Record<string, unknown> & { name?: string }) {
      storeOptions.push(options);
      const { name, ...rest } = options;
      super({ cwd: fake.record.paths.get('userData'), ...rest, configName: name ?? 'config' } as ConstructorParameters<typeof Conf<Record<string, unknown>>>[0]);
    }
  }
  return { default: ElectronStore };
});

function ensureBuilt(): void {
  const newest = (dir: string): number => {
    let latest = 0;
    for (const entry of readdirRecursive(dir)) latest = Math.max(latest, statSync(entry).mtimeMs);
    return latest;
  };
  const stale = !existsSync(PRELOAD_OUT) || statSync(PRELOAD_OUT).mtimeMs < newest(path.join(ROOT, 'electron/preload'));
  if (stale || !existsSync(RENDERER_INDEX)) {
    execFileSync(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'pipe' });
  }
  // The main process starts the service host from its build, rebuilt when its sources are newer.
  ensureServiceHostBuilt();
}

function readdirRecursive(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((name) => path.join(dir, name));
}

describe('the main process, loaded against a recording Electron', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roster-main-data-'));
  const userData = mkdtempSync(path.join(os.tmpdir(), 'roster-main-user-'));
  const previousEnv = process.env.CREDENTIAL_ROSTER_DATA;
  let started: unknown;

  beforeAll(async () => {
    ensureBuilt();
    process.env.CREDENTIAL_ROSTER_DATA = dataDir;
    fake.record.paths.set('appPath', ROOT);
    fake.record.paths.set('userData', userData);
    fake.record.paths.set('documents', userData);
    const main = await import('../../electron/main/main');
    started = await main.started;
  }, 120_000);

  afterAll(() => {
    if (previousEnv === undefined) delete process.env.CREDENTIAL_ROSTER_DATA;
    else process.env.CREDENTIAL_ROSTER_DATA = previousEnv;
  });

  const window = () => {
    const first = fake.record.windows[0];
    if (!first) throw new Error('no window was created');
    return first;
  };

  it('starts and opens exactly one window', () => {
    expect(started).not.toBeNull();
    expect(fake.record.windows).toHaveLength(1);
  });

  it('keeps the roster in its database in the data folder, and only preferences in electron-store', async () => {
    const handle = fake.record.handles.find((h) => h.channel === 'person:create')!.listener;
    const event = { sender: { id: window().contents.id }, senderFrame: { url: pathToFileURL(RENDERER_INDEX).href } };
    const person = { employeeId: '00007', firstName: 'Rosa', lastName: 'Nakamura', employmentStatus: 'active' };
    await expect(handle(event, { person })).resolves.toMatchObject({ ok: true });
    expect(storeOptions).toHaveLength(1);
    expect(storeOptions[0]).toMatchObject({ name: 'preferences' });
    expect(storeOptions[0]).not.toHaveProperty('cwd');
    expect(storedRoster(dataDir).people.map((p) => p.employeeId)).toEqual(['00007']);
    expect(existsSync(path.join(dataDir, 'roster.json'))).toBe(false);
    // The change log says it came from the app, and who the computer's user was.
    const history = fake.record.handles.find((h) => h.channel === 'person:history')!.listener;
    const logged = (await history(event, { employeeId: '00007' })) as { ok: true; value: { source: string; user: string }[] };
    expect(logged.value[0]).toMatchObject({ source: 'window', user: os.userInfo().username });
  });

  it('shows no reminders notification at start-up when nothing is due', () => {
    expect(fake.record.notifications).toEqual([]);
  });

  it('runs the roster in the service host, and its own build loads neither the database nor the report writer', () => {
    const context = started as { host: { starts: number } };
    expect(context.host.starts).toBe(1);
    const mainBundle = readFileSync(path.join(ROOT, 'out/main/main.js'), 'utf8');
    expect(mainBundle).toContain('node:worker_threads');
    for (const heavy of ['node:sqlite', 'exceljs', 'papaparse']) expect(mainBundle).not.toContain(`"${heavy}"`);
  });

  it('registers exactly one handler for every contract channel, and no other', () => {
    const channels = fake.record.handles.map((h) => h.channel);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('gives the window the hardened preferences and a preload that exists in the build output', () => {
    const prefs = window().options.webPreferences as { preload: string };
    expect(prefs).toEqual(hardenedWebPreferences(PRELOAD_OUT));
    expect(existsSync(prefs.preload)).toBe(true);
    // The sandboxed preload is CommonJS and requires nothing but electron.
    const bundle = readFileSync(prefs.preload, 'utf8');
    const requires = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });

  it('loads the built page from disk', () => {
    expect(window().loaded).toEqual([RENDERER_INDEX]);
  });

  it('adds the CSP header to every response', () => {
    expect(fake.record.headerHooks).toHaveLength(1);
    const callback = vi.fn();
    fake.record.headerHooks[0]!({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      fake.record.permissionHandlers[0]!({}, permission, callback);
    }
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]]);
    expect(fake.record.permissionChecks[0]!({}, 'media')).toBe(false);
  });

  it('refuses navigation away from the app, webviews and new windows', () => {
    const created = fake.record.appListeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const contents = window().contents;
    const fresh = { ...contents, listeners: new Map(), windowOpenHandler: null as Listener | null };
    fresh.on = function (event: string, fn: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    };
    fresh.setWindowOpenHandler = function (fn: Listener) {
      this.windowOpenHandler = fn;
    };
    created[0]!({}, fresh);
    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      for (const fn of fresh.listeners.get(event) ?? []) fn({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', pathToFileURL(RENDERER_INDEX).href)).toBe(false);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(fresh.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('answers requests from its own page and refuses every other sender', async () => {
    const handle = fake.record.handles.find((h) => h.channel === 'settings:get')!.listener;
    const ownFrame = { url: pathToFileURL(RENDERER_INDEX).href };
    const ours = await handle({ sender: { id: window().contents.id }, senderFrame: ownFrame }, undefined);
    expect(ours).toMatchObject({ ok: true, value: { ruleSet: 'ccs-required' } });
    for (const event of [
      { sender: { id: 999 }, senderFrame: ownFrame },
      { sender: { id: window().contents.id }, senderFrame: { url: 'https://evil.example/' } },
      { sender: { id: window().contents.id }, senderFrame: null },
    ]) {
      await expect(handle(event, undefined)).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    }
  });

  it('validates what it is sent before any handler runs', async () => {
    const handle = fake.record.handles.find((h) => h.channel === 'person:delete')!.listener;
    const event = { sender: { id: window().contents.id }, senderFrame: { url: pathToFileURL(RENDERER_INDEX).href } };
    await expect(handle(event, { employeeId: 42 })).resolves.toEqual({ ok: false, error: 'Employee ID: must be text' });
  });

  it('installs the application menu', () => {
    expect(fake.record.menus).toHaveLength(1);
    const labels = (fake.record.menus[0] as { label?: string }[]).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
  });

  it('focuses the window and passes files from a second launch to the page once it has loaded', () => {
    const csv = path.join(dataDir, 'from-hr.csv');
    writeFileSync(csv, 'employee_id\n1\n');
    for (const fn of fake.record.appListeners.get('second-instance') ?? []) fn({}, ['roster', csv, '--flag'], dataDir);
    window().contents.emit('did-finish-load');
    expect(fake.record.sent).toContainEqual(['files:opened', { files: [csv] }]);
  });

  it('remembers the window’s place when it closes', () => {
    for (const fn of window().listeners.get('close') ?? []) fn();
    expect((JSON.parse(readFileSync(path.join(userData, 'preferences.json'), 'utf8')) as Record<string, unknown>)[WINDOW_STATE_KEY]).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('closes the roster in the service host before the app quits', async () => {
    const context = started as { host: { request(channel: string, input: unknown): Promise<unknown> } };
    const quitsBefore = fake.record.quit;
    const preventDefault = vi.fn();
    for (const fn of fake.record.appListeners.get('will-quit') ?? []) fn({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.record.quit).toBe(quitsBefore + 1), { timeout: 10_000 });
    await expect(context.host.request('settings:get', undefined)).resolves.toMatchObject({ ok: false });
    expect(existsSync(path.join(dataDir, 'roster.sqlite-wal'))).toBe(false);
  });

  it('quits when the last window closes (except on macOS)', () => {
    const before = fake.record.quit;
    for (const fn of fake.record.appListeners.get('window-all-closed') ?? []) fn();
    expect(fake.record.quit).toBe(process.platform === 'darwin' ? before : before + 1);
  });
});

describe('menu template', () => {
  type Item = MenuItemConstructorOptions;
  const actions = () => ({
    command: vi.fn(),
    downloadTemplate: vi.fn(),
    openDataFolder: vi.fn(),
    openExternal: vi.fn(),
    about: vi.fn(),
  });
  const sources = ruleSetSources(Object.values(RULE_SETS));
  const build = (isMac: boolean, isDev: boolean, a = actions()) =>
    buildMenuTemplate({ appName: 'Credential Roster', isMac, isDev, sources, actions: a });
  const flatten = (items: readonly Item[]): Item[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  const byLabel = (items: readonly Item[], label: string): Item => {
    const found = flatten(items).find((item) => item.label === label);
    if (!found) throw new Error(`no menu item "${label}"`);
    return found;
  };
  const click = (item: Item) => (item.click as unknown as () => void)();

  it('has File, Edit, View and Help, plus the app menu on macOS', () => {
    expect(build(false, false).map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build(true, false).map((m) => m.label ?? m.role)).toEqual([
      'Credential Roster',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ]);
  });

  it('sends the window commands for Import, each Export and Backups', () => {
    const a = actions();
    const menu = build(false, false, a);
    expect(byLabel(menu, 'Import…').accelerator).toBe('CmdOrCtrl+I');
    for (const [label, command] of [
      ['Import…', 'import'],
      ['Magnet DIF Report…', 'export-dif'],
      ['Eligibility Report…', 'export-eligibility'],
      ['Roster…', 'export-roster'],
      ['Expiring Credentials…', 'export-expiring'],
      ['Backups…', 'backups'],
    ] as const) {
      click(byLabel(menu, label));
      expect(a.command).toHaveBeenLastCalledWith(command);
    }
  });

  it('downloads templates, opens the data folder and the rule-set sources', () => {
    const a = actions();
    const menu = build(false, false, a);
    click(byLabel(menu, 'CSV…'));
    click(byLabel(menu, 'Excel (XLSX)…'));
    expect(a.downloadTemplate.mock.calls).toEqual([['csv'], ['xlsx']]);
    click(byLabel(menu, 'Open Data Folder'));
    expect(a.openDataFolder).toHaveBeenCalledOnce();
    const sourceItems = byLabel(menu, 'CCS Rule-Set Sources').submenu as Item[];
    expect(sourceItems.length).toBe(sources.length);
    expect(sources.length).toBeGreaterThan(0);
    sourceItems.forEach(click);
    expect(a.openExternal.mock.calls.map(([url]) => url)).toEqual(sources.map((s) => s.source.url));
    for (const { source } of sources) expect(isSafeExternalUrl(source.url)).toBe(true);
  });

  it('offers reload and developer tools only while developing', () => {
    const roles = (menu: Item[]) => flatten(menu).map((i) => i.role).filter(Boolean);
    expect(roles(build(false, false))).not.toContain('reload');
    expect(roles(build(false, false))).not.toContain('toggleDevTools');
    expect(roles(build(false, true))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(build(false, false))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
  });
});

describe('window state', () => {
  /** A preference store as electron-store behaves: values kept by key. */
  const preferences = (initial: Record<string, unknown> = {}) => {
    const values = new Map(Object.entries(initial));
    return { get: (key: string) => values.get(key), set: (key: string, value: unknown) => void values.set(key, value) };
  };

  it('round-trips through the preferences', () => {
    const prefs = preferences();
    saveWindowState(prefs, { x: 40, y: 60, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(prefs)).toEqual({ x: 40, y: 60, width: 1400, height: 900, maximized: true });
  });

  it.each([
    ['not an object', '{"width": 12'],
    ['wrong types', { width: 'wide', height: 900, maximized: false }],
    ['absurd size', { width: 99999999, height: 900, maximized: false }],
    ['extra fields', JSON.parse('{"width":1000,"height":900,"maximized":false,"__proto__":{"x":1}}')],
  ])('falls back to the default for a saved state with %s', (_label, saved) => {
    expect(loadWindowState(preferences({ [WINDOW_STATE_KEY]: saved }))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('falls back to the default when nothing is saved', () => {
    expect(loadWindowState(preferences())).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('drops a position on a monitor that is gone and caps the size to the screen', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, screen)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(fitToDisplays({ x: 100, y: 100, width: 4000, height: 3000, maximized: false }, screen)).toEqual({
      x: 100,
      y: 100,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });
});

describe('app URLs', () => {
  const root = path.resolve('/opt/roster/out/renderer');
  const origin = { rendererIndex: path.join(root, 'index.html'), devServerUrl: null };

  it('accepts the built page and files beside it', () => {
    expect(isAppUrl(pathToFileURL(path.join(root, 'index.html')).href, origin)).toBe(true);
    expect(isAppUrl(`${pathToFileURL(path.join(root, 'index.html')).href}#/person/00123`, origin)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    pathToFileURL(path.resolve('/opt/roster/out/renderer-evil/index.html')).href,
    pathToFileURL(path.resolve('/opt/roster/out/main/main.js')).href,
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file://evil-host/share/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, origin)).toBe(false);
  });

  it('accepts the dev server only when one is configured', () => {
    const dev = { ...origin, devServerUrl: 'http://localhost:5173' };
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', origin)).toBe(false);
  });
});

describe('files opened with the app', () => {
  it('keeps existing CSV, delimited text and XLSX files, resolved, once each', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-args-'));
    writeFileSync(path.join(dir, 'hr.csv'), 'a\n1\n');
    writeFileSync(path.join(dir, 'HR.XLSX'), 'x');
    writeFileSync(path.join(dir, 'oracle.txt'), 'x');
    writeFileSync(path.join(dir, 'notes.docx'), 'x');
    const argv = ['--inspect', 'hr.csv', path.join(dir, 'hr.csv'), 'HR.XLSX', 'oracle.txt', 'notes.docx', 'missing.csv', '.'];
    expect(importableFilesFromArgv(argv, dir)).toEqual([path.join(dir, 'hr.csv'), path.join(dir, 'HR.XLSX'), path.join(dir, 'oracle.txt')]);
  });
});

describe('event sender', () => {
  it('holds events until the page has loaded, then sends them in order; progress is never held', () => {
    const sent: [string, unknown][] = [];
    const target = { isDestroyed: () => false, send: (channel: string, payload: unknown) => void sent.push([channel, payload]) };
    const sender = new EventSender();
    sender.emit('files:opened', { files: ['/a.csv'] });
    sender.emit('import:progress', { phase: 'reading', done: 0, total: 1 });
    sender.emit('store:recovered', { message: 'x' });
    expect(sent).toEqual([]);
    sender.attach(target);
    expect(sent).toEqual([
      ['files:opened', { files: ['/a.csv'] }],
      ['store:recovered', { message: 'x' }],
    ]);
    sender.emit('menu:command', { command: 'import' });
    expect(sent.at(-1)).toEqual(['menu:command', { command: 'import' }]);
  });
});

describe('start-up recovery', () => {
  const person = { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active' as const };

  /** A data folder whose database is damaged, with (optionally) one good backup of one person. */
  function damagedFolder(withBackup: boolean): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-recovery-'));
    const { store } = RosterStore.open({ dataDir: dir });
    store.update((d) => createPerson(d, person));
    if (withBackup) store.backup('nightly');
    store.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${store.dataFile}${suffix}`, { force: true });
    writeFileSync(store.dataFile, Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(4096, 1)]));
    return dir;
  }

  /** Restores as the service host does for the main process: by name, answering with the count. */
  const restoring = (store: RosterStore) => async (name: string) => ({ people: store.restoreBackup(name).people.length });

  const answering = (response: number) => {
    const asked: MessageBoxOptions[] = [];
    const box = async (options: MessageBoxOptions): Promise<MessageBoxReturnValue> => {
      asked.push(options);
      return { response, checkboxChecked: false };
    };
    return { asked, box };
  };

  it('uses CREDENTIAL_ROSTER_DATA when set, else the userData folder', () => {
    expect(chooseDataDir({ CREDENTIAL_ROSTER_DATA: '/srv/roster' }, '/home/m/.config/Credential Roster')).toBe('/srv/roster');
    expect(chooseDataDir({ CREDENTIAL_ROSTER_DATA: '  ' }, '/home/m/.config/Credential Roster')).toBe('/home/m/.config/Credential Roster');
    expect(chooseDataDir({}, '/u')).toBe('/u');
  });

  it('offers the newest backup in plain words and restores it when the user agrees', async () => {
    const { store, recovery } = RosterStore.open({ dataDir: damagedFolder(true) });
    expect(recovery).not.toBeNull();
    expect(store.read().people).toEqual([]);
    const { asked, box } = answering(0);
    const message = await offerRecovery(restoring(store), recovery!, box, () => undefined);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ message: expect.stringMatching(/could not be read. Restore the most recent backup\?/), buttons: ['Restore Backup', 'Start With an Empty Roster'] });
    expect(store.read().people.map((p) => p.employeeId)).toEqual(['00123']);
    expect(message).toMatch(/most recent backup .* was restored/);
  });

  it('starts empty, and says so, when the user declines', async () => {
    const { store, recovery } = RosterStore.open({ dataDir: damagedFolder(true) });
    const { box } = answering(1);
    const message = await offerRecovery(restoring(store), recovery!, box, () => undefined);
    expect(store.read().people).toEqual([]);
    expect(message).toMatch(/empty roster/);
  });

  it('only explains when there is no backup to offer', async () => {
    const { store, recovery } = RosterStore.open({ dataDir: damagedFolder(false) });
    const { asked, box } = answering(0);
    await offerRecovery(restoring(store), recovery!, box, () => undefined);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.buttons).toEqual(['OK']);
    expect(store.read().people).toEqual([]);
  });
});
