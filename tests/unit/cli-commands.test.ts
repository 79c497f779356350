import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import type { Person } from '../../shared/types';
import { fixture, runCli, tempDataDir } from '../fixtures/cli/run-cli';
import { storedRoster } from '../fixtures/stored-roster';

const T = 180_000;

function seededRoster(): string {
  const dir = tempDataDir();
  const { store } = RosterStore.open({ dataDir: dir });
  const people: Person[] = [
    { employeeId: '00123', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active', credentials: [{ id: 'c1', code: 'RHIT', earnedOn: '2019-01-01', expiresOn: '2027-01-01' }], experience: [], education: [] },
    { employeeId: '00456', firstName: 'Bo', lastName: 'Kim', employmentStatus: 'leave', credentials: [], experience: [{ id: 'e1', start: '2024-06-01', directCoding: true }], education: [] },
    { employeeId: '00789', firstName: 'Cy', lastName: 'Diaz', employmentStatus: 'active', credentials: [{ id: 'c2', code: 'CCS', earnedOn: '2020-01-01', expiresOn: '2027-01-01' }], experience: [], education: [] },
  ];
  store.write({ ...store.read(), people });
  return dir;
}

describe('credential-roster eligibility', () => {
  it('--json has exactly the documented shape, on a fixed as-of date', () => {
    const dir = seededRoster();
    const run = runCli(['eligibility', '--data', dir, '--as-of', '2026-03-01', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'rules', 'people']);
    expect(out.asOf).toBe('2026-03-01');
    expect(out.rules).toBe('ccs-required');
    expect(out.people.map((p: { employeeId: string }) => p.employeeId)).toEqual(['00789', '00456', '00123']); // by name
    for (const p of out.people) {
      expect(Object.keys(p)).toEqual(['employeeId', 'name', 'employmentStatus', 'status', 'eligibleOn', 'pathways']);
      expect(p.eligibleOn === null || /^\d{4}-\d{2}-\d{2}$/.test(p.eligibleOn)).toBe(true);
      expect(p.pathways.map((w: { id: string }) => w.id)).toEqual([
        'by-credential', 'by-education', 'by-experience', 'by-cca-with-experience', 'by-other-credential-with-experience',
      ]);
      for (const w of p.pathways) {
        expect(Object.keys(w)).toEqual(['id', 'metOn', 'detail']);
        expect(w.metOn === null || /^\d{4}-\d{2}-\d{2}$/.test(w.metOn)).toBe(true);
        expect(typeof w.detail).toBe('string');
      }
    }
    const [diaz, kim, lee] = out.people;
    expect(diaz).toMatchObject({ name: 'Diaz, Cy', status: 'certified', employmentStatus: 'active' });
    expect(kim).toMatchObject({ name: 'Kim, Bo', status: 'not-yet', employmentStatus: 'leave', eligibleOn: '2026-06-01' });
    expect(kim.pathways[2]).toMatchObject({ id: 'by-experience', metOn: '2026-06-01' });
    expect(lee).toMatchObject({ status: 'eligible', eligibleOn: '2019-01-01' });
    expect(lee.pathways[0]).toMatchObject({ id: 'by-credential', metOn: '2019-01-01' });
  }, T);

  it('prints an aligned table, and reads the folder from CREDENTIAL_ROSTER_DATA', () => {
    const dir = seededRoster();
    const run = runCli(['eligibility', '--as-of', '2026-03-01', '--rules', 'ccs-recommended'], { CREDENTIAL_ROSTER_DATA: dir });
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const header = lines.find((l) => l.startsWith('Name')) ?? '';
    const lee = lines.find((l) => l.startsWith('Lee, Ann')) ?? '';
    expect(lee.indexOf('00123')).toBe(header.indexOf('Employee ID'));
    expect(lee.indexOf('2019-01-01')).toBe(header.indexOf('Eligible on'));
    expect(run.stdout).toMatch(/ccs-recommended/);
    expect(run.stdout).toMatch(/3 people: 1 certified/);
  }, T);
});

describe('credential-roster export', () => {
  it('writes a workbook and says how many rows', () => {
    const dir = seededRoster();
    const out = path.join(tempDataDir(), 'dif.xlsx');
    const run = runCli(['export', 'dif', '--out', out, '--data', dir, '--as-of', '2026-03-01']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Wrote the Magnet DIF certification report as of 2026-03-01 to .*dif\.xlsx \(\d+ rows?\)/);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK'); // a zip, as .xlsx files are
  }, T);

  it('exits 1 when the folder for the report does not exist', () => {
    const run = runCli(['export', 'roster', '--out', path.join(tempDataDir(), 'missing', 'r.xlsx'), '--data', seededRoster()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/does not exist, so the report was not written/);
  }, T);
});

describe('a damaged roster', () => {
  it('stops with the recovery message, then backups restore brings the roster back', () => {
    const dir = tempDataDir();
    expect(runCli(['import', fixture('hris-long-export.csv'), '--data', dir]).status).toBe(0);
    // A second import of the same file changes nothing but takes a backup of the 64 people.
    expect(runCli(['import', fixture('hris-long-export.csv'), '--data', dir]).status).toBe(0);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(dir, `roster.sqlite${suffix}`), { force: true });
    fs.writeFileSync(path.join(dir, 'roster.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(8192, 0x41)]));

    const run = runCli(['eligibility', '--data', dir, '--as-of', '2026-03-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/could not be opened: the database is damaged/);
    expect(run.stderr).toMatch(/64 people/);
    const name = /backups restore (\S+)/.exec(run.stderr)?.[1] ?? '';
    expect(name).toMatch(/^roster-.*\.sqlite$/);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('roster.corrupt-'))).toBe(true);

    const list = runCli(['backups', '--data', dir, '--json']);
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout).backups.map((b: { name: string }) => b.name)).toContain(name);

    const restore = runCli(['backups', 'restore', name, '--data', dir]);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/the roster now has 64 people/);
    expect(storedRoster(dir).people).toHaveLength(64);

    expect(runCli(['backups', 'restore', '../roster.json', '--data', dir]).status).toBe(1);
  }, T);
});
