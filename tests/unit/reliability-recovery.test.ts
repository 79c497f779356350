/**
 * Recovery end to end through the IPC handlers, and saving onto a full or read-only disk.
 * store-recovery.test.ts covers the start-up cases one by one; this file adds: the user agreeing
 * to restore the offered backup through `backups:list` / `backups:restore`, the set-aside database
 * never being touched, refusals of bad backup names, and disk failures seen from the window.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import type { Handlers } from '../../electron/ipc/handlers';
import { quietHandlers } from '../fixtures/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { commitImport } from '../../electron/import/commit';
import { databaseFailure } from '../../electron/store/sql/database';
import { storedFingerprint, storedRoster } from '../fixtures/stored-roster';
import { person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';

function handlersFor(store: RosterStore): Handlers {
  return quietHandlers(store, { now: () => new Date('2026-04-01T08:00:00Z') });
}

/** A folder whose roster had 3 people and a backup, then the database was replaced by `bad(original bytes)`. */
function damagedFolder(bad: (bytes: Buffer) => Buffer): { dir: string; goodName: string; bad: Buffer } {
  const dir = tempDir('reliability-recovery-');
  const { store } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-03-01T09:00:00.000Z') });
  store.write(rosterWith(person('1'), person('2'), person('3')));
  const good = store.backup('before-import');
  store.write(rosterWith(person('1')));
  store.close();
  const bytes = bad(fs.readFileSync(store.dataFile));
  fs.writeFileSync(store.dataFile, bytes);
  return { dir, goodName: good.name, bad: bytes };
}

const BAD_FILES: readonly [string, (bytes: Buffer) => Buffer][] = [
  ['cut short to its first 100 bytes', (bytes) => bytes.subarray(0, 100)],
  ['with its pages overwritten', (bytes) => Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0x5a)])],
  ['not a database at all', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])],
];

describe('recovery, with the user agreeing to restore through the window', () => {
  it.each(BAD_FILES)('a database %s: kept aside untouched, the offered backup restored by backups:restore', async (_label, damage) => {
    const { dir, goodName, bad } = damagedFolder(damage);
    const { store, recovery } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-04-01T08:00:00.000Z') });
    expect(recovery).not.toBeNull();
    expect(recovery?.newestBackup?.name).toBe(goodName);
    expect(recovery?.message).toContain(goodName);
    expect(recovery?.message).toContain(recovery?.movedTo ?? '(not moved)');
    const aside = recovery?.movedTo ?? '';
    const asideBytes = fs.readFileSync(aside);
    expect(asideBytes.equals(Buffer.from(bad))).toBe(true);

    const handlers = handlersFor(store);
    const listed = await dispatch(handlers, 'backups:list', undefined);
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value[0]).toMatchObject({ name: goodName, people: 3 });

    const restored = await dispatch(handlers, 'backups:restore', { name: goodName });
    expect(restored).toEqual({ ok: true, value: { people: 3 } });
    expect(storedRoster(dir).people.map((p) => p.employeeId)).toEqual(['1', '2', '3']);
    // What was there just before (the empty roster) was itself backed up first.
    expect(store.listBackups().some((b) => b.reason === `before restore of ${goodName}`)).toBe(true);
    // The damaged file is never written to, before or after the restore.
    expect(fs.readFileSync(aside).equals(asideBytes)).toBe(true);

    const reopened = RosterStore.open({ dataDir: dir });
    expect(reopened.recovery).toBeNull();
    expect(reopened.store.read().people).toHaveLength(3);
  });

  it('refuses to restore a damaged backup, a missing one, or a name outside the backups folder, changing nothing', async () => {
    const { dir } = damagedFolder(() => Buffer.from('{'));
    const { store } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-04-01T08:00:00.000Z') });
    store.write(rosterWith(person('9')));
    const damaged = 'roster-2026-03-31T00-00-00-000Z-manual.json';
    fs.writeFileSync(path.join(store.backupsDir, damaged), '{"schemaVersion":1,"people":[');
    const before = storedFingerprint(dir);
    const backupsBefore = fs.readdirSync(store.backupsDir).sort();
    const handlers = handlersFor(store);
    const cases: [string, RegExp][] = [
      [damaged, /is damaged \(it is not complete JSON\) and cannot be restored/],
      ['roster-2020-01-01T00-00-00-000Z-manual.json', /There is no backup named/],
      ['../roster.json', /is not the name of a backup/],
      ['/etc/passwd', /is not the name of a backup/],
      ['roster-2020-01-01T00-00-00-000Z-manual.json/../../roster.json', /is not the name of a backup/],
    ];
    for (const [name, says] of cases) {
      const result = await dispatch(handlers, 'backups:restore', { name });
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error).toMatch(says);
    }
    expect(storedFingerprint(dir)).toBe(before);
    expect(fs.readdirSync(store.backupsDir).sort()).toEqual(backupsBefore);
  });

  it('lists a damaged backup without failing, and never offers it at start-up', async () => {
    const { dir, goodName } = damagedFolder(() => Buffer.from('not a database'));
    fs.writeFileSync(path.join(dir, 'backups', 'roster-2026-03-30T00-00-00-000Z-manual.json'), '{"cut":');
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.newestBackup?.name).toBe(goodName);
    const listed = await dispatch(handlersFor(store), 'backups:list', undefined);
    expect(listed.ok && listed.value.map((b) => [b.name, b.people])).toEqual([
      ['roster-2026-03-30T00-00-00-000Z-manual.json', null],
      [goodName, 3],
    ]);
  });
});

