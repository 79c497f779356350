import { stat } from 'node:fs/promises';
import path from 'node:path';
import { notRegularFile } from '../import/import-file-bytes';
import { UserError } from '../../shared/user-error';
import { IMPORTABLE_WORDS, isImportableName } from '../../shared/importable';

/** Only existing HR export files (absolute paths, see `IMPORTABLE_EXTENSIONS`) may be read by an import; returns them resolved. */
export async function checkImportFiles(files: readonly string[]): Promise<string[]> {
  const checked: string[] = [];
  for (const file of files) {
    const name = path.basename(file);
    if (file.includes('\0') || !path.isAbsolute(file)) {
      throw new UserError(`"${name}" cannot be imported: the app needs the file's full location.`);
    }
    if (!isImportableName(name)) {
      throw new UserError(`"${name}" cannot be imported: only ${IMPORTABLE_WORDS} files can be imported.`);
    }
    let notRegular: string | null;
    try {
      // stat, not open: it answers at once for a named pipe too (the read opens without waiting).
      notRegular = notRegularFile(await stat(file));
    } catch {
      throw new UserError(`"${name}" cannot be imported: the file was not found (${file}).`);
    }
    if (notRegular !== null) throw new UserError(`"${name}" cannot be imported: ${notRegular}.`);
    checked.push(path.resolve(file));
  }
  return checked;
}
