/**
 * The real `credential-roster` command given hostile and odd files: each run is a child process
 * with real files in a temp folder, as a user would type it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { person, rosterWith } from '../fixtures/store/roster-builders';
import { runCli, tempDataDir } from '../fixtures/cli/run-cli';
import { HR_CELLS, sparseWorkbook } from '../reliability/sparse-workbook';

const T = 180_000;
const posix = process.platform !== 'win32';

function rosterFolder(): string {
  const dir = tempDataDir();
  const { store } = RosterStore.open({ dataDir: dir });
  store.write(rosterWith(person('000001', { firstName: 'José', lastName: 'Núñez' }), person('000002', { firstName: 'Zoë', lastName: 'Müller' })));
  return dir;
}

describe('credential-roster import with hostile files', () => {
  it('refuses a workbook with values at XFD1 and A1048576 in words, exit 1', async () => {
    const dir = rosterFolder();
    const file = path.join(dir, 'corners.xlsx');
    fs.writeFileSync(file, await sparseWorkbook([...HR_CELLS, ['XFD1', 'x'], ['A1048576', '999']]));
    const started = performance.now();
    const run = runCli(['import', file, '--data', dir, '--dry-run']);
    const ms = performance.now() - started;
    console.log(`CLI import --dry-run of the XFD1 + A1048576 workbook: exit ${run.status} in ${ms.toFixed(0)} ms (start-up included)`);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^"corners.xlsx" cannot be imported: its sheet "Staff" is a table of 1,048,576 rows by 16,384 columns .* Its farthest values are at XFD1 and A1048576/);
  }, T);

  it.runIf(posix)('refuses a named pipe and a link to /dev/zero at once: not a regular file', () => {
    const dir = rosterFolder();
    execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.csv'));
    const run = runCli(['import', path.join(dir, 'pipe.csv'), path.join(dir, 'zero.csv'), '--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${path.join(dir, 'pipe.csv')} cannot be imported: it is not a regular file (it is a named pipe). Only a saved .csv or .xlsx file can be imported. Nothing was imported.\n`);
    const zero = runCli(['import', path.join(dir, 'zero.csv'), '--data', dir]);
    expect(zero.stderr).toMatch(/zero.csv cannot be imported: it is not a regular file \(it is a device\)/);
  }, T);

  it('names the row of a UTF-8 file saved in another encoding, and says when a whole file was read as windows-1252', () => {
    const dir = rosterFolder();
    const mixed = path.join(dir, 'mixed.csv');
    fs.writeFileSync(mixed, Buffer.concat([
      Buffer.from('Employee ID,First Name,Last Name\n000001,José,Núñez\n', 'utf8'),
      Buffer.from('000002,Zoë,Müller\n', 'latin1'),
    ]));
    const run = runCli(['import', mixed, '--data', dir, '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("row 3, column First Name, value 'Zo\ufffd': Row 3 is not UTF-8 text like the rest of \"mixed.csv\"");
    const ansi = path.join(dir, 'ansi.csv');
    fs.writeFileSync(ansi, Buffer.from('Employee ID,First Name,Last Name\n000002,Zoë,Müller\n', 'latin1'));
    const fallback = runCli(['import', ansi, '--data', dir, '--dry-run']);
    expect(fallback.status).toBe(0);
    expect(fallback.stdout).toContain('warning: ansi.csv: "ansi.csv" is not UTF-8 text, so it was read as windows-1252');
    expect(fallback.stdout).toContain('Unchanged: 1.');
  }, T);

  it('prints a 40 MB cell cut to a readable length, not 40 MB of output', () => {
    const dir = rosterFolder();
    const file = path.join(dir, 'huge.csv');
    fs.writeFileSync(file, `Employee ID,Name\n7,${'A'.repeat(40_000_000)}\n`);
    const run = runCli(['import', file, '--data', dir, '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`value '${'A'.repeat(80)}… (40,000,000 characters)'`);
    console.log(`CLI import of a 40 MB cell: ${run.stdout.length + run.stderr.length} characters of output`);
    expect(run.stdout.length + run.stderr.length).toBeLessThan(2_000);
  }, T);
});

describe('credential-roster export --out', () => {
  it('names a report name that is a folder as the problem', () => {
    const dir = rosterFolder();
    const out = path.join(dir, 'dir.xlsx');
    fs.mkdirSync(out);
    const run = runCli(['export', 'roster', '--out', out, '--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`The report could not be saved as ${out}: that is a folder, not a file. Choose another name, or a file inside that folder (${path.join(out, 'report.xlsx')}).\n`);
  }, T);
});
