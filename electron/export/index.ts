import path from 'node:path';
import type { ExportKind } from '../../shared/schemas';
import { assertNever } from '../../shared/assert-never';
import { writeCsv } from './csv-writer';
import { buildDifReport } from './dif-report';
import { buildEligibilityReport } from './eligibility-report';
import { buildExpiringReport } from './expiring-report';
import { buildChangeLogReport } from './change-log-report';
import { ProgressCounter } from './progress';
import { organisationName, producedBy, type ReportBuild, type ReportContext } from './report-context';
import { buildRosterReport } from './roster-report';
import { writeXlsx } from './xlsx-writer';
import { fileSystemFailure } from '../store/write-errors';

export type { ReportContext } from './report-context';
export { neutraliseFormula } from './formula-guard';

/** The report's sheets as plain data, before anything is written. */
export function buildReport(kind: ExportKind, ctx: ReportContext): ReportBuild {
  switch (kind) {
    case 'dif':
      return buildDifReport(ctx);
    case 'eligibility':
      return buildEligibilityReport(ctx);
    case 'roster':
      return buildRosterReport(ctx);
    case 'expiring':
      return buildExpiringReport(ctx);
    case 'change-log':
      return buildChangeLogReport(ctx);
    default:
      return assertNever(kind);
  }
}

/**
 * Writes one report to `outFile`: a workbook for `.xlsx`, or the report's main table for `.csv`.
 * `rows` is the number of rows in that main table (people, or credentials for the expiring report).
 */
export async function writeReport(kind: ExportKind, outFile: string, ctx: ReportContext): Promise<{ file: string; rows: number }> {
  const ext = path.extname(outFile).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    throw new Error(`Reports are saved as .xlsx or .csv, not "${path.basename(outFile)}"`);
  }
  ctx.onProgress?.({ phase: 'reading', done: 0, total: ctx.roster.people.length });
  const report = buildReport(kind, ctx);
  try {
    await writeReportFile(kind, report, outFile, ctx);
  } catch (error) {
    // A full disk, a folder that cannot be written, a report still open in another program: plain words.
    throw fileSystemFailure(error, `The report could not be saved as ${path.basename(outFile)}`, path.dirname(outFile)) ?? error;
  }
  return { file: outFile, rows: report.rows };
}

/** Writes the built report as the file `outFile` names: its main table as CSV, or every table as a workbook. */
async function writeReportFile(kind: ExportKind, report: ReportBuild, outFile: string, ctx: ReportContext): Promise<void> {
  if (path.extname(outFile).toLowerCase() === '.csv') {
    const table = report.tables.find((t) => t.name === report.primary);
    if (table === undefined) throw new Error(`The ${report.title} has no "${report.primary}" sheet`);
    const progress = new ProgressCounter(table.rows.length, ctx.onProgress);
    await writeCsv(outFile, table, progress);
    progress.finish();
  } else {
    const progress = new ProgressCounter(
      report.tables.reduce((n, t) => n + t.rows.length, 0),
      ctx.onProgress,
    );
    await writeXlsx(
      outFile,
      {
        title: report.title,
        subject: report.subject,
        description: `${report.title} as of ${ctx.asOf}. ${report.basis}. See the About sheet for the rules and filters used.`,
        company: organisationName(ctx),
        creator: producedBy(ctx),
        keywords: `credentials; as of ${ctx.asOf}; ${kind}`,
        producedAt: ctx.producedAt,
      },
      report.tables,
      progress,
    );
    progress.finish();
  }
}
