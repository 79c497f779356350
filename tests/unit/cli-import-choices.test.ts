import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../electron/cli/cli-io';
import { parseImportArgs } from '../../electron/cli/commands/import-command';
import { parseMapOptions, parseValueOptions } from '../../electron/cli/import-choices';
import { RosterStore } from '../../electron/store/roster-store';
import { headerSignature } from '../../electron/import/columns';
import { writeReport } from '../../electron/export/index';
import type { RosterData } from '../../shared/types';
import { reportContext } from '../fixtures/export/read-workbook';
import { findRememberedMapping } from '../../renderer/src/import/import-types';
import { runCli, tempDataDir } from '../fixtures/cli/run-cli';

const T = 180_000;
const HR = path.resolve(__dirname, '../fixtures/import/hr-systems');
const hr = (name: string): string => path.join(HR, name);
const readRoster = (dir: string): RosterData => RosterStore.open({ dataDir: dir }).store.read();

describe('--map, --value, --sheet and --not-direct-coding', () => {
  it('--map takes a field name, a field\'s usual header, or nothing to leave the column out', () => {
    expect(parseMapOptions(['Assoc Nbr=employee_id', 'Nm = Full Name', 'Notes='])).toEqual({ 'Assoc Nbr': 'employee_id', Nm: 'full_name', Notes: '' });
    expect(parseMapOptions(['Lic=Cert=credential'])).toEqual({ 'Lic=Cert': 'credential' });
    expect(() => parseMapOptions(['Assoc Nbr'])).toThrow(/--map needs "COLUMN=FIELD"/);
    expect(() => parseMapOptions(['Assoc Nbr=shoe_size'])).toThrow(/"shoe_size" is not an import field/);
  });

  it('--value answers a status, a yes/no word or a credential, with or without its kind', () => {
    expect(parseValueOptions(['status:Inactive=leave', 'GED=yes', 'credential:Coding Specialist II=ccs', 'Biller badge=own', 'Pending=terminated'], [])).toEqual({
      employment_status: { inactive: 'leave', pending: 'terminated' },
      yes_no: { ged: true },
      credential: { codingspecialistii: 'CCS', billerbadge: '' },
    });
    expect(() => parseValueOptions(['status:Inactive=gone'], [])).toThrow(/a status must be active, leave, terminated/);
    expect(() => parseValueOptions(['credential:X=NOPE'], [])).toThrow(/"NOPE" is not in the credential catalog/);
    expect(() => parseValueOptions(['Inactive'], [])).toThrow(UsageError);
  });

  it('reads --sheet, repeated --map and --not-direct-coding into the import options', () => {
    expect(parseImportArgs(['r.xlsx', '--sheet', 'Credentials', '--map', 'A=employee_id', '--map', 'B=', '--not-direct-coding', '--value', 'GED=yes'])).toMatchObject({
      values: ['GED=yes'],
      options: { sheet: 'Credentials', mapping: { A: 'employee_id', B: '' }, directCoding: false },
    });
    expect(() => parseImportArgs(['r.xlsx', '--sheet', ' '])).toThrow(/--sheet needs the name/);
  });
});

