import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ImportProgress } from '../../shared/ipc';
import type { ImportOptions, ImportPreview, ImportRecord, ImportResult, RosterData } from '../../shared/types';
import type { RosterStore } from '../store/roster-store';
import { planImport } from './plan';

/** The import was refused (rows with errors and no skip); nothing was written. */
export class ImportRejectedError extends Error {
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

/**
 * Plans, refuses when !canCommit (nothing written), else backs up the data file and writes `next`
 * plus an ImportRecord in ONE store write. `amend` may add to that same write what the caller keeps
 * about the import (the window remembers the column mapping), from the plan's preview.
 */
export async function commitImport(
  store: RosterStore,
  files: readonly string[],
  options: ImportOptions,
  onProgress?: (p: ImportProgress) => void,
  now: () => Date = () => new Date(),
  amend: (next: RosterData, preview: ImportPreview) => RosterData = (next) => next,
): Promise<ImportResult> {
  const plan = await planImport(store.read(), files, options, (p) => {
    if (p.phase !== 'done') onProgress?.(p);
  });
  const { preview } = plan;
  if (!preview.canCommit) throw new ImportRejectedError(preview);
  onProgress?.({ phase: 'writing', done: 0, total: 1 });
  const backup = store.backup('before import');
  const record: ImportRecord = {
    id: randomUUID(),
    at: now().toISOString(),
    files: files.map((f) => path.basename(f)),
    backupFile: backup.name,
    created: preview.toCreate,
    updated: preview.toUpdate,
  };
  store.write(amend({ ...plan.next, imports: [...plan.next.imports, record] }, preview));
  onProgress?.({ phase: 'writing', done: 1, total: 1 });
  onProgress?.({ phase: 'done', done: 1, total: 1 });
  return {
    importId: record.id,
    created: preview.toCreate,
    updated: preview.toUpdate,
    unchanged: preview.unchanged,
    skippedRows: preview.invalidRows,
    backupFile: backup.name,
  };
}
