/**
 * The application menu as a pure template, so tests can read it without Electron. Items that need
 * the window send a `menu:command`; the rest call the actions passed in.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/events';
import type { RuleSource } from '../../shared/types';

export interface MenuActions {
  readonly command: (command: MenuCommand) => void;
  readonly downloadTemplate: (format: 'csv' | 'xlsx') => void;
  readonly openDataFolder: () => void;
  readonly openExternal: (url: string) => void;
  readonly about: () => void;
}

export interface MenuOptions {
  readonly appName: string;
  readonly isMac: boolean;
  /** Reload and developer tools are only offered while developing. */
  readonly isDev: boolean;
  /** The CCS rule sets' published sources, listed under Help. */
  readonly sources: readonly { readonly ruleSetTitle: string; readonly source: RuleSource }[];
  readonly actions: MenuActions;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, isMac } = options;
  const send = (command: MenuCommand) => (): void => actions.command(command);

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => actions.about() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Person…', accelerator: 'CmdOrCtrl+N', click: send('new-person') },
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: send('import') },
      {
        label: 'Export',
        submenu: [
          { label: 'Magnet DIF Report…', accelerator: 'CmdOrCtrl+E', click: send('export-dif') },
          { label: 'Eligibility Report…', click: send('export-eligibility') },
          { label: 'Roster…', click: send('export-roster') },
          { label: 'Expiring Credentials…', click: send('export-expiring') },
          { label: 'Change Log…', click: send('export-change-log') },
        ],
      },
      {
        label: 'Download Import Template',
        submenu: [
          { label: 'CSV…', click: () => actions.downloadTemplate('csv') },
          { label: 'Excel (XLSX)…', click: () => actions.downloadTemplate('xlsx') },
        ],
      },
      { type: 'separator' },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      { label: 'Backups…', click: send('backups') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Roster', accelerator: 'CmdOrCtrl+1', click: send('show-roster') },
      { label: 'Dashboard', accelerator: 'CmdOrCtrl+2', click: send('show-dashboard') },
      { type: 'separator' },
      ...(options.isDev
        ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      ...(isMac ? [] : [{ label: `About ${options.appName}`, click: () => actions.about() }, { type: 'separator' } as const]),
      {
        label: 'CCS Rule-Set Sources',
        submenu: options.sources.map(({ ruleSetTitle, source }) => ({
          label: `${ruleSetTitle}: ${source.title}`,
          click: () => actions.openExternal(source.url),
        })),
      },
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}

/** Every rule set's sources, de-duplicated by address, for the Help menu. */
export function ruleSetSources(
  ruleSets: readonly { readonly title: string; readonly sources: readonly RuleSource[] }[],
): { ruleSetTitle: string; source: RuleSource }[] {
  const seen = new Set<string>();
  const out: { ruleSetTitle: string; source: RuleSource }[] = [];
  for (const ruleSet of ruleSets) {
    for (const source of ruleSet.sources) {
      if (seen.has(source.url)) continue;
      seen.add(source.url);
      out.push({ ruleSetTitle: ruleSet.title, source });
    }
  }
  return out;
}
