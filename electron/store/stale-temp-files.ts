/**
 * conf writes through `atomically`: the data goes to `<file>.tmp-<10 digits><6 hex>` next to the
 * data file, then a rename puts it in place. A crash or power cut between the two leaves that temp
 * file behind, and on a 50,000-person roster each is some 40 MB, so they are cleared when the store
 * opens.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * How old a temp file must be to count as abandoned. A save takes well under a second, so this
 * leaves alone the temp file of a save running right now in another process (the CLI beside the app).
 */
export const STALE_TEMP_AGE_MS = 60_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True for a temp-file name `atomically` makes for `dataFileName`, and for nothing else. */
export function isTempFileName(name: string, dataFileName: string): boolean {
  return new RegExp(`^${escapeRegExp(dataFileName)}\\.tmp-\\d{10}[0-9a-f]{6}$`).test(name);
}

/**
 * Deletes the data file's temp files last changed before `openedAt` minus STALE_TEMP_AGE_MS, and
 * returns their names. Only those files, only in the data folder; a file that cannot be removed is
 * left for the next start (cleaning up must never stop the roster from opening).
 */
export function removeStaleTempFiles(dataFile: string, openedAt: number): string[] {
  const dir = path.dirname(dataFile);
  const base = path.basename(dataFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isTempFileName(name, base)) continue;
    const file = path.join(dir, name);
    try {
      const stat = fs.lstatSync(file);
      if (!stat.isFile() || stat.mtimeMs >= openedAt - STALE_TEMP_AGE_MS) continue;
      fs.unlinkSync(file);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: try again next time.
    }
  }
  return removed;
}
