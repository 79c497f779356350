import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDataDir } from '../fixtures/cli/run-cli';
import { storedFingerprint, storedRoster } from '../fixtures/stored-roster';

const T = 180_000;

describe('credential-roster launcher: help and usage errors', () => {
  it('prints help with exit 0, for the tool and for each command', () => {
    const general = runCli(['--help']);
    expect(general.status).toBe(0);
    for (const command of ['import', 'eligibility', 'export', 'backups']) expect(general.stdout).toContain(command);
    const importHelp = runCli(['import', '--help']);
    expect(importHelp.status).toBe(0);
    expect(importHelp.stdout).toContain('--skip-invalid');
    expect(runCli(['export', '-h']).stdout).toContain('--out FILE');
  }, T);

  it.each([
    [['frobnicate'], /not a credential-roster command/],
    [['eligibility', '--as-of', '2026-02-30'], /--as-of needs a real date/],
    [['import'], /Name at least one file to import/],
    [['export', 'dif', '--out', 'report.pdf'], /must end in \.xlsx/],
    [[], /Usage: credential-roster/],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, T);
});

describe('credential-roster import', () => {
  it('imports a messy 64-person HR export, with a backup first', () => {
    const data = tempDataDir();
    const run = runCli(['import', fixture('hris-long-export.csv'), '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/To create: 64 people/);
    expect(run.stdout).toMatch(/Imported: 64 created/);
    const stored = storedRoster(data);
    expect(stored.people).toHaveLength(64);
    // Leading zeros survive.
    expect(stored.people.map((p: { employeeId: string }) => p.employeeId)).toContain('016613');
    expect(stored.imports).toHaveLength(1);
    expect(fs.readdirSync(path.join(data, 'backups')).some((n) => n.includes('import'))).toBe(true);
  }, T);

  it('--dry-run shows the plan and writes nothing', () => {
    const data = tempDataDir();
    const run = runCli(['import', fixture('hris-long-export.csv'), '--data', data, '--dry-run', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ dryRun: true, imported: false, preview: { toCreate: 64, canCommit: true } });
    expect(fs.readdirSync(data)).toEqual([]);
  }, T);

  it('refuses a file with bad rows, names every problem, and leaves the roster as it was', () => {
    const data = tempDataDir();
    expect(runCli(['import', fixture('hris-long-export.csv'), '--data', data]).status).toBe(0);
    const before = storedFingerprint(data);
    const backupsBefore = fs.readdirSync(path.join(data, 'backups'));

    const run = runCli(['import', fixture('bad-rows.csv'), '--data', data]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/row 4, column EXPIRATION_DATE, value '13\/45\/2024': /);
    expect(run.stdout).toMatch(/row 5, column ISSUE_DATE, value '2024-02-30': /);
    expect(run.stdout).toMatch(/row 6, column PERSON_NUMBER, empty: /);
    expect(run.stdout).toMatch(/Nothing was imported: 3 rows have problems/);
    expect(storedFingerprint(data)).toBe(before);
    expect(fs.readdirSync(path.join(data, 'backups'))).toEqual(backupsBefore);

    const json = runCli(['import', fixture('bad-rows.csv'), '--data', data, '--json']);
    expect(json.status).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out.imported).toBe(false);
    const errorRows = out.preview.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { row: number }) => p.row);
    expect([...new Set(errorRows)].sort()).toEqual([4, 5, 6]);
    expect(storedFingerprint(data)).toBe(before);
  }, T);

  it('--skip-invalid imports the good rows only', () => {
    const data = tempDataDir();
    const run = runCli(['import', fixture('bad-rows.csv'), '--data', data, '--skip-invalid']);
    expect(run.status).toBe(0);
    const stored = storedRoster(data);
    expect(stored.people.map((p: { employeeId: string }) => p.employeeId).sort()).toEqual(['016613', '020004', '082459']);
  }, T);

  it('exits 1 for a file that does not exist, writing nothing', () => {
    const data = tempDataDir();
    const run = runCli(['import', fixture('no-such-file.csv'), '--data', data]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot find the file .*no-such-file\.csv/);
    expect(fs.readdirSync(data)).toEqual([]);
  }, T);
});
