import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportProgress } from '../../shared/view-models';
import type { ImportOptions, ImportPreview, ImportRecord, ImportResult, RosterData } from '../../shared/types';
import type { RosterStore } from '../store/roster-store';
import { StoreError } from '../store/errors';
import { planImport } from './plan';
import { UserError } from '../../shared/user-error';

/** The import was refused (rows with errors and no skip); nothing was written. */
export class ImportRejectedError extends UserError {
  override readonly name = 'ImportRejectedError';
  readonly preview: ImportPreview;
  constructor(preview: ImportPreview) {
    super(rejectionMessage(preview));
    this.preview = preview;
  }
}

function rejectionMessage(preview: ImportPreview): string {
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  const where = first ? ` The first: ${first.file}${first.row > 0 ? `, row ${first.row}` : ''}: ${first.message}` : '';
  const fileLevel = errors.some((p) => p.row === 0);
  const advice = fileLevel
    ? 'Fix the file (or its column mapping) and try again.'
    : 'Fix those rows and import again, or choose to skip the invalid rows.';
  return `Nothing was imported: ${errors.length} problem${errors.length === 1 ? '' : 's'} must be fixed first (${preview.invalidRows} row${preview.invalidRows === 1 ? '' : 's'} affected).${where} ${advice}`;
}

/** Someone else committed while the import was being planned: plan again on their result. */
class RosterMovedOn extends Error {}

/** How many times an import is planned again when other writers keep committing first. */
const MAX_ATTEMPTS = 8;

/**
 * Plans, refuses when !canCommit (nothing written), else backs up the roster and stores the plan
 * plus an ImportRecord in ONE transaction. The plan is made from the roster as it was when
 * planning began; when another window or command committed meanwhile, the import is planned again
 * on top of their change, so both are kept. `amend` may add to that same write what the caller
 * keeps about the import (the window remembers the column mapping), from the plan's preview.
 */
export async function commitImport(
  store: RosterStore,
  files: readonly string[],
  options: ImportOptions,
  onProgress?: (p: ImportProgress) => void,
  now: () => Date = () => new Date(),
  amend: (next: RosterData, preview: ImportPreview) => RosterData = (next) => next,
): Promise<ImportResult> {
  const names = files.map((f) => path.basename(f));
  for (let attempt = 1; ; attempt++) {
    const base = store.read();
    const plan = await planImport(base, files, options, (p) => {
      if (p.phase !== 'done') onProgress?.(p);
    });
    const { preview } = plan;
    if (!preview.canCommit) throw new ImportRejectedError(preview);
    onProgress?.({ phase: 'writing', done: 0, total: 1 });
    const backup = store.backup(`before import of ${names.join(', ')}`);
    const id = randomUUID();
    try {
      store.update(
        (current, change) => {
          if (current !== base) throw new RosterMovedOn();
          const record: ImportRecord = {
            id,
            at: now().toISOString(),
            files: names,
            backupFile: backup.name,
            created: preview.toCreate,
            updated: preview.toUpdate,
            changeId: change.id,
          };
          return amend({ ...plan.next, imports: [...plan.next.imports, record] }, preview);
        },
        { source: 'import', detail: names.join(', ') },
      );
    } catch (error) {
      if (error instanceof RosterMovedOn && attempt < MAX_ATTEMPTS) continue;
      if (error instanceof RosterMovedOn) throw new StoreError('The roster kept changing while the import was being prepared; nothing was imported. Try again.');
      throw error;
    }
    onProgress?.({ phase: 'writing', done: 1, total: 1 });
    onProgress?.({ phase: 'done', done: 1, total: 1 });
    return {
      importId: id,
      created: preview.toCreate,
      updated: preview.toUpdate,
      unchanged: preview.unchanged,
      skippedRows: preview.invalidRows,
      backupFile: backup.name,
    };
  }
}
