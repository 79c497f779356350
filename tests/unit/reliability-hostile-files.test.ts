/**
 * Hostile and odd files given to the importer and the exporter, each with real files in a temp
 * folder: workbooks whose few cells lie at the far corners of the sheet, text that mixes
 * encodings, a named pipe or a device instead of a file, a file swapped for a bigger one while it
 * is read, control characters in IDs and names, values of megabytes, exports killed while
 * writing, and a report name that is a folder. None may crash, hang, or change data silently.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFileError, readTable } from '../../electron/import/read-table';
import { planImport, planImportFromTables } from '../../electron/import/plan';
import { commitImport } from '../../electron/import/commit';
import { checkImportFiles } from '../../electron/ipc/import-files';
import { UserError } from '../../shared/user-error';
import { writeReport } from '../../electron/export/index';
import { ReportFileError } from '../../electron/export/partial-file';
import { RosterStore } from '../../electron/store/roster-store';
import { person, rosterWith } from '../fixtures/store/roster-builders';
import { bundleChild } from '../reliability/bundle-child';
import { runAndKill } from '../reliability/kill-child';
import { seededRandom, chooseSeed } from '../reliability/random';
import { HR_CELLS, peakGrowthMb, sparseWorkbook } from '../reliability/sparse-workbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-hostile-'));
const file = (name: string): string => path.join(dir, name);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Memory a refusal may take at most; reading the sheet's grid cell by cell took gigabytes. */
const MAX_GROWTH_MB = 150;
const posix = process.platform !== 'win32';

async function refusedWith(name: string): Promise<{ message: string; ms: number; growthMb: number }> {
  let message = '';
  const started = performance.now();
  const growthMb = await peakGrowthMb(async () => {
    try {
      await readTable(file(name));
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      message = (error as Error).message;
    }
  });
  expect(message, `${name} was read instead of refused`).not.toBe('');
  return { message, ms: performance.now() - started, growthMb };
}

