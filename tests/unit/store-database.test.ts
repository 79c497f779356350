/** The roster database: what is stored comes back exactly, bad writes and full disks change nothing, and nothing leaks out of the data folder. */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, RosterStore } from '../../electron/store/roster-store';
import { StoreError } from '../../electron/store/errors';
import * as ops from '../../electron/store/operations';
import type { RosterData } from '../../shared/types';
import { isRoot, person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';
import { integrityOk, storedFingerprint, storedRoster } from '../fixtures/stored-roster';

function storeWithOnePerson() {
  const { store } = RosterStore.open({ dataDir: tempDir() });
  store.write(rosterWith(person('00123', { credentials: [{ id: 'c1', code: 'CCS', expiresOn: '2027-01-01' }] })));
  return { store, before: storedFingerprint(store.dataDir) };
}

describe('the roster database', () => {
  it('starts empty with the default settings, writes nothing until the first change, then keeps a file only its owner can read', () => {
    const { store, recovery } = RosterStore.open({ dataDir: tempDir() });
    expect(recovery).toBeNull();
    expect(store.read().people).toEqual([]);
    expect(store.read().settings.ruleSet).toBe('ccs-required');
    expect(store.history()).toEqual([]);
    expect(fs.readdirSync(store.dataDir)).toEqual([]);
    store.update((d) => ops.updateSettings(d, { organisationName: 'Mercy General' }));
    expect(path.basename(store.dataFile)).toBe(DATABASE_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(store.dataFile).mode & 0o777).toBe(0o600);
    expect(storedRoster(store.dataDir).settings.organisationName).toBe('Mercy General');
  });

  it('a store that found no roster sees the one another process makes, and says it changed', () => {
    const dataDir = tempDir();
    const { store: window } = RosterStore.open({ dataDir });
    expect(window.refreshIfChanged()).toBe(false);
    const { store: cli } = RosterStore.open({ dataDir, origin: { source: 'cli' } });
    cli.write(rosterWith(person('00123')));
    cli.close();
    expect(window.refreshIfChanged()).toBe(true);
    expect(window.read().people.map((p) => p.employeeId)).toEqual(['00123']);
    expect(window.refreshIfChanged()).toBe(false);
    window.update((d) => ops.updateSettings(d, { organisationName: 'Mercy General' }));
    expect(storedRoster(dataDir)).toMatchObject({ people: [{ employeeId: '00123' }], settings: { organisationName: 'Mercy General' } });
  });

  it('gives back every field it was given, leading zeros and fields it has no column for included', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    const full: RosterData = rosterWith(
      person('000042', {
        jobTitle: 'Coder II', employmentStatus: 'leave', hireDate: '2015-02-28', fte: 1.5, email: 'a.coder@example.org',
        isRn: false, hsDiploma: true, notes: 'Night shift · José Núñez 🩺', aapcMembershipRenewsOn: '2027-04-30',
        credentials: [
          { id: 'c1', code: 'CPC', number: '00077', issuer: 'AAPC', earnedOn: '2020-01-01', expiresOn: '2026-12-31', verifiedOn: '2024-05-05', ceusEarned: 12.5, cycleStart: '2025-01-01', cycleEnd: '2026-12-31',
            ceuEntries: [{ date: '2025-03-01', title: 'Webinar', hours: 1.5, provider: 'AAPC' }, { date: '2025-04-01', title: 'Audit', hours: 2 }] },
          { id: 'c2', code: 'CCS' },
        ],
        experience: [{ id: 'e1', employer: 'General', start: '2019-01-01', end: '2020-02-29', directCoding: true }, { id: 'e2', start: '2021-01-01', directCoding: false }],
        education: [{ id: 'd1', program: 'Coding certificate', completedOn: '2018-06-01', components: ['icd-coding', 'cpt-coding'], cahiimAccredited: true }],
        examApplications: [{ id: 'a1', appliedOn: '2025-01-01', approvedOn: '2025-01-10', extensions: [{ grantedOn: '2025-04-01', newEnd: '2025-06-01' }], result: 'pass', scaledScore: 320, resultOn: '2025-03-01' } as never],
        ...({ badgeColour: 'teal' } as object),
      }),
      person('7'),
    );
    store.write({ ...full, customCredentials: [{ code: 'XYZ', name: 'Example', body: 'Board', coding: true, difAccepted: false, userDefined: true }], acknowledgements: [{ itemKey: 'k1', at: '2026-01-01', note: 'done' }] });
    const reopened = RosterStore.open({ dataDir: store.dataDir }).store.read();
    expect(reopened.people).toEqual(full.people);
    expect(reopened.customCredentials).toEqual([{ code: 'XYZ', name: 'Example', body: 'Board', coding: true, difAccepted: false, userDefined: true }]);
    expect(reopened.acknowledgements).toEqual([{ itemKey: 'k1', at: '2026-01-01', note: 'done' }]);
    expect(integrityOk(store.dataDir)).toBe(true);
  });

  it('an edit writes one person and one change-log entry, nobody else', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), user: 'hmanager' });
    store.write(rosterWith(person('1'), person('2'), person('3')));
    const db = new DatabaseSync(store.dataFile, { readOnly: true });
    const versions = () => db.prepare('SELECT employee_id, version FROM people ORDER BY employee_id').all().map((r) => `${String(r.employee_id)}:${String(r.version)}`);
    expect(versions()).toEqual(['1:1', '2:1', '3:1']);
    store.update((d) => ops.updatePerson(d, '2', { unit: 'Inpatient coding' }), { source: 'window' });
    expect(versions()).toEqual(['1:1', '2:2', '3:1']);
    expect(store.versionOf('2')).toBe(2);
    const log = store.history({ employeeId: '2' });
    expect(log[0]).toMatchObject({ user: 'hmanager', source: 'window', employeeId: '2', record: 'person', kind: 'added', field: 'unit', before: null, after: '"Inpatient coding"' });
    db.close();
  });

  it('a change that changes nothing writes nothing and logs nothing', () => {
    const { store, before } = storeWithOnePerson();
    store.update((d) => ({ ...d, people: d.people.map((p) => ({ ...p })) }));
    expect(storedFingerprint(store.dataDir)).toBe(before);
  });
});

