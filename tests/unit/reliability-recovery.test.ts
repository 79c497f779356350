/**
 * Recovery end to end through the IPC handlers, and saving onto a full or read-only disk.
 * store-recovery.test.ts covers the start-up cases one by one (truncated, not JSON, empty, wrong
 * shape, newer version, a folder in the file's place); this file adds: the user agreeing to
 * restore the offered backup through `backups:list` / `backups:restore`, the set-aside file never
 * being touched, refusals of bad backup names, and disk failures seen from the window.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { emptyRoster } from '../../electron/store/schema';
import { createHandlers, type Handlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { commitImport } from '../../electron/import/commit';
import { failingBackend } from '../reliability/failing-backend';
import { person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';

function handlersFor(store: RosterStore): Handlers {
  return createHandlers({
    store,
    appName: 'Credential Roster',
    appVersion: '0.0.0-test',
    newId: () => 'id-1',
    dialogs: { openImportFiles: async () => null, saveFile: async () => null },
    shell: { showInFolder: () => undefined, openExternal: async () => undefined },
    emit: () => undefined,
    now: () => new Date('2026-04-01T08:00:00Z'),
  });
}

/** A folder whose roster had 3 people and a backup, then the file was replaced by `bad`. */
function damagedFolder(bad: string | Buffer): { dir: string; goodName: string } {
  const dir = tempDir('reliability-recovery-');
  const { store } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-03-01T09:00:00.000Z') });
  store.write(rosterWith(person('1'), person('2'), person('3')));
  const good = store.backup('before-import');
  store.write(rosterWith(person('1')));
  fs.writeFileSync(store.dataFile, bad);
  return { dir, goodName: good.name };
}

const goodJson = JSON.stringify(rosterWith(person('1'), person('2')));
const BAD_FILES: readonly [string, string | Buffer][] = [
  ['cut short', goodJson.slice(0, 100)],
  ['not JSON', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])],
  ['JSON of the wrong shape', JSON.stringify({ schemaVersion: 1, people: [{ employeeId: 7 }] })],
  ['from a newer version', JSON.stringify({ ...emptyRoster(), schemaVersion: 99, futureField: true })],
];

describe('recovery, with the user agreeing to restore through the window', () => {
  it.each(BAD_FILES)('a file %s: kept aside untouched, the offered backup restored by backups:restore', async (_label, bad) => {
    const { dir, goodName } = damagedFolder(bad);
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
    const onDisk = JSON.parse(fs.readFileSync(store.dataFile, 'utf8'));
    expect(onDisk.people.map((p: { employeeId: string }) => p.employeeId)).toEqual(['1', '2', '3']);
    // What was there just before (the empty roster) was itself backed up first.
    expect(store.listBackups().some((b) => b.name.endsWith('-before-restore.json'))).toBe(true);
    // The damaged file is never written to, before or after the restore.
    expect(fs.readFileSync(aside).equals(asideBytes)).toBe(true);

    const reopened = RosterStore.open({ dataDir: dir });
    expect(reopened.recovery).toBeNull();
    expect(reopened.store.read().people).toHaveLength(3);
  });

  it('refuses to restore a damaged backup, a missing one, or a name outside the backups folder, changing nothing', async () => {
    const { dir } = damagedFolder('{');
    const { store } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-04-01T08:00:00.000Z') });
    store.write(rosterWith(person('9')));
    const damaged = 'roster-2026-03-31T00-00-00-000Z-manual.json';
    fs.writeFileSync(path.join(store.backupsDir, damaged), '{"schemaVersion":1,"people":[');
    const before = fs.readFileSync(store.dataFile);
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
    expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
    expect(fs.readdirSync(store.backupsDir).sort()).toEqual(backupsBefore);
  });

  it('lists a damaged backup without failing, and never offers it at start-up', async () => {
    const { dir, goodName } = damagedFolder('not json');
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
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk is full'],
    ['EROFS', 'is on a read-only disk'],
    ['EACCES', 'this user account is not allowed to write in'],
    ['EPERM', 'this user account is not allowed to write in'],
    ['EBUSY', 'another program has the file locked'],
  ])('%s: the window gets "%s", and the file and the roster in memory are unchanged', async (code, says) => {
    const dir = tempDir('reliability-disk-');
    const backend = failingBackend();
    const { store } = RosterStore.open({ dataDir: dir, createBackend: backend.factory });
    store.write(rosterWith(person('1')));
    const before = fs.readFileSync(store.dataFile);
    backend.failWith = code;
    const handlers = handlersFor(store);
    const result = await dispatch(handlers, 'person:create', {
      person: { employeeId: '2', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('The roster could not be saved');
      expect(result.error).toContain(says);
      expect(result.error).toContain('Nothing was changed.');
    }
    expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
    expect(store.read().people.map((p) => p.employeeId)).toEqual(['1']);
    // Once the disk has room again, the same request succeeds.
    backend.failWith = null;
    expect((await dispatch(handlers, 'person:create', { person: { employeeId: '2', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active' } })).ok).toBe(true);
  });

  it('an import onto a full disk is refused in words, with the roster as it was', async () => {
    const dir = tempDir('reliability-disk-import-');
    const backend = failingBackend();
    const { store } = RosterStore.open({ dataDir: dir, createBackend: backend.factory });
    store.write(rosterWith(person('000001')));
    const before = fs.readFileSync(store.dataFile);
    const csv = path.join(tempDir('reliability-disk-csv-'), 'hr.csv');
    fs.writeFileSync(csv, 'Employee ID,Last Name,First Name\n000002,Diaz,Ana\n');
    backend.failWith = 'ENOSPC';
    await expect(commitImport(store, [csv], {})).rejects.toThrow('The roster could not be saved: the disk is full. Nothing was changed.');
    expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
    expect(store.read().imports).toEqual([]);
  });

  it('a backups folder that cannot be written stops an import before the roster is touched', async () => {
    const dir = tempDir('reliability-backups-blocked-');
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('000001')));
    const before = fs.readFileSync(store.dataFile);
    fs.writeFileSync(store.backupsDir, 'a file where the backups folder should be');
    const csv = path.join(tempDir('reliability-disk-csv-'), 'hr.csv');
    fs.writeFileSync(csv, 'Employee ID,Last Name,First Name\n000002,Diaz,Ana\n');
    await expect(commitImport(store, [csv], {})).rejects.toThrow(`${store.backupsDir} is not a usable folder`);
    expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
    expect(store.read().imports).toEqual([]);
  });

  const chattr = (flag: '+i' | '-i', target: string): boolean => {
    try {
      execFileSync('chattr', [flag, target], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const probe = tempDir('reliability-chattr-probe-');
  // Root may write anywhere, so chmod proves nothing as root; an immutable folder stops root too.
  const immutableWorks = chattr('+i', probe) && chattr('-i', probe);

  it.skipIf(!immutableWorks)(
    'a real read-only data folder (chattr +i, which binds root too): a clear error, the previous data intact',
    () => {
      const dir = tempDir('reliability-readonly-');
      const { store } = RosterStore.open({ dataDir: dir });
      store.write(rosterWith(person('1')));
      const before = fs.readFileSync(store.dataFile);
      expect(chattr('+i', dir)).toBe(true);
      try {
        expect(() => store.write(rosterWith(person('1'), person('2')))).toThrow(
          /^The roster could not be saved: this user account is not allowed to write in .*\. Nothing was changed\.$/,
        );
        expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
        expect(store.read().people).toHaveLength(1);
      } finally {
        chattr('-i', dir);
      }
    },
  );
});
