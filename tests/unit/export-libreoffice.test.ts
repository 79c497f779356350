import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { writeReport } from '../../electron/export/index';
import { DIF_SHEETS } from '../../electron/export/dif-report';
import { ELIGIBILITY_SHEETS } from '../../electron/export/eligibility-report';
import { EXPIRING_SHEET } from '../../electron/export/expiring-report';
import { ROSTER_SHEETS } from '../../electron/export/roster-report';
import { EXPORT_KINDS, type ExportKind } from '../../shared/schemas';
import { AS_OF, FORMULA_NAMES } from '../fixtures/export/roster-fixture';
import { readWorkbook, reportContext, tempDir } from '../fixtures/export/read-workbook';

/**
 * A second opinion from the office suite a manager may use: LibreOffice opens each workbook and
 * writes every sheet as CSV (filter option 12 = -1: all sheets, LibreOffice 7.2+).
 */
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0);
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
const TIMEOUT = 180_000;

const dir = tempDir('export-libreoffice-');
const profile = `file://${path.join(dir, 'lo-profile')}`;

function convert(file: string, to: string, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file], {
    stdio: 'pipe',
    timeout: TIMEOUT,
  });
}

function sheetCsv(outDir: string, base: string, sheet: string): Record<string, string>[] {
  const file = path.join(outDir, `${base}-${sheet}.csv`);
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data;
}

describe.skipIf(!soffice)('LibreOffice reads the reports (skipped: soffice is not installed; apt-get install -y libreoffice-calc)', () => {
  const outDir = path.join(dir, 'csv');
  const written = new Map<ExportKind, number>();

  beforeAll(async () => {
    for (const kind of EXPORT_KINDS) {
      const file = path.join(dir, `${kind}.xlsx`);
      written.set(kind, (await writeReport(kind, file, reportContext())).rows);
      convert(file, ALL_SHEETS_CSV, outDir);
    }
  }, TIMEOUT * 4);

  it('DIF: every sheet opens, dates show as dates, ids keep their zeros, totals agree with the detail', () => {
    const detail = sheetCsv(outDir, 'dif', DIF_SHEETS.detail);
    expect(detail).toHaveLength(written.get('dif')!);
    expect(detail.every((r) => /^0\d{5}$/.test(r['Employee ID']!))).toBe(true);
    const dated = detail.filter((r) => r['Expires on'] !== '');
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r['Expires on']!) && r['Expires on']! >= AS_OF)).toBe(true);
    const summary = sheetCsv(outDir, 'dif', DIF_SHEETS.summary);
    const total = summary[summary.length - 1]!;
    expect(total.Unit).toBe('Total');
    expect(Number(total.Headcount)).toBe(detail.length);
    expect(Number(total['Certified headcount'])).toBe(detail.filter((r) => r['Counted certification'] !== '').length);
    const about = sheetCsv(outDir, 'dif', 'About');
    expect(about.find((r) => r.Item === 'As-of date')?.Details).toBe(AS_OF);
  });

  it('shows formula-like names as text, not as formula results', () => {
    for (const [base, sheet, column] of [
      ['dif', DIF_SHEETS.detail, 'Name'],
      ['eligibility', ELIGIBILITY_SHEETS.people, 'Name'],
      ['roster', ROSTER_SHEETS.people, 'last_name'],
    ] as const) {
      const values = sheetCsv(outDir, base, sheet).map((r) => r[column]);
      for (const name of FORMULA_NAMES) {
        expect(values.some((v) => v?.startsWith(name)), `${base} ${sheet}: ${name}`).toBe(true);
      }
    }
  });

  it('eligibility, expiring and roster sheets have the rows the writer reported', () => {
    expect(sheetCsv(outDir, 'eligibility', ELIGIBILITY_SHEETS.people)).toHaveLength(written.get('eligibility')!);
    const expiring = sheetCsv(outDir, 'expiring', EXPIRING_SHEET);
    expect(expiring).toHaveLength(written.get('expiring')!);
    expect(expiring.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r['Expires on']!))).toBe(true);
    expect(sheetCsv(outDir, 'roster', ROSTER_SHEETS.people)).toHaveLength(written.get('roster')!);
  });

  it('opens the CSV export with the guard apostrophe as text, never running the formula', async () => {
    const csv = path.join(dir, 'names.csv');
    await writeReport('dif', csv, reportContext());
    const xlsxDir = path.join(dir, 'from-csv');
    convert(csv, 'xlsx', xlsxDir);
    const wb = await readWorkbook(path.join(xlsxDir, 'names.xlsx'));
    const names: unknown[] = [];
    wb.worksheets[0]!.getColumn(2).eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      names.push(cell.value);
    });
    for (const name of FORMULA_NAMES) expect(names.some((v) => typeof v === 'string' && v.includes(name))).toBe(true);
  }, TIMEOUT);
});
