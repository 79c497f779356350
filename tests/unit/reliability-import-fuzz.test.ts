/**
 * Property-based tests of the importer: generated tables and files (random bytes, odd shapes,
 * encodings, line endings, formula-looking cells, calendar and Excel-serial edge dates, huge
 * fields, thousands of columns, workbooks whose few cells lie anywhere on the sheet, CSV files
 * pasted together from UTF-8 and windows-1252 lines). The importer must never throw or hang, must report every
 * problem as an ImportProblem with a row number inside the file, must only offer to commit data
 * the store accepts, and a refused import must leave the data file byte for byte as it was.
 * RELIABILITY_IMPORT_RUNS scales the number of generated inputs (default: 10,000+ in all).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../shared/types';
import { planImportFromTables } from '../../electron/import/plan';
import { ImportFileError, readTable, type RawTable } from '../../electron/import/read-table';
import { ImportRejectedError, commitImport } from '../../electron/import/commit';
import { RosterStore } from '../../electron/store/roster-store';
import { rosterDataSchema } from '../../electron/store/schema';
import { envCount } from '../reliability/random';
import { csvBytes, extremeTable, mixedEncodingCsv, rawCell, smallTable, sparseCells } from '../reliability/import-inputs';
import { sparseWorkbook } from '../reliability/sparse-workbook';
import { MAX_AREA, MIN_AREA, SPARSE_FACTOR } from '../../electron/import/xlsx-grid';
import { planImport } from '../../electron/import/plan';
import { person, rosterWith } from '../fixtures/store/roster-builders';

const TABLE_RUNS = envCount('RELIABILITY_IMPORT_RUNS', 9_000);
const EXTREME_RUNS = Math.max(10, Math.round(TABLE_RUNS / 300));
const FILE_RUNS = Math.max(20, Math.round(TABLE_RUNS / 25));
const XLSX_RUNS = Math.max(10, Math.round(TABLE_RUNS / 100));
/** Longest any one input may take, on a busy machine; a hang or quadratic blow-up goes far beyond. */
const MAX_MS_PER_INPUT = 20_000;

const ROSTER = rosterWith(
  person('000123', { credentials: [{ id: 'c1', code: 'CCS', earnedOn: '2020-01-01', expiresOn: '2027-12-31' }] }),
  person('7'),
  person('000456'),
);

const SPARSE_RUNS = Math.max(10, Math.round(TABLE_RUNS / 180));
const MIXED_RUNS = Math.max(20, Math.round(TABLE_RUNS / 25));

const counts = { tables: 0, extreme: 0, files: 0, xlsx: 0, sparse: 0, mixed: 0, committed: 0, rejected: 0, unreadable: 0 };
let slowest = 0;
afterAll(() => {
  const total = counts.tables + counts.extreme + counts.files + counts.xlsx + counts.sparse + counts.mixed;
  console.log(
    `import-fuzz: ${total} generated inputs (${counts.tables} tables, ${counts.extreme} extreme tables, ${counts.files} CSV files, ` +
      `${counts.xlsx} .xlsx files, ${counts.sparse} sparse workbooks, ${counts.mixed} mixed-encoding CSV files); through commitImport: ${counts.committed} committed, ${counts.rejected} rejected, ` +
      `${counts.unreadable} unreadable; slowest input ${slowest.toFixed(0)} ms`,
  );
});

function timed<T>(work: () => T): T {
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  slowest = Math.max(slowest, ms);
  expect(ms, 'one input took too long').toBeLessThan(MAX_MS_PER_INPUT);
  return value;
}

/** Every problem names its file and a row inside the table (0 = the whole file), in words. */
function expectWellFormedProblems(problems: readonly ImportProblem[], tables: readonly RawTable[]): void {
  // Plain checks in this hot loop (tens of problems per input); expect() only to report a failure.
  for (const p of problems) {
    const table = tables.find((t) => t.file === p.file);
    const rowOk =
      Number.isInteger(p.row) &&
      (p.row === 0 || (table !== undefined && p.row >= table.firstRowNumber && p.row < table.firstRowNumber + table.rows.length));
    const wordsOk =
      // A message may quote the cell ("NaN" typed by someone); the app's own words must not leak those.
      typeof p.message === 'string' && p.message.trim() !== '' && !/undefined|NaN|\[object Object\]/.test(p.message.split(p.value).join(''));
    const shapeOk = (p.severity === 'error' || p.severity === 'warning') && typeof p.column === 'string' && typeof p.value === 'string';
    if (!table || !rowOk || !wordsOk || !shapeOk) expect.fail(`badly formed problem: ${JSON.stringify(p)}`);
  }
}

