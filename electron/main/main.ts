/**
 * The Electron main process: one hardened window, the store, the IPC handlers, menus and dialogs.
 * Everything that does real work lives in plain modules (electron/ipc, electron/store, …).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, screen, session, shell } from 'electron';
import { RULE_SETS } from '../../shared/rule-sets';
import { dispatch } from '../ipc/dispatch';
import { rosterDigest } from '../ipc/roster-reminders';
import { createHandlers, type Handlers } from '../ipc/handlers';
import { applyAppSecurity, applySessionSecurity, isSafeExternalUrl } from '../security';
import { isAppUrl, type AppOrigin } from './app-urls';
import { nativeDialogs } from './dialogs';
import { EventSender } from './event-sender';
import { importableFilesFromArgv } from './file-args';
import { buildMenuTemplate, ruleSetSources } from './menu';
import { registerIpc, trustedSenderCheck } from './register-ipc';
import { startReminderSchedule } from './reminder-schedule';
import { chooseDataDir, offerRecovery, openStoreAtStartup } from './store-lifecycle';
import { watchOtherWriters } from './watch-other-writers';
import ElectronStore from 'electron-store';
import { createMainWindow } from './window';
import { PREFERENCES_NAME } from './window-state';

const log = (message: string, error?: unknown): void => console.error(message, error ?? '');

/** Where the built pieces are, relative to the app folder (the project root, or the asar). */
export function appPaths(appRoot: string): { preload: string; rendererIndex: string; icon: string } {
  return {
    preload: path.join(appRoot, 'out/preload/preload.cjs'),
    rendererIndex: path.join(appRoot, 'out/renderer/index.html'),
    icon: path.join(appRoot, 'build/icon.png'),
  };
}

export interface MainContext {
  readonly handlers: Handlers;
  readonly window: BrowserWindow;
  readonly origin: AppOrigin;
  readonly dataDir: string;
}

async function start(): Promise<MainContext | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  const paths = appPaths(app.getAppPath());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const origin: AppOrigin = {
    rendererIndex: paths.rendererIndex,
    devServerUrl: !app.isPackaged && devUrl ? devUrl : null,
  };
  const ownUrl = (url: string): boolean => isAppUrl(url, origin);
  applyAppSecurity(app, ownUrl);

  const events = new EventSender();
  let mainWindow: BrowserWindow | null = null;
  const openFiles = (files: readonly string[]): void => {
    if (files.length > 0) events.emit('files:opened', { files });
  };

  // A second launch (e.g. double-clicking a CSV) comes here instead of opening a second window.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    openFiles(importableFilesFromArgv(argv.slice(1), workingDirectory));
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles(importableFilesFromArgv([file], process.cwd()));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  applySessionSecurity(session.defaultSession);

  const dataDir = chooseDataDir(process.env, app.getPath('userData'));
  const { store, recovery } = openStoreAtStartup(dataDir, log);

  const handlers = createHandlers({
    store,
    appName: app.getName(),
    appVersion: app.getVersion(),
    newId: randomUUID,
    dialogs: nativeDialogs(dialog, () => mainWindow, () => app.getPath('documents')),
    shell: {
      showInFolder: (file) => shell.showItemInFolder(file),
      openExternal: (url) => shell.openExternal(url),
    },
    emit: (event, payload) => events.emit(event, payload),
  });
  registerIpc(ipcMain, handlers, trustedSenderCheck(() => mainWindow?.webContents ?? null, ownUrl), log);

  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: `Tracks coders' credentials and CCS exam eligibility. Everything stays on this computer.\n\nData folder: ${dataDir}`,
      buttons: ['OK'],
    };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  const menu = buildMenuTemplate({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    sources: ruleSetSources(Object.values(RULE_SETS)),
    actions: {
      command: (command) => events.emit('menu:command', { command }),
      downloadTemplate: (format) => {
        void dispatch(handlers, 'import:template', { format }, { log }).then((result) => {
          if (!result.ok) dialog.showErrorBox('Template not saved', result.error);
        });
      },
      openDataFolder: () => {
        void shell.openPath(dataDir).then((problem) => {
          if (problem) dialog.showErrorBox('Data folder', problem);
        });
      },
      openExternal: (url) => {
        if (isSafeExternalUrl(url)) void shell.openExternal(url);
      },
      about: showAbout,
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

  // Window state and per-user preferences: what electron-store is for. The roster is in its database.
  const preferences = new ElectronStore<Record<string, unknown>>({ name: PREFERENCES_NAME, clearInvalidConfig: true });
  const openWindow = (): BrowserWindow => {
    const created = createMainWindow({
      BrowserWindow,
      screen,
      title: app.getName(),
      preloadPath: paths.preload,
      iconPath: existsSync(paths.icon) ? paths.icon : undefined,
      origin,
      preferences,
    });
    mainWindow = created;
    created.webContents.on('did-finish-load', () => events.attach(created.webContents));
    created.webContents.on('did-start-loading', () => events.detach());
    created.on('closed', () => {
      events.detach();
      mainWindow = null;
    });
    return created;
  };
  const window = openWindow();
  // macOS keeps the app running with no window; the dock icon brings one back.
  app.on('activate', () => {
    if (mainWindow === null) openWindow();
  });

  openFiles(importableFilesFromArgv(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd()));

  // One digest notification a day; a reference is kept so it is not collected before it is clicked.
  let digestNotification: Notification | null = null;
  const reminders = startReminderSchedule({
    now: () => new Date(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    digest: (asOf) => rosterDigest(store.read(), asOf),
    notify: (title, body) => {
      if (!Notification.isSupported()) return;
      digestNotification?.close();
      const shown = new Notification({ title, body });
      shown.on('click', () => {
        const target = mainWindow ?? openWindow();
        if (target.isMinimized()) target.restore();
        target.focus();
      });
      shown.show();
      digestNotification = shown;
    },
    log,
  });
  const watcher = watchOtherWriters({
    refreshIfChanged: () => store.refreshIfChanged(),
    changed: () => events.emit('roster:changed', {}),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log,
  });
  app.on('before-quit', () => {
    reminders.stop();
    watcher.stop();
  });
  app.on('will-quit', () => store.close());

  if (recovery) {
    const showBox = (options: Electron.MessageBoxOptions) => dialog.showMessageBox(window, options);
    void offerRecovery(store, recovery, showBox, log).then((message) => events.emit('store:recovered', { message }));
  }
  return { handlers, window, origin, dataDir };
}

/** Resolves once the window exists (null when another instance already runs); tests await it. */
export const started: Promise<MainContext | null> = start().catch((error: unknown) => {
  log('Credential Roster could not start', error);
  dialog.showErrorBox('Credential Roster could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
  return null;
});
