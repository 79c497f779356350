import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { HandlerDeps } from '../ipc/handlers';
import { IMPORTABLE_EXTENSIONS } from '../../shared/importable';

const IMPORT_FILTERS = [
  { name: 'HR export (CSV, text or Excel)', extensions: [...IMPORTABLE_EXTENSIONS] },
  { name: 'Delimited text (CSV, TXT, TSV, PSV, DAT)', extensions: ['csv', 'txt', 'tsv', 'psv', 'dat'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
];

/** The native open/save dialogs, attached to the window so they are modal to it. */
export function nativeDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | null,
  defaultFolder: () => string,
): HandlerDeps['dialogs'] {
  return {
    openImportFiles: async () => {
      const owner = window();
      const options = {
        title: 'Import HR export',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        filters: IMPORT_FILTERS,
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    saveFile: async (defaultName, filters) => {
      const owner = window();
      const options = {
        title: 'Save',
        defaultPath: path.join(defaultFolder(), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