function checkPlan(tables: readonly RawTable[], skipInvalid: boolean): void {
  const plan = timed(() => planImportFromTables(ROSTER, tables, { skipInvalid }, () => 'fuzz-id'));
  const { preview } = plan;
  expectWellFormedProblems(preview.problems, tables);
  const errors = preview.problems.filter((p) => p.severity === 'error');
  if (!preview.canCommit) expect(errors.length).toBeGreaterThan(0);
  if (!skipInvalid && errors.length > 0) expect(preview.canCommit).toBe(false);
  if (preview.invalidRows > 0) expect(errors.length).toBeGreaterThan(0);
  if (preview.canCommit) {
    // What the importer would commit, the store must accept: otherwise the commit fails halfway in words nobody expects.
    const stored = rosterDataSchema.safeParse(plan.next);
    expect(stored.success, stored.success ? '' : stored.error.message.slice(0, 500)).toBe(true);
  }
}

describe('importer properties', () => {
  it(`plans ${TABLE_RUNS} generated tables without throwing, with every problem on a real row`, () => {
    fc.assert(
      fc.property(fc.array(smallTable, { minLength: 1, maxLength: 2 }), fc.boolean(), (tables, skipInvalid) => {
        counts.tables += 1;
        // Distinct file names, as the importer sees several files.
        const named = tables.map((t, i) => ({ ...t, file: `file-${i}.csv` }));
        checkPlan(named, skipInvalid);
      }),
      { numRuns: TABLE_RUNS },
    );
  }, 120_000);

  it('plans tables with thousands of columns or fields of hundreds of thousands of characters', () => {
    fc.assert(
      fc.property(extremeTable, fc.boolean(), (table, skipInvalid) => {
        counts.extreme += 1;
        checkPlan([table], skipInvalid);
      }),
      { numRuns: EXTREME_RUNS },
    );
  }, 120_000);

  it('reads every edge date and serial as a date or a row error, never a crash', () => {
    fc.assert(
      fc.property(fc.array(rawCell, { minLength: 1, maxLength: 4 }), (cells) => {
        counts.tables += 1;
        const headers = ['Employee ID', 'Name', 'Certification', 'Expiration Date', 'Issue Date', 'Hire Date'];
        const rows = cells.map((c) => ['000123', 'Coder000123, Ann', 'CCS', c, c, c]);
        checkPlan([{ file: 'dates.csv', sheet: null, headers, rows, firstRowNumber: 2 }], false);
      }),
      { numRuns: Math.round(TABLE_RUNS / 9) },
    );
  }, 120_000);
});

describe('inputs the properties found', () => {
  it('refuses an employee ID too long for the roster, whether text or a huge workbook number', () => {
    for (const id of [1e64, 'X'.repeat(65)]) {
      const plan = planImportFromTables(ROSTER, [{ file: 'ids.csv', sheet: null, headers: ['Employee ID', 'Name'], rows: [[id, 'Lee, Ann']], firstRowNumber: 2 }], {});
      expect(plan.preview.canCommit).toBe(false);
      expect(plan.preview.problems[0]).toMatchObject({ row: 2, severity: 'error', message: expect.stringMatching(/too long for an employee ID \(64 characters at most\)/) });
    }
  });

  it('reads a workbook whose date-formatted cells are beyond any date (exceljs gives Invalid Date)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Staff');
    const head = ws.addRow(['Employee ID', 'Name', 'Job Title', 1e300]);
    head.getCell(4).numFmt = 'mm/dd/yyyy';
    const row = ws.addRow(['000123', 'Coder000123, Ann', 1e300, 'x']);
    row.getCell(3).numFmt = 'mm/dd/yyyy';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-invalid-date-')), 'staff.xlsx');
    await wb.xlsx.writeFile(file);
    const table = await readTable(file);
    expect(table.headers).toEqual(['Employee ID', 'Name', 'Job Title', 'Column 4']);
    expect(() => planImportFromTables(ROSTER, [table], {})).not.toThrow();
  });
});

