/** `credential-roster export KIND --out FILE`: writes one report from the roster. */
import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_KINDS, type ExportKind } from '../../../shared/schemas';
import { todayIso } from '../../../shared/dates';
import { writeReport } from '../../export/index';
import { difRowsFor } from '../../export/dif-report';
import { difCheck, difFteWarning } from '../../../shared/dif';
import { fileSystemFailure } from '../../store/write-errors';
import { CommandFailure, EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseAsOf, parseCommand, parseRules } from '../parse';
import { openRoster } from '../open-roster';

const OPTIONS = {
  ...DATA_OPTION,
  out: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  rules: { type: 'string' },
  'rn-only': { type: 'boolean' },
  'all-employees': { type: 'boolean' },
} as const;

const REPORT_NAMES: Readonly<Record<ExportKind, string>> = {
  dif: 'Magnet DIF certification report',
  eligibility: 'CCS eligibility report',
  roster: 'roster',
  expiring: 'expiring credentials report',
  'change-log': 'change log',
};

function isExportKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('export', args, OPTIONS);
  const [kind, extra] = positionals;
  if (kind === undefined || !isExportKind(kind)) {
    const got = kind === undefined ? '' : ` (got '${kind}')`;
    throw new UsageError(`Name the report to export: ${EXPORT_KINDS.join(', ')}${got}.`, 'export');
  }
  if (extra !== undefined) throw new UsageError(`Export one report at a time ('${extra}' is extra).`, 'export');
  if (!values.out) throw new UsageError('Say where to write the report with --out FILE.xlsx.', 'export');
  const ext = path.extname(values.out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new UsageError(`The report file must end in .xlsx (a workbook) or .csv (got '${values.out}').`, 'export');
  }
  const asOf = parseAsOf(values['as-of'], 'export') ?? todayIso(io.now());
  const chosenRules = parseRules(values.rules, 'export');
  const outFile = path.resolve(io.cwd, values.out);
  const folder = path.dirname(outFile);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new CommandFailure(`The folder ${folder} does not exist, so the report was not written.`);
  }
  const store = openRoster(values.data, io);
  const roster = store.read();
  if (kind === 'dif') {
    // Said before the file is written, on stderr, so a script reading stdout still sees one line.
    const check = difCheck(difRowsFor({ roster, asOf, rnOnly: values['rn-only'] === true, allEmployees: values['all-employees'] === true }), roster);
    const warning = difFteWarning(check);
    if (warning !== null) io.stderr(`Warning: ${warning}\n`);
  }
  try {
    const { file, rows } = await writeReport(kind, outFile, {
      roster,
      asOf,
      ruleSet: chosenRules ?? roster.settings.ruleSet,
      rnOnly: values['rn-only'] === true,
      allEmployees: values['all-employees'] === true,
      appVersion: io.appVersion,
      producedAt: io.now(),
      changeLog: kind === 'change-log' ? store.history() : undefined,
    });
    io.stdout(`Wrote the ${REPORT_NAMES[kind]} as of ${asOf} to ${file} (${rows} ${rows === 1 ? 'row' : 'rows'}).\n`);
    return EXIT_OK;
  } catch (error) {
    const failure = fileSystemFailure(error, `The report could not be written to ${outFile}`, folder);
    if (failure) throw new CommandFailure(failure.message.replace('Nothing was changed.', 'No report was written.'));
    throw error;
  }
}