describe('workbooks whose cells lie far apart', () => {
  beforeAll(async () => {
    fs.writeFileSync(file('corners.xlsx'), await sparseWorkbook([...HR_CELLS, ['XFD1', 'x'], ['A1048576', '999']]));
    fs.writeFileSync(file('z1-a200000.xlsx'), await sparseWorkbook([...HR_CELLS, ['Z1', 'Notes'], ['A200000', '999']]));
    fs.writeFileSync(file('xfd1.xlsx'), await sparseWorkbook([...HR_CELLS, ['XFD1', 'Stray']]));
    fs.writeFileSync(file('a5000.xlsx'), await sparseWorkbook([...HR_CELLS, ['A5000', '000789']]));
  });

  it('refuses a 6 KB workbook with values at XFD1 and A1048576 in under a second, naming both cells', async () => {
    expect(fs.statSync(file('corners.xlsx')).size).toBeLessThan(10_000);
    const r = await refusedWith('corners.xlsx');
    expect(r.message).toBe(
      '"corners.xlsx" cannot be imported: its sheet "Staff" is a table of 1,048,576 rows by 16,384 columns (17,179,869,184 cells) but holds only 11 values, so nearly all of it is empty. ' +
        'Its farthest values are at XFD1 and A1048576: in Excel, delete any stray values there (Ctrl+End goes to the last cell) and the empty rows and columns before them, or save the sheet as CSV, and import again.',
    );
    console.log(`XFD1 + A1048576 workbook: refused in ${r.ms.toFixed(0)} ms, memory +${r.growthMb.toFixed(0)} MB`);
    // A bound against a hang, not a speed target: the figure is printed above and quoted in the README.
    expect(r.ms).toBeLessThan(3_000);
    expect(r.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it('refuses values at Z1 and A200000 (5.2 million cells holding 11 values) the same way', async () => {
    const r = await refusedWith('z1-a200000.xlsx');
    expect(r.message).toMatch(/is a table of 200,000 rows by 26 columns \(5,200,000 cells\) but holds only 11 values/);
    expect(r.message).toMatch(/farthest values are at Z1 and A200000/);
    console.log(`Z1 + A200000 workbook: refused in ${r.ms.toFixed(0)} ms, memory +${r.growthMb.toFixed(0)} MB`);
    // A bound against a hang, not a speed target: the figure is printed above and quoted in the README.
    expect(r.ms).toBeLessThan(3_000);
    expect(r.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it('still reads a sheet whose stray cells leave it small: XFD1 on the header row, A5000 below', async () => {
    const wide = await readTable(file('xfd1.xlsx'));
    expect(wide.headers).toHaveLength(16_384);
    expect(wide.headers.slice(0, 4)).toEqual(['Employee ID', 'Name', 'Certification', 'Column 4']);
    expect(wide.headers.at(-1)).toBe('Stray');
    expect(wide.rows).toHaveLength(2);
    const tall = await readTable(file('a5000.xlsx'));
    expect(tall.rows).toHaveLength(4_999);
    // The gap between is blank rows, skipped; the stray ID is a row of its own, named by its number.
    const plan = planImportFromTables(rosterWith(), [tall], {});
    expect(plan.preview.problems).toContainEqual(expect.objectContaining({ row: 5000, severity: 'error', value: '000789' }));
  });

  it('leaves the roster byte for byte as it was when one is committed', async () => {
    const { store } = RosterStore.open({ dataDir: fs.mkdtempSync(path.join(dir, 'store-')) });
    store.write(rosterWith(person('000123')));
    const before = fs.readFileSync(store.dataFile);
    await expect(commitImport(store, [file('corners.xlsx')], {})).rejects.toBeInstanceOf(ImportFileError);
    expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
  });
});

describe('text in more than one encoding', () => {
  const accented = rosterWith(
    person('000001', { firstName: 'José', lastName: 'Núñez' }),
    person('000002', { firstName: 'Zoë', lastName: 'Müller' }),
    person('000003', { firstName: 'Renée', lastName: 'Côté' }),
  );
  const header = 'Employee ID,First Name,Last Name,Job Title\n';
  const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
  const ansi = (text: string): Buffer => Buffer.from(text, 'latin1');

  it('names the one windows-1252 row of a UTF-8 file, and imports the others with their accents intact', async () => {
    fs.writeFileSync(
      file('mixed.csv'),
      Buffer.concat([utf8(header), utf8('000001,José,Núñez,Coder II\n'), ansi('000002,Zoë,Müller,Coder III\n'), utf8('000003,Renée,Côté,Coder II\n')]),
    );
    const table = await readTable(file('mixed.csv'));
    expect(table.encoding).toEqual({ name: 'utf-8', fallback: false });
    expect(table.unreadableRows).toEqual([3]);
    const { store } = RosterStore.open({ dataDir: fs.mkdtempSync(path.join(dir, 'store-')) });
    store.write(accented);
    const plan = await planImport(store.read(), [file('mixed.csv')], {});
    expect(plan.preview.canCommit).toBe(false);
    const errors = plan.preview.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        row: 3, column: 'First Name', value: 'Zo\ufffd',
        message: expect.stringMatching(/^Row 3 is not UTF-8 text like the rest of "mixed.csv" \(it was saved in another encoding/),
      }),
    ]);
    const result = await commitImport(store, [file('mixed.csv')], { skipInvalid: true });
    expect(result).toMatchObject({ updated: 2, skippedRows: 1 });
    const names = store.read().people.map((p) => `${p.firstName} ${p.lastName} (${p.jobTitle ?? ''})`);
    expect(names).toEqual(['José Núñez (Coder II)', 'Zoë Müller ()', 'Renée Côté (Coder II)']);
  });

  it('reads a file with nothing in UTF-8 as windows-1252, and says so in the preview', async () => {
    fs.writeFileSync(file('ansi.csv'), ansi(`${header}000001,José,Núñez,Coder II\n`));
    const plan = await planImport(accented, [file('ansi.csv')], {});
    expect(plan.preview.problems).toEqual([
      expect.objectContaining({
        row: 0, severity: 'warning',
        message: expect.stringMatching(/^"ansi.csv" is not UTF-8 text, so it was read as windows-1252 \(Western European/),
      }),
    ]);
    expect(plan.next.people[0]).toMatchObject({ firstName: 'José', lastName: 'Núñez' });
  });

  it('names the damaged rows of a file marked UTF-8 (byte order mark) and refuses a damaged header', async () => {
    fs.writeFileSync(file('bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(header), ansi('000001,José,Núñez,x\n'), utf8('000002,Zoë,Müller,y\n')]));
    expect((await readTable(file('bom.csv'))).unreadableRows).toEqual([2]);
    fs.writeFileSync(file('bad-header.csv'), Buffer.concat([ansi('Employee ID,Prénom,Last Name\n'), utf8('000001,José,Núñez\n')]));
    const plan = await planImport(accented, [file('bad-header.csv')], {});
    expect(plan.preview.canCommit).toBe(false);
    expect(plan.preview.problems[0]?.message).toMatch(/^The header row \(row 1\) of "bad-header.csv" has characters that are not UTF-8 text/);
  });
});

describe('a named pipe, a device or a folder as the file to import', () => {
  beforeAll(() => {
    if (!posix) return;
    execFileSync('mkfifo', [file('pipe.csv')]);
    fs.symlinkSync(file('pipe.csv'), file('link-to-pipe.xlsx'));
    fs.symlinkSync('/dev/zero', file('zero.csv'));
    fs.mkdirSync(file('folder.csv'));
  });

  /** Rejects within `ms`, or fails: a read that waits for a writer would hang the test. */
  async function withinMs<T>(ms: number, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
    });
    try {
      return await Promise.race([work, hang]);
    } finally {
      clearTimeout(timer);
    }
  }

  it.runIf(posix).each([
    ['pipe.csv', 'a named pipe'],
    ['link-to-pipe.xlsx', 'a named pipe'],
    ['zero.csv', 'a device'],
  ])('refuses %s at once: not a regular file (%s)', async (name, what) => {
    const started = performance.now();
    const error = await withinMs(2_000, readTable(file(name)).then(() => null, (e: unknown) => e));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toBe(`"${name}" cannot be imported: it is not a regular file (it is ${what}). Only a saved .csv or .xlsx file can be imported.`);
    const checked = await withinMs(2_000, checkImportFiles([file(name)]).then(() => null, (e: unknown) => e));
    expect(checked).toBeInstanceOf(UserError);
    expect((checked as Error).message).toMatch(/it is not a regular file/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.runIf(posix)('says a folder is a folder', async () => {
    await expect(readTable(file('folder.csv'))).rejects.toThrow('"folder.csv" cannot be imported: it is a folder, not a file.');
  });
});

describe('a file swapped for a bigger one while it is read', () => {
  it.runIf(posix)('never reads more than the 50 MB limit, however the swap falls', async () => {
    const small = file('swap-small.csv');
    const big = file('swap-big.csv');
    const target = file('swap.csv');
    fs.writeFileSync(small, 'Employee ID,Name\n1,Lee Ann\n');
    // 57 MB: one row whose name field holds the rest, so reading it (if it were read) is quick to tell.
    fs.writeFileSync(big, `Employee ID,Name\n2,${'x'.repeat(57 * 1024 * 1024)}\n`);
    fs.copyFileSync(small, target);
    // Another process swaps the two files under the name as fast as it can.
    const swapper = spawn(process.execPath, ['-e', `
      const fs = require('fs'); const [target, small, big] = process.argv.slice(1); const tmp = target + '.swap';
      for (;;) { for (const f of [big, small]) { try { fs.rmSync(tmp, { force: true }); fs.linkSync(f, tmp); fs.renameSync(tmp, target); } catch {} } }
    `, target, small, big], { stdio: 'ignore' });
    // Reads start once the swapping has: the big file has been seen under the name.
    const waitUntil = Date.now() + 30_000;
    while (fs.statSync(target).size < 1_000_000 && Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 5));
    const outcomes = { small: 0, refused: 0, big: 0 };
    try {
      for (let i = 0; i < 40; i += 1) {
        try {
          const table = await readTable(target);
          if (String(table.rows[0]?.[1]).length > 1_000) outcomes.big += 1;
          else outcomes.small += 1;
        } catch (error) {
          expect((error as Error).message).toMatch(/^"swap.csv" is 57 MB; the largest CSV file that can be imported is 50 MB/);
          outcomes.refused += 1;
        }
      }
    } finally {
      swapper.kill('SIGKILL');
    }
    console.log(`swapped file: 40 reads, ${outcomes.small} small, ${outcomes.refused} refused at 57 MB, ${outcomes.big} over the limit`);
    expect(outcomes.big).toBe(0);
    expect(outcomes.small + outcomes.refused).toBe(40);
    // The swap did fall between reads: the big file was met, and refused on what was opened.
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 120_000);
});

describe('control characters in IDs and names', () => {
  it('refuses a NUL in an ID, an escape in a name and a line break in a full name, with row, column and a visible value', async () => {
    fs.writeFileSync(file('controls.csv'), 'Employee ID,Name,Last Name,First Name\n80\u0000 01,"Lee, Ann",,\n000002,,Kim\u001b[2J,Bo\n000003,"Diaz,\nCy",,\n000004,"Ng, Al",,\n');
    const plan = await planImport(rosterWith(), [file('controls.csv')], {});
    const errors = plan.preview.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      { file: 'controls.csv', row: 2, column: 'Employee ID', value: '80\u2400 01', severity: 'error', message: 'Employee ID "80\u2400 01" has a NUL (zero) byte at character 3; an employee ID must be plain text. Retype it in the file and import again.' },
      { file: 'controls.csv', row: 3, column: 'Last Name', value: 'Kim\u241b[2J', severity: 'error', message: 'Last Name "Kim\u241b[2J" has an escape character (ESC) at character 4; a name must be plain text. Retype it in the file and import again.' },
      { file: 'controls.csv', row: 4, column: 'Name', value: 'Diaz,\u240aCy', severity: 'error', message: 'Name "Diaz,\u240aCy" has a line break at character 6; a name must be plain text. Retype it in the file and import again.' },
    ]);
    expect(plan.preview.canCommit).toBe(false);
    const skipping = await planImport(rosterWith(), [file('controls.csv')], { skipInvalid: true });
    expect(skipping.next.people.map((p) => p.employeeId)).toEqual(['000004']);
  });
});

describe('values of megabytes', () => {
  it('cuts a 40 MB cell and a 1 MB header to a readable length in every problem, saying their full length', async () => {
    const longHeader = `Notes ${'N'.repeat(1_000_000)}`;
    fs.writeFileSync(file('huge-cell.csv'), `Employee ID,Name,${longHeader}\n7,${'A'.repeat(40_000_000)},x\n8,"Lee, Ann",y\n`);
    const plan = await planImport(rosterWith(), [file('huge-cell.csv')], {});
    const header = plan.preview.files[0]?.columns[2]?.header ?? '';
    expect(header).toBe(`Notes ${'N'.repeat(194)}… (1,000,006 characters)`);
    const problem = plan.preview.problems.find((p) => p.row === 2);
    expect(problem).toMatchObject({
      column: 'Name',
      value: `${'A'.repeat(80)}… (40,000,000 characters)`,
      message: `Name "${'A'.repeat(80)}… (40,000,000 characters)" is only one word: a full name needs a first and a last name.`,
    });
    const shown = JSON.stringify(plan.preview);
    console.log(`40 MB cell: the preview is ${shown.length.toLocaleString('en-US')} characters as JSON`);
    expect(shown.length).toBeLessThan(10_000);
  }, 60_000);
});

describe('exports killed while writing', () => {
  const partials = (folder: string): string[] => fs.readdirSync(folder).filter((n) => n.endsWith('.partial')).sort();
  const ctx = { roster: rosterWith(person('000001')), asOf: '2026-03-31', ruleSet: 'ccs-required' as const, appVersion: '0.0.0-test', producedAt: new Date('2026-03-31T12:00:00Z') };

  it('removes what a killed export left the next time a report is written there, and only that', async () => {
    const child = await bundleChild('export-loop.ts');
    const folder = fs.mkdtempSync(path.join(dir, 'exports-'));
    const report = path.join(folder, 'report.xlsx');
    const seed = chooseSeed();
    const random = seededRandom(seed);
    let leftBehind = 0;
    for (let i = 0; i < 12; i += 1) {
      const before = partials(folder);
      const run = await runAndKill(child, [report, '3000'], { armOn: /^writing [2-9]/, delayMs: Math.floor(random() * 400) });
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const after = partials(folder);
      // At most the last child's own: each child's first write removed what the one before left.
      expect(after.length, `kill ${i + 1} (seed ${seed}): ${after.join(', ')}`).toBeLessThanOrEqual(1);
      if (after.length > 0 && after.join() !== before.join()) leftBehind += 1;
    }
    // A running export's file and files the app did not make are never touched.
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      const live = `report.xlsx.${sleeper.pid}.partial`;
      fs.writeFileSync(path.join(folder, live), 'still being written');
      fs.writeFileSync(path.join(folder, 'notes.txt.999999.partial'), 'not ours');
      fs.writeFileSync(path.join(folder, 'other.csv.999999.partial'), 'a dead process\'s CSV');
      await writeReport('roster', path.join(folder, 'next.xlsx'), ctx);
      expect(partials(folder)).toEqual(['notes.txt.999999.partial', live].sort());
    } finally {
      sleeper.kill('SIGKILL');
    }
    console.log(`killed exports: 12 kills (seed ${seed}), ${leftBehind} left a .partial file, 0 left after the next export`);
  }, 180_000);

  it('names a report name that is a folder as the problem, not its parent', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'exports-'));
    fs.mkdirSync(path.join(folder, 'dir.xlsx'));
    const out = path.join(folder, 'dir.xlsx');
    await expect(writeReport('roster', out, ctx)).rejects.toBeInstanceOf(ReportFileError);
    await expect(writeReport('roster', out, ctx)).rejects.toThrow(
      `The report could not be saved as ${out}: that is a folder, not a file. Choose another name, or a file inside that folder (${path.join(out, 'report.xlsx')}).`,
    );
    expect(partials(folder)).toEqual([]);
  });
});