describe('saving onto a full or read-only disk', () => {
  it.each([
    [13, 'the disk is full'],
    [8, 'is read-only or this user account may not write in it'],
    [5, 'another Credential Roster window or command kept the roster busy for too long'],
    [778, 'the disk reported an error while writing'],
  ])('SQLite result %i says "%s"', (errcode, says) => {
    const failure = databaseFailure(Object.assign(new Error('sqlite'), { errcode }), 'The roster could not be saved', '/data');
    expect(failure?.message).toContain(says);
    expect(failure?.message).toMatch(/^The roster could not be saved: .*\. Nothing was changed\.$/);
  });

  it('a full disk: the window gets plain words, and the database and the roster in memory are unchanged', async () => {
    const dir = tempDir('reliability-disk-');
    const { store } = RosterStore.open({ dataDir: dir, maxPages: 37 });
    store.write(rosterWith(person('1')));
    const before = storedFingerprint(dir);
    const handlers = handlersFor(store);
    const result = await dispatch(handlers, 'person:create', {
      person: { employeeId: '2', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active', notes: 'n'.repeat(4900) },
    });
    expect(result).toEqual({ ok: false, error: 'The roster could not be saved: the disk is full. Nothing was changed.' });
    expect(storedFingerprint(dir)).toBe(before);
    expect(store.read().people.map((p) => p.employeeId)).toEqual(['1']);
    // A change that fits goes through.
    expect((await dispatch(handlers, 'person:create', { person: { employeeId: '2', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active' } })).ok).toBe(true);
  });

  it('an import onto a full disk is refused in words, with the roster as it was', async () => {
    const dir = tempDir('reliability-disk-import-');
    const { store } = RosterStore.open({ dataDir: dir, maxPages: 60 });
    store.write(rosterWith(person('000001')));
    const before = storedFingerprint(dir);
    const csv = path.join(tempDir('reliability-disk-csv-'), 'hr.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `${String(i + 2).padStart(6, '0')},Diaz,Ana,Coding`);
    fs.writeFileSync(csv, ['Employee ID,Last Name,First Name,Department', ...rows].join('\n'));
    await expect(commitImport(store, [csv], {})).rejects.toThrow('The roster could not be saved: the disk is full. Nothing was changed.');
    expect(storedFingerprint(dir)).toBe(before);
    expect(store.read().imports).toEqual([]);
  });

  it('a backups folder that cannot be written stops an import before the roster is touched', async () => {
    const dir = tempDir('reliability-backups-blocked-');
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('000001')));
    const before = storedFingerprint(dir);
    fs.writeFileSync(store.backupsDir, 'a file where the backups folder should be');
    const csv = path.join(tempDir('reliability-disk-csv-'), 'hr.csv');
    fs.writeFileSync(csv, 'Employee ID,Last Name,First Name\n000002,Diaz,Ana\n');
    await expect(commitImport(store, [csv], {})).rejects.toThrow(`${store.backupsDir} is not a usable folder`);
    expect(storedFingerprint(dir)).toBe(before);
    expect(store.read().imports).toEqual([]);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const mountTmpfs = (dir: string, options: string): boolean => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const probe = tempDir('reliability-mount-probe-');
  // Root may write anywhere, so chmod proves nothing as root; a read-only file system stops root too.
  const canMount = isRoot && mountTmpfs(probe, 'size=1m') && (execFileSync('umount', [probe]), true);

  it.skipIf(!canMount)('a real read-only disk (a tmpfs remounted read-only): a clear error, the data intact', () => {
    const mountPoint = tempDir('reliability-readonly-');
    expect(mountTmpfs(mountPoint, 'size=4m')).toBe(true);
    const dir = path.join(mountPoint, 'data');
    try {
      const { store } = RosterStore.open({ dataDir: dir });
      store.write(rosterWith(person('1')));
      store.close();
      const before = storedFingerprint(dir);
      execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
      expect(() => RosterStore.open({ dataDir: dir })).toThrow(`The roster could not be opened: ${dir} is on a read-only disk. Nothing was changed.`);
      expect(storedFingerprint(dir)).toBe(before);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  });
});