describe('importer properties through real files and the store', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-import-fuzz-'));
  const inputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-import-fuzz-in-'));

  async function commitAndCheck(file: string): Promise<void> {
    // A fresh folder per input, so a committed import does not change the next one's starting point.
    const dir = fs.mkdtempSync(path.join(dataDir, 'r-'));
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(ROSTER);
    const before = fs.readFileSync(store.dataFile);
    const started = performance.now();
    try {
      await commitImport(store, [file], {});
      counts.committed += 1;
      // Read back through a second opening of the folder, whatever the data file's format.
      const saved = rosterDataSchema.safeParse(RosterStore.open({ dataDir: dir }).store.read());
      expect(saved.success).toBe(true);
    } catch (error) {
      if (error instanceof ImportRejectedError) {
        counts.rejected += 1;
        for (const p of error.preview.problems) {
          expect(p.file).toBe(path.basename(file));
          expect(Number.isInteger(p.row) && p.row >= 0).toBe(true);
          expect(p.message.trim()).not.toBe('');
        }
        expect(error.message).toMatch(/^Nothing was imported/);
      } else if (error instanceof ImportFileError) {
        counts.unreadable += 1;
        expect(error.message).toContain(`"${path.basename(file)}"`);
      } else {
        throw error;
      }
      expect(fs.readFileSync(store.dataFile).equals(before), 'a refused import changed the data file').toBe(true);
      expect(store.listBackups()).toEqual([]);
    } finally {
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it(`commits or refuses ${FILE_RUNS} generated CSV files (encodings, line endings, random bytes)`, async () => {
    await fc.assert(
      fc.asyncProperty(csvBytes, async ({ bytes }) => {
        counts.files += 1;
        const file = path.join(inputDir, `hr-${counts.files}.csv`);
        fs.writeFileSync(file, bytes);
        await commitAndCheck(file);
      }),
      { numRuns: FILE_RUNS },
    );
  }, 120_000);

  it(`refuses ${XLSX_RUNS} .xlsx files of random or cut-short bytes in words`, async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Staff');
    ws.addRow(['Employee ID', 'Name', 'Expiration Date']);
    ws.addRow(['000123', 'Coder000123, Ann', new Date(Date.UTC(2027, 11, 31))]);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 4_000 }).map((b) => Buffer.from(b)),
          fc.integer({ min: 1, max: good.length - 1 }).map((n) => good.subarray(0, n)),
          fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
            const copy = Buffer.from(good);
            copy[at] = byte;
            return copy;
          }),
        ),
        async (bytes) => {
          counts.xlsx += 1;
          const file = path.join(inputDir, `hr-${counts.xlsx}.xlsx`);
          fs.writeFileSync(file, bytes);
          await commitAndCheck(file);
        },
      ),
      { numRuns: XLSX_RUNS },
    );
  }, 120_000);

  it(`reads or refuses ${SPARSE_RUNS} workbooks whose few cells lie anywhere on the sheet, in bounded time, reading no more than the sheet holds`, async () => {
    await fc.assert(
      fc.asyncProperty(sparseCells, async (cells) => {
        counts.sparse += 1;
        const file = path.join(inputDir, `sparse-${counts.sparse}.xlsx`);
        fs.writeFileSync(file, await sparseWorkbook(cells));
        const started = performance.now();
        try {
          const table = await readTable(file);
          // What was read is bounded by what the sheet holds, never by where its farthest cell is.
          const area = (table.rows.length + 1) * table.headers.length;
          expect(area).toBeLessThanOrEqual(Math.min(MAX_AREA, Math.max(MIN_AREA, SPARSE_FACTOR * cells.length)));
        } catch (error) {
          if (!(error instanceof ImportFileError)) throw error;
          expect(error.message).toMatch(/^"sparse-\d+\.xlsx" (cannot be imported: its sheet "Staff" is a table of|has no rows)/);
        }
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        expect(ms, 'a sparse workbook took too long').toBeLessThan(MAX_MS_PER_INPUT);
        await commitAndCheck(file);
      }),
      { numRuns: SPARSE_RUNS },
    );
  }, 300_000);

  it(`never garbles a name in ${MIXED_RUNS} CSV files mixing UTF-8 and windows-1252 lines`, async () => {
    await fc.assert(
      fc.asyncProperty(mixedEncodingCsv, async ({ bytes, rows, bom }) => {
        counts.mixed += 1;
        const file = path.join(inputDir, `mixed-${counts.mixed}.csv`);
        fs.writeFileSync(file, bytes);
        const nonAscii = (r: (typeof rows)[number]): boolean => /[\u0080-\uffff]/.test(r.first + r.last);
        // UTF-8 is known from a BOM or from one line that is UTF-8 beyond ASCII; then the other accented lines cannot be read.
        const utf8 = bom || rows.some((r) => r.encoding === 'utf-8' && nonAscii(r));
        const unreadable = rows.flatMap((r, i) => (utf8 && r.encoding === 'windows-1252' && nonAscii(r) ? [i + 2] : []));
        const table = await readTable(file);
        expect(table.unreadableRows ?? []).toEqual(unreadable);
        const guessed = !utf8 && rows.some(nonAscii);
        expect(table.encoding).toEqual({ name: guessed ? 'windows-1252' : 'utf-8', fallback: guessed });
        const { preview, next } = await planImport(rosterWith(), [file], { skipInvalid: true });
        expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.row)).toEqual(unreadable);
        expect(preview.problems.some((p) => p.row === 0 && p.severity === 'warning' && /read as windows-1252/.test(p.message))).toBe(guessed);
        // Every name that reaches the roster is the name as written; the rows that cannot be read reach it not at all.
        const stored = next.people.map((p) => [p.employeeId, p.firstName, p.lastName]);
        expect(stored).toEqual(rows.filter((_, i) => !unreadable.includes(i + 2)).map((r) => [r.id, r.first, r.last]));
      }),
      { numRuns: MIXED_RUNS },
    );
  }, 120_000);

  it('tried at least 10,000 inputs in all (at the default size)', () => {
    const total = counts.tables + counts.extreme + counts.files + counts.xlsx + counts.sparse + counts.mixed;
    if (TABLE_RUNS >= 9_000) expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
