/**
 * Undo of the most recent import: what it changed comes back out, from the change log's
 * before-values, so changes others made since to other people and fields are kept. The catalog
 * entries it added go too, and the import leaves the history. An import recorded before the change
 * log existed comes back from the copy taken just before it.
 */
import path from 'node:path';
import type { RosterData } from '../../shared/types';
import { StoreError } from './errors';
import type { RosterStore } from './roster-store';
import { revertPeopleChanges } from './revert-change';

export function undoLastImport(store: RosterStore): { importId: string; restoredPeople: number } {
  const last = store.read().imports.at(-1);
  if (!last) throw new StoreError('There is no import to undo.');
  const label = `import of ${last.files.join(', ')}`;
  const entries = last.changeId === undefined ? null : store.history({ changeId: last.changeId });
  let before: RosterData | null = null;
  if (entries === null) {
    try {
      // Records hold the backup's name; a full path from an older build still points into backups/.
      before = store.readBackup(path.basename(last.backupFile));
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      throw new StoreError(`The import of ${last.at} cannot be undone: the copy taken before it (${last.backupFile}) is not usable. ${error.message}`);
    }
  }
  store.backup(`before undo of ${label}`);
  let touched = 0;
  store.update(
    (current) => {
      if (current.imports.at(-1)?.id !== last.id) throw new StoreError('Another import was made meanwhile; it is the one Undo would take back now. Nothing was changed.');
      const imports = current.imports.slice(0, -1);
      if (entries === null) {
        touched = before!.people.length;
        return { ...current, people: before!.people, customCredentials: before!.customCredentials, imports };
      }
      touched = new Set(entries.filter((e) => e.employeeId !== null).map((e) => e.employeeId)).size;
      const addedCodes = new Set(entries.filter((e) => e.record === 'custom-credential' && e.kind === 'added').map((e) => e.recordId));
      const reverted = revertPeopleChanges(current, entries);
      return { ...reverted, customCredentials: current.customCredentials.filter((c) => !addedCodes.has(c.code)), imports };
    },
    { source: 'undo', detail: label },
  );
  return { importId: last.id, restoredPeople: touched };
}
