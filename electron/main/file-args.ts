import { statSync } from 'node:fs';
import path from 'node:path';
import { isImportableName } from '../../shared/importable';

/** The importable files named on a command line (a file opened with the app, or a second launch). */
export function importableFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !isImportableName(path.basename(arg))) continue;
    const file = path.resolve(cwd, arg);
    try {
      if (statSync(file).isFile() && !files.includes(file)) files.push(file);
    } catch {
      // Not a file we can read: ignore it rather than open an import that fails.
    }
  }
  return files;
}
