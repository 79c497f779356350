import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { CliIo } from '../../electron/cli/cli-io';
import { UsageError } from '../../electron/cli/cli-io';
import { parseImportArgs } from '../../electron/cli/commands/import-command';
import { parseAsOf, parseRules } from '../../electron/cli/parse';
import { describeProblem } from '../../electron/cli/import-summary';
import { formatTable } from '../../electron/cli/format-table';
import type { ImportProblem } from '../../shared/types';

function fakeIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {},
    cwd: '/nowhere',
    now: () => new Date('2026-03-01T12:00:00Z'),
    appVersion: '9.9.9',
  };
}

describe('parseImportArgs', () => {
  it('reads files and flags', () => {
    expect(parseImportArgs(['a.csv', 'b.xlsx', '--dry-run', '--skip-invalid', '--day-first', '--json', '--data', '/d'])).toEqual({
      files: ['a.csv', 'b.xlsx'], data: '/d', dryRun: true, json: true, values: [], options: { dayFirst: true, skipInvalid: true, directCoding: true },
    });
    expect(parseImportArgs(['a.csv'])).toMatchObject({ dryRun: false, json: false, data: undefined, options: { dayFirst: false, skipInvalid: false, directCoding: true } });
  });

  it('refuses unknown options, a missing value and no files', () => {
    expect(() => parseImportArgs(['a.csv', '--force'])).toThrow(new UsageError('The import command has no option --force.', 'import'));
    expect(() => parseImportArgs(['a.csv', '--data'])).toThrow('The option --data needs a value.');
    expect(() => parseImportArgs(['--dry-run'])).toThrow(/Name at least one file/);
    expect(() => parseImportArgs(['a.csv', '--json=yes'])).toThrow(UsageError);
  });
});

describe('option values', () => {
  it('accepts real dates and known rule sets only', () => {
    expect(parseAsOf('2024-02-29', 'x')).toBe('2024-02-29');
    expect(parseAsOf(undefined, 'x')).toBeUndefined();
    for (const bad of ['2023-02-29', '03/01/2026', '2026-3-1', '']) expect(() => parseAsOf(bad, 'x')).toThrow(UsageError);
    expect(parseRules('ccs-recommended', 'x')).toBe('ccs-recommended');
    expect(() => parseRules('CCS-REQUIRED', 'x')).toThrow(/--rules must be ccs-required or ccs-recommended/);
  });
});

describe('runCli in process', () => {
  it.each([
    [['eligibility', 'extra']],
    [['export', 'dif', 'roster', '--out', 'x.xlsx']],
    [['backups', 'shred']],
    [['backups', 'restore']],
    [['eligibility', '--as-of']],
    [['eligibility', '--rules', 'ccs-someday']],
    [['eligibility', '--colour']],
    [['export', 'dif']],
    [['export', 'payroll', '--out', 'x.xlsx']],
  ])('exits 2 for %j, naming the command help', async (args) => {
    const io = fakeIo();
    expect(await runCli(args, io)).toBe(2);
    expect(io.err.join('')).toMatch(/Run "credential-roster \w+ --help" for the options/);
  });

  it('prints the version and per-command help', async () => {
    const io = fakeIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(await runCli(['help', 'eligibility'], io)).toBe(0);
    expect(io.out.join('')).toContain('credential-roster 9.9.9');
    expect(io.out.join('')).toContain('--as-of DATE');
  });
});

describe('output formatting', () => {
  const problem: ImportProblem = { file: '/x/hr.csv', row: 14, column: 'EXPIRATION_DATE', value: '13/45/2024', message: 'not a date', severity: 'error' };

  it('names row, column and value', () => {
    expect(describeProblem(problem, false)).toBe("row 14, column EXPIRATION_DATE, value '13/45/2024': not a date");
    expect(describeProblem(problem, true)).toBe("hr.csv, row 14, column EXPIRATION_DATE, value '13/45/2024': not a date");
    expect(describeProblem({ ...problem, value: '', severity: 'warning' }, false)).toBe('warning: row 14, column EXPIRATION_DATE, empty: not a date');
    expect(describeProblem({ ...problem, row: 0, column: '', value: '' }, false)).toBe('hr.csv: not a date');
    expect(describeProblem({ ...problem, row: 0, column: '', value: '', message: 'Map the ID column.', commandLine: '--map "COLUMN=employee_id"' }, false))
      .toBe('hr.csv: Map the ID column. On the command line: --map "COLUMN=employee_id".');
  });

  it('aligns columns', () => {
    expect(formatTable(['A', 'Bee'], [['long value', 'x'], ['s', 'y']])).toBe(
      'A           Bee\n----------  ---\nlong value  x\ns           y\n',
    );
  });
});