describe('bad writes change nothing', () => {
  it('names the person, the record, the field and the value', () => {
    const { store, before } = storeWithOnePerson();
    const bad = { ...store.read(), people: [person('00123', { credentials: [{ id: 'c1', code: 'CCS', expiresOn: '2024-13-01' }] })] };
    expect(() => store.write(bad)).toThrow(StoreError);
    expect(() => store.write(bad)).toThrow(/employee ID 00123 \(Coder00123, Ann\), credential CCS, expiry date: must be a date written YYYY-MM-DD \(value '2024-13-01'\)/);
    expect(storedFingerprint(store.dataDir)).toBe(before);
    expect(store.read().people[0]?.credentials[0]?.expiresOn).toBe('2027-01-01');
  });

  it('refuses a duplicate employee ID', () => {
    const { store, before } = storeWithOnePerson();
    expect(() => store.update((d) => ({ ...d, people: [...d.people, person('00123')] }))).toThrow(/Employee ID 00123 appears more than once/);
    expect(storedFingerprint(store.dataDir)).toBe(before);
  });

  it('refuses data of another format version', () => {
    const { store, before } = storeWithOnePerson();
    expect(() => store.write({ ...store.read(), schemaVersion: 99 })).toThrow(/data format 99/);
    expect(storedFingerprint(store.dataDir)).toBe(before);
  });

  it('the database holds its own rules too: a date that is not one is refused even past the checks', () => {
    const { store } = storeWithOnePerson();
    const db = new DatabaseSync(store.dataFile);
    expect(() => db.prepare("UPDATE credentials SET expires_on = 'soon'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO credentials (employee_id, id, position, code) VALUES ('nobody', 'x', 0, 'CCS')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('a full database says so in plain words and keeps the roster as it was', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir, maxPages: 60 });
    store.write(rosterWith(person('1')));
    const before = storedFingerprint(dir);
    const many = Array.from({ length: 3000 }, (_, i) => person(String(1000 + i), { notes: 'x'.repeat(200) }));
    expect(() => store.update((d) => ({ ...d, people: [...d.people, ...many] }))).toThrow('The roster could not be saved: the disk is full. Nothing was changed.');
    expect(storedFingerprint(dir)).toBe(before);
    expect(store.read().people).toHaveLength(1);
    // And it goes on working once there is room for the change.
    store.update((d) => ops.updatePerson(d, '1', { unit: 'Coding' }));
    expect(storedRoster(dir).people[0]?.unit).toBe('Coding');
    expect(integrityOk(dir)).toBe(true);
  });

  it.skipIf(isRoot)('a folder it may not write to gives plain words (skipped as root, who may write anywhere)', () => {
    const { store, before } = storeWithOnePerson();
    fs.chmodSync(store.dataFile, 0o400);
    fs.chmodSync(store.dataDir, 0o555);
    try {
      expect(() => RosterStore.open({ dataDir: store.dataDir }).store.update((d) => ops.updatePerson(d, '00123', { unit: 'X' }))).toThrow(/read-only|not allowed/);
    } finally {
      fs.chmodSync(store.dataDir, 0o755);
      fs.chmodSync(store.dataFile, 0o600);
    }
    expect(storedFingerprint(store.dataDir)).toBe(before);
  });
});

describe('nothing is written through a link out of the data folder', () => {
  it('refuses a database file that is a link, and leaves its target alone', () => {
    const dir = tempDir();
    const outside = path.join(tempDir(), 'elsewhere.sqlite');
    fs.writeFileSync(outside, 'not yours');
    fs.symlinkSync(outside, path.join(dir, DATABASE_FILE));
    expect(() => RosterStore.open({ dataDir: dir })).toThrow(/is a link to another place/);
    expect(fs.readFileSync(outside, 'utf8')).toBe('not yours');
  });

  it('refuses a journal file planted as a link', () => {
    const { store } = storeWithOnePerson();
    store.close();
    const outside = path.join(tempDir(), 'victim');
    fs.writeFileSync(outside, 'keep me');
    fs.rmSync(`${store.dataFile}-wal`, { force: true });
    fs.symlinkSync(outside, `${store.dataFile}-wal`);
    expect(() => RosterStore.open({ dataDir: store.dataDir })).toThrow(/is a link to another place/);
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep me');
  });

  it('writes no backup through a link planted where the backup is made', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir, now: () => new Date('2026-03-01T09:00:00.000Z') });
    store.write(rosterWith(person('1')));
    fs.mkdirSync(store.backupsDir, { recursive: true });
    const outside = path.join(tempDir(), 'victim');
    fs.writeFileSync(outside, 'keep me');
    fs.symlinkSync(outside, path.join(store.backupsDir, 'roster-2026-03-01T09-00-00-000Z-manual.sqlite.partial'));
    const info = store.backup('manual');
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(store.backupsDir, info.name)).isFile()).toBe(true);
  });

  it('refuses a backups folder that is a link', () => {
    const { store } = storeWithOnePerson();
    const outside = tempDir();
    fs.symlinkSync(outside, store.backupsDir);
    expect(() => store.backup('manual')).toThrow(/is a link to another place/);
    expect(fs.readdirSync(outside)).toEqual([]);
  });
});
