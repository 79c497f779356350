/** `credential-roster import FILE...`: preview, then commit unless refused or a dry run. */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOptions, ImportPreview, RosterData } from '../../../shared/types';
import { notRegularFile } from '../../import/import-file-bytes';
import { planImport } from '../../import/plan';
import { todayIso } from '../../../shared/dates';
import { commitImport, ImportRejectedError } from '../../import/commit';
import { rememberChoices, rememberedMapping } from '../../import/remember-choices';
import { CommandFailure, EXIT_OK, EXIT_REJECTED, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseCommand } from '../parse';
import { openRoster } from '../open-roster';
import { formatPreview, formatRejection, formatResult, formatChanges } from '../import-summary';
import { parseMapOptions, parseValueOptions } from '../import-choices';

const OPTIONS = {
  ...DATA_OPTION,
  'dry-run': { type: 'boolean' },
  'skip-invalid': { type: 'boolean' },
  'day-first': { type: 'boolean' },
  'not-direct-coding': { type: 'boolean' },
  sheet: { type: 'string' },
  map: { type: 'string', multiple: true },
  value: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

export interface ImportArgs {
  readonly files: readonly string[];
  readonly data: string | undefined;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly options: ImportOptions;
  /** `--value` options as written: read once the roster (and its own credentials) is open. */
  readonly values: readonly string[];
}

export function parseImportArgs(args: readonly string[]): ImportArgs {
  const { values, positionals } = parseCommand('import', args, OPTIONS);
  if (positionals.length === 0) throw new UsageError('Name at least one file to import (.csv, .txt, .tsv, .psv or .xlsx).', 'import');
  const mapping = parseMapOptions(values.map ?? []);
  const sheet = values.sheet?.trim();
  if (sheet === '') throw new UsageError('--sheet needs the name of a sheet in the workbook.', 'import');
  return {
    files: positionals,
    data: values.data,
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    values: values.value ?? [],
    options: {
      dayFirst: values['day-first'] === true,
      skipInvalid: values['skip-invalid'] === true,
      // Periods from a file with no direct-coding column count as direct coding unless told otherwise.
      directCoding: values['not-direct-coding'] !== true,
      ...(sheet === undefined ? {} : { sheet }),
      ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
    },
  };
}

/**
 * The options with a column mapping remembered (by the window or an earlier run) for files with
 * these headers: the remembered choices, then --map on top. Null when nothing was remembered that
 * reads a column differently from this run's own matching (then one plan is enough).
 */
function withRememberedMapping(roster: RosterData, preview: ImportPreview, options: ImportOptions): { options: ImportOptions; used: string[] } | null {
  const merged: Record<string, string> = {};
  const used: string[] = [];
  for (const file of preview.files) {
    const remembered = rememberedMapping(roster, file.columns.map((c) => c.header));
    if (remembered === undefined) continue;
    const given = options.mapping ?? {};
    const differs = file.columns.some((c) => !Object.hasOwn(given, c.header) && Object.hasOwn(remembered, c.header) && remembered[c.header] !== (c.field ?? ''));
    if (!differs) continue;
    used.push(path.basename(file.file));
    for (const [header, field] of Object.entries(remembered)) {
      Object.defineProperty(merged, header, { value: field, enumerable: true, writable: true, configurable: true });
    }
  }
  if (used.length === 0) return null;
  const mapping = { ...merged, ...options.mapping } as ImportOptions['mapping'];
  return { options: { ...options, mapping }, used };
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
  const roster = store.read();
  const valueMappings = parseValueOptions(parsed.values, roster.customCredentials);
  let options: ImportOptions = { ...parsed.options, today: todayIso(io.now()), ...(Object.keys(valueMappings).length > 0 ? { valueMappings } : {}) };
  let { preview } = await planImport(roster, files, options);
  let notes = '';
  const remembered = withRememberedMapping(roster, preview, options);
  if (remembered !== null) {
    options = remembered.options;
    ({ preview } = await planImport(roster, files, options));
    notes = `Using the column mapping remembered for ${remembered.used.join(', ')} (set with --map or in the app).\n`;
  }
  const print = (payload: Record<string, unknown>, text: string) =>
    io.stdout(parsed.json ? `${JSON.stringify(payload, null, 2)}\n` : notes + text);

  if (!preview.canCommit) {
    print({ dryRun: parsed.dryRun, imported: false, preview }, formatPreview(preview, options) + formatRejection(preview));
    return EXIT_REJECTED;
  }
  if (parsed.dryRun) {
    print({ dryRun: true, imported: false, preview }, `${formatPreview(preview, options)}${formatChanges(preview)}Dry run: nothing was written.\n`);
    return EXIT_OK;
  }
  try {
    const result = await commitImport(store, files, options, undefined, undefined, (next, planned) => rememberChoices(next, planned, options));
    print({ dryRun: false, imported: true, preview, result }, formatPreview(preview, options) + formatResult(result));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ImportRejectedError)) throw error;
    print({ dryRun: false, imported: false, preview: error.preview }, formatPreview(error.preview, options) + formatRejection(error.preview));
    return EXIT_REJECTED;
  }
}
