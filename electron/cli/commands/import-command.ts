/** `credential-roster import FILE...`: preview, then commit unless refused or a dry run. */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOptions } from '../../../shared/types';
import { notRegularFile } from '../../import/import-file-bytes';
import { planImport } from '../../import/plan';
import { todayIso } from '../../../shared/dates';
import { commitImport, ImportRejectedError } from '../../import/commit';
import { CommandFailure, EXIT_OK, EXIT_REJECTED, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseCommand } from '../parse';
import { openRoster } from '../open-roster';
import { formatPreview, formatRejection, formatResult, formatChanges } from '../import-summary';

const OPTIONS = {
  ...DATA_OPTION,
  'dry-run': { type: 'boolean' },
  'skip-invalid': { type: 'boolean' },
  'day-first': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

export interface ImportArgs {
  readonly files: readonly string[];
  readonly data: string | undefined;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly options: ImportOptions;
}

export function parseImportArgs(args: readonly string[]): ImportArgs {
  const { values, positionals } = parseCommand('import', args, OPTIONS);
  if (positionals.length === 0) throw new UsageError('Name at least one file to import (.csv or .xlsx).', 'import');
  return {
    files: positionals,
    data: values.data,
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    options: { dayFirst: values['day-first'] === true, skipInvalid: values['skip-invalid'] === true },
  };
}

export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseImportArgs(args);
  const files = parsed.files.map((f) => path.resolve(io.cwd, f));
  for (const file of files) {
    // stat, not open: it answers at once for a named pipe too (the read opens without waiting).
    let info: fs.Stats;
    try {
      info = fs.statSync(file);
    } catch {
      throw new CommandFailure(`Cannot find the file ${file}. Nothing was imported.`);
    }
    const notRegular = notRegularFile(info);
    if (notRegular !== null) throw new CommandFailure(`${file} cannot be imported: ${notRegular}. Nothing was imported.`);
  }
  const store = openRoster(parsed.data, io);
  const options = { ...parsed.options, today: todayIso(io.now()) };
  const { preview } = await planImport(store.read(), files, options);
  const print = (payload: Record<string, unknown>, text: string) =>
    io.stdout(parsed.json ? `${JSON.stringify(payload, null, 2)}\n` : text);

  if (!preview.canCommit) {
    print({ dryRun: parsed.dryRun, imported: false, preview }, formatPreview(preview) + formatRejection(preview));
    return EXIT_REJECTED;
  }
  if (parsed.dryRun) {
    print({ dryRun: true, imported: false, preview }, `${formatPreview(preview)}${formatChanges(preview)}Dry run: nothing was written.\n`);
    return EXIT_OK;
  }
  try {
    const result = await commitImport(store, files, options);
    print({ dryRun: false, imported: true, preview, result }, formatPreview(preview) + formatResult(result));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    print({ dryRun: false, imported: false, preview: error.preview }, formatPreview(error.preview) + formatRejection(error.preview));
    return EXIT_REJECTED;
  }
}