describe('credential-roster import of HR exports', () => {
  it('a file with no ID column names its columns; --map fixes it and the mapping is remembered for the window', () => {
    const dir = tempDataDir();
    const refused = runCli(['import', hr('no-id-column.csv'), '--data', dir]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('"Assoc Nbr" (closest: Employee ID, employee_id)');
    expect(refused.stdout).toContain('On the command line: --map "COLUMN=employee_id".');
    const run = runCli(['import', hr('no-id-column.csv'), '--data', dir, '--map', 'Assoc Nbr=employee_id', '--map', 'Nm=full_name']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const roster = readRoster(dir);
    expect(roster.people.map((p) => p.employeeId)).toEqual(['A001', 'A002']);
    const signature = headerSignature(['Assoc Nbr', 'Nm', 'Dept', 'Certification Nm']);
    expect(roster.settings.importMappings[signature]).toEqual({ 'Assoc Nbr': 'employee_id', Nm: 'full_name', Dept: 'unit', 'Certification Nm': 'credential' });
    // The next run needs no --map, and says why.
    const next = runCli(['import', hr('no-id-column.csv'), '--data', dir, '--dry-run']);
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(/^Using the column mapping remembered for no-id-column\.csv/);
    // The window's mapping step offers it for the next file with these headers.
    expect(findRememberedMapping(roster.settings.importMappings, ['Assoc Nbr', 'Nm', 'Dept', 'Certification Nm'])).toEqual(roster.settings.importMappings[signature]);
  }, T);

  it('uses a mapping remembered by the window for files with the same headers, and says so', () => {
    const dir = tempDataDir();
    const { store } = RosterStore.open({ dataDir: dir });
    const signature = headerSignature(['Assoc Nbr', 'Nm', 'Dept', 'Certification Nm']);
    const data = store.read();
    store.write({ ...data, settings: { ...data.settings, importMappings: { [signature]: { 'Assoc Nbr': 'employee_id', Nm: 'full_name', Dept: 'unit', 'Certification Nm': 'credential' } } } });
    const run = runCli(['import', hr('no-id-column.csv'), '--data', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Using the column mapping remembered for no-id-column\.csv/);
    expect(readRoster(dir).people).toHaveLength(2);
  }, T);

  it('counts periods without a direct-coding column as direct coding and says so; --not-direct-coding says otherwise', () => {
    const dir = tempDataDir();
    const run = runCli(['import', hr('workday-coding-experience.csv'), '--data', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('workday-coding-experience.csv has no column saying whether the work was direct coding: its 4 coding experience periods are counted as direct coding. Add --not-direct-coding if they are not.');
    expect(readRoster(dir).people.flatMap((p) => p.experience).every((e) => e.directCoding)).toBe(true);
    // A remembered mapping that reads every column as this run does is not worth a word.
    expect(runCli(['import', hr('workday-coding-experience.csv'), '--data', dir, '--dry-run']).stdout).not.toMatch(/remembered/);
    const other = tempDataDir();
    const no = runCli(['import', hr('workday-coding-experience.csv'), '--data', other, '--not-direct-coding']);
    expect(no.status).toBe(0);
    expect(no.stdout).toContain('as asked (--not-direct-coding), its 4 coding experience periods are recorded as not direct coding');
    expect(readRoster(other).people.flatMap((p) => p.experience).some((e) => e.directCoding)).toBe(false);
  }, T);

  it('refuses "Inactive" until answered; --value answers are applied and remembered for the next run', () => {
    const dir = tempDataDir();
    const refused = runCli(['import', hr('unknown-values.csv'), '--data', dir]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('status "Inactive" (2 rows, Status): not answered: --value "status:Inactive=active", "=leave" or "=terminated"');
    expect(refused.stdout).toContain('credential "Coding Specialist II" (2 rows, Certification): kept as your own credential CODING SPECIALIST II');
    const run = runCli(['import', hr('unknown-values.csv'), '--data', dir, '--value', 'status:Inactive=leave', '--value', 'GED=yes', '--value', 'Equivalent=yes', '--value', 'credential:Coding Specialist II=CCS']);
    expect(run.status).toBe(0);
    const roster = readRoster(dir);
    expect(roster.people.find((p) => p.employeeId === '082459')).toMatchObject({ employmentStatus: 'leave', credentials: [expect.objectContaining({ code: 'CCS' })] });
    expect(roster.settings.importValueMappings?.employment_status).toEqual({ inactive: 'leave' });
    // The next file with "Inactive" needs no answer.
    const next = runCli(['import', hr('ukg-kronos-people.tsv'), '--data', dir]);
    expect(next.status).toBe(0);
    expect(next.stdout).toContain('status "Inactive" (1 row, Employment Status): read as leave');
  }, T);

  it('imports delimited text whatever its extension: .txt (pipe), .psv and .tsv', () => {
    const dir = tempDataDir();
    for (const name of ['oracle-hcm-certifications.txt', 'lawson-licenses.psv', 'epic-employees.txt']) {
      const run = runCli(['import', hr(name), '--data', dir, '--dry-run']);
      expect(run.status, `${name}: ${run.stdout}`).toBe(0);
    }
  }, T);

  it('imports a roster workbook the app exported from its data sheets, or one sheet with --sheet', async () => {
    const dir = tempDataDir();
    const { store } = RosterStore.open({ dataDir: tempDataDir() });
    const base = store.read();
    const source: RosterData = {
      ...base,
      customCredentials: [{ code: 'CCC', name: 'Certified Cardiology Coder', body: 'ACC', coding: true, difAccepted: false, userDefined: true }],
      people: [{
        employeeId: '007', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active',
        credentials: [{ id: 'c1', code: 'CCC', earnedOn: '2020-01-01' }], experience: [{ id: 'e1', start: '2019-01-01', directCoding: true }], education: [],
      }],
    };
    const file = path.join(fs.mkdtempSync(path.join(dir, 'out-')), 'roster.xlsx');
    await writeReport('roster', file, reportContext({ roster: source }));
    const run = runCli(['import', file, '--data', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('roster.xlsx [Credentials]: 1 row');
    const roster = readRoster(dir);
    expect(roster.people[0]).toMatchObject({ employeeId: '007', credentials: [expect.objectContaining({ code: 'CCC' })], experience: [expect.objectContaining({ directCoding: true })] });
    expect(roster.customCredentials).toEqual([expect.objectContaining({ code: 'CCC', name: 'Certified Cardiology Coder' })]);
    const sheet = runCli(['import', file, '--data', tempDataDir(), '--sheet', 'Credentials', '--dry-run']);
    expect(sheet.status).toBe(0);
    expect(sheet.stdout).toMatch(/^roster\.xlsx: 1 row/);
    const missing = runCli(['import', file, '--data', tempDataDir(), '--sheet', 'Nope']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/has no sheet called "Nope"\. Its sheets are: "About", "People", "Credentials", "Experience", "Education"/);
  }, T);
});
