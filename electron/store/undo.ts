/**
 * Undo of the most recent import: the people (and catalog entries) come back from the copy
 * taken just before it; settings changed since are kept, and the import leaves the history.
 */
import path from 'node:path';
import type { RosterData } from '../../shared/types';
import { StoreError } from './errors';
import type { RosterStore } from './roster-store';

export function undoLastImport(store: RosterStore): { importId: string; restoredPeople: number } {
  const current = store.read();
  const last = current.imports.at(-1);
  if (!last) throw new StoreError('There is no import to undo.');
  let before: RosterData;
  try {
    // Records hold the backup's name; a full path from an older build still points into backups/.
    before = store.readBackup(path.basename(last.backupFile));
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    throw new StoreError(
      `The import of ${last.at} cannot be undone: the copy taken before it (${last.backupFile}) is not usable. ${error.message}`,
    );
  }
  store.backup('before-undo');
  const restored: RosterData = {
    ...current,
    people: before.people,
    customCredentials: before.customCredentials,
    imports: current.imports.slice(0, -1),
  };
  store.write(restored);
  return { importId: last.id, restoredPeople: restored.people.length };
}
