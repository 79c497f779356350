import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { StoreError } from '../../electron/store/errors';
import { backupCreatedAt, backupName, reasonSlug } from '../../electron/store/backup-folder';
import { person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';
import { storedFingerprint } from '../fixtures/stored-roster';

describe('backups', () => {
  it('is a whole, standalone snapshot of the roster, with the time in the name and the reason in words', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock('2026-03-01T09:00:00.000Z') });
    store.write(rosterWith(person('1'), person('2'), person('3')));
    const info = store.backup('before import of roster.csv');
    expect(info.name).toBe('roster-2026-03-01T09-00-02-000Z-before-import-of-roster-csv.sqlite');
    expect(info.createdAt).toBe('2026-03-01T09:00:02.000Z');
    expect(info.reason).toBe('before import of roster.csv');
    expect(info.people).toBe(3);
    expect(store.readBackup(info.name)).toEqual(store.read());
    const file = path.join(store.backupsDir, info.name);
    expect(info.sizeBytes).toBe(fs.statSync(file).size);
    // One file: no journal beside it, readable by its owner only.
    expect(fs.readdirSync(store.backupsDir)).toEqual([info.name]);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('lists a pipe or a folder with a backup name as nothing, without hanging', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    fs.mkdirSync(path.join(store.backupsDir, 'roster-2026-01-01T00-00-00-000Z-manual.sqlite'), { recursive: true });
    if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(store.backupsDir, 'roster-2026-01-02T00-00-00-000Z-manual.sqlite')]);
    expect(store.listBackups()).toEqual([]);
    expect(store.newestValidBackup()).toBeNull();
    expect(() => store.readBackup('roster-2026-01-01T00-00-00-000Z-manual.sqlite')).toThrow(/not a regular file/);
  });

  it('keeps the newest 20, newest first', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    const names = Array.from({ length: 25 }, (_, i) => store.backup(`copy ${i}`).name);
    const listed = store.listBackups().map((b) => b.name);
    expect(listed).toHaveLength(20);
    expect(listed).toEqual(names.slice(5).reverse());
    expect(fs.readdirSync(store.backupsDir)).toHaveLength(20);
  });

  it('honours a smaller limit and leaves other files in the folder alone', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock(), maxBackups: 3 });
    fs.mkdirSync(store.backupsDir, { recursive: true });
    fs.writeFileSync(path.join(store.backupsDir, 'notes.txt'), 'mine');
    for (let i = 0; i < 5; i += 1) store.backup('manual');
    expect(store.listBackups()).toHaveLength(3);
    expect(fs.existsSync(path.join(store.backupsDir, 'notes.txt'))).toBe(true);
  });

  it('keeps order when two copies are taken in the same millisecond', () => {
    const fixed = () => new Date('2026-03-01T09:00:00.000Z');
    const { store } = RosterStore.open({ dataDir: tempDir(), now: fixed });
    const a = store.backup('first');
    const b = store.backup('second');
    expect(a.name).not.toBe(b.name);
    expect(store.listBackups().map((x) => x.name)).toEqual([b.name, a.name]);
  });

  it('backs up an empty roster that was never saved as a valid file', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    const info = store.backup('manual');
    expect(info.people).toBe(0);
    expect(store.newestValidBackup()?.name).toBe(info.name);
  });

  it('restores a backup after backing up the current data', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    const one = store.backup('one person');
    store.write(rosterWith(person('1'), person('2')));
    const restored = store.restoreBackup(one.name);
    expect(restored.people.map((p) => p.employeeId)).toEqual(['1']);
    expect(RosterStore.open({ dataDir: store.dataDir }).store.read().people).toHaveLength(1);
    const newest = store.listBackups()[0];
    expect(newest?.reason).toBe(`before restore of ${one.name}`);
    expect(newest?.people).toBe(2);
    expect(store.history()[0]).toMatchObject({ source: 'restore', detail: one.name, employeeId: '2', kind: 'removed' });
  });

  it('refuses names with path separators or that are not backups', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    for (const name of ['../roster.json', '..\\roster.json', 'backups/x.json', '/etc/passwd', 'roster.json', '']) {
      expect(() => store.restoreBackup(name)).toThrow(StoreError);
    }
    expect(() => store.restoreBackup('roster-2026-01-01T00-00-00-000Z-manual.sqlite')).toThrow(/There is no backup named/);
    expect(store.read().people).toHaveLength(1);
  });

  it('refuses a damaged backup and leaves the data as it was', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    const info = store.backup('manual');
    fs.writeFileSync(path.join(store.backupsDir, info.name), 'SQLite format 3\u0000 cut short');
    const before = storedFingerprint(store.dataDir);
    expect(() => store.restoreBackup(info.name)).toThrow(/is damaged/);
    expect(storedFingerprint(store.dataDir)).toBe(before);
    expect(store.newestValidBackup()).toBeNull();
  });
});

describe('backup names', () => {
  it('round-trips the timestamp and makes any reason safe', () => {
    const name = backupName(new Date('2024-02-29T23:59:59.999Z'), 'Before: undo / import!');
    expect(name).toBe('roster-2024-02-29T23-59-59-999Z-before-undo-import.sqlite');
    expect(backupCreatedAt(name)).toBe('2024-02-29T23:59:59.999Z');
    expect(reasonSlug('***')).toBe('manual');
    expect(reasonSlug('x'.repeat(100))).toHaveLength(40);
  });
});
