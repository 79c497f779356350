import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { emptyRoster } from '../../electron/store/schema';
import { isRoot, person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';

/**
 * A data folder as an earlier build left it: one good backup (2 people) and `content` as its
 * roster.json, with no database yet.
 */
function folderWithBadFile(content: string | Buffer) {
  const dir = tempDir();
  const { store } = RosterStore.open({ dataDir: dir, now: tickingClock() });
  store.write(rosterWith(person('1'), person('2')));
  const good = store.backup('before-import');
  store.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${store.dataFile}${suffix}`, { force: true });
  fs.writeFileSync(store.legacyFile, content);
  return { dir, dataFile: store.legacyFile, good };
}

function asideFiles(dir: string, label: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.startsWith(`roster.${label}-`));
}

describe('start-up recovery', () => {
  const goodJson = JSON.stringify(rosterWith(person('1'), person('2')));
  const cases: readonly { name: string; content: string; reason: string; label: string; says: RegExp }[] = [
    { name: 'a truncated file', content: goodJson.slice(0, goodJson.length / 2), reason: 'unparsable', label: 'corrupt', says: /not complete or not valid JSON/ },
    { name: 'a file that is not JSON', content: 'PK\u0003\u0004 this is a spreadsheet', reason: 'unparsable', label: 'corrupt', says: /not complete or not valid JSON/ },
    { name: 'an empty file', content: '', reason: 'unparsable', label: 'corrupt', says: /the file is empty/ },
    { name: 'JSON of the wrong shape', content: JSON.stringify({ schemaVersion: 1, people: 'everyone' }), reason: 'invalid', label: 'corrupt', says: /could not be used/ },
    { name: 'a JSON array', content: '[1,2,3]', reason: 'invalid', label: 'corrupt', says: /not a roster/ },
    { name: 'a file from a newer version', content: JSON.stringify({ ...emptyRoster(), schemaVersion: 7 }), reason: 'newer-version', label: 'newer-version', says: /made by a newer version of Credential Roster/ },
  ];

  for (const c of cases) {
    it(`moves ${c.name} aside, never overwrites it, starts empty and offers the newest good backup`, () => {
      const { dir, dataFile, good } = folderWithBadFile(c.content);
      const { store, recovery } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-04-01T08:00:00.000Z') });
      expect(recovery?.reason).toBe(c.reason);
      expect(recovery?.message).toMatch(c.says);
      expect(store.read()).toEqual(emptyRoster());
      const aside = asideFiles(dir, c.label);
      expect(aside).toHaveLength(1);
      expect(recovery?.movedTo).toBe(path.join(dir, aside[0] ?? ''));
      expect(fs.readFileSync(recovery?.movedTo ?? '', 'utf8')).toBe(c.content);
      expect(fs.existsSync(dataFile)).toBe(false);
      expect(store.history()).toEqual([]);
      expect(recovery?.newestBackup?.name).toBe(good.name);
      expect(recovery?.message).toContain(good.name);
      expect(recovery?.message).toContain('2 people');

      // Saving now creates a new file; the one set aside is still as it was.
      store.write(rosterWith(person('9')));
      expect(fs.readFileSync(recovery?.movedTo ?? '', 'utf8')).toBe(c.content);
      expect(store.restoreBackup(good.name).people).toHaveLength(2);
    });
  }

  it('skips damaged backups when offering one', () => {
    const { dir, good } = folderWithBadFile('{');
    // Newer backups that are themselves damaged.
    fs.writeFileSync(path.join(dir, 'backups', 'roster-2026-03-02T00-00-00-000Z-manual.json'), '{"schemaVersion":1');
    fs.writeFileSync(path.join(dir, 'backups', 'roster-2026-03-02T00-00-01-000Z-manual.sqlite'), 'SQLite format 3\u0000');
    const { recovery } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-03-03T00:00:00.000Z') });
    expect(recovery?.newestBackup?.name).toBe(good.name);
  });

  it('says so when there is no backup', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'roster.json'), '{{{');
    const { recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.newestBackup).toBeNull();
    expect(recovery?.message).toMatch(/There is no good backup to restore/);
  });

  it('moves aside a data file that is a folder (unreadable) and starts empty', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'roster.json'));
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.reason).toBe('unreadable');
    expect(recovery?.message).toMatch(/there is a folder where the file should be/);
    expect(recovery?.movedTo).not.toBeNull();
    store.write(rosterWith(person('1')));
    expect(RosterStore.open({ dataDir: dir }).store.read().people).toHaveLength(1);
  });

  it.skipIf(process.platform === 'win32')('at once, never waiting on it: a named pipe as roster.json is set aside, one as the database refused', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'roster.json')]);
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.message).toMatch(/not a regular file/);
    store.write(rosterWith(person('1')));
    const other = tempDir();
    execFileSync('mkfifo', [path.join(other, 'roster.sqlite')]);
    expect(() => RosterStore.open({ dataDir: other })).toThrow(/is not a regular file/);
  });

  it('refuses in words what once ended as "this is a bug": people that are null, data nested 5,000 deep, a 500 MB file', () => {
    const deep = '{"x":'.repeat(5000) + '{}' + '}'.repeat(5000);
    const base = JSON.stringify(rosterWith(person('1')));
    const cases: [string, (file: string) => void, RegExp][] = [
      ['null people', (file) => fs.writeFileSync(file, JSON.stringify({ ...rosterWith(), people: null })), /people: must be a list \(value null\)/],
      ['deep nesting', (file) => fs.writeFileSync(file, base.replace('"employeeId"', `"extra":${deep},"employeeId"`)), /nested more than 64 levels deep/],
      ['a 500 MB file', (file) => fs.truncateSync((fs.writeFileSync(file, base), file), 500 * 1024 * 1024), /500 MB, far larger than any roster file/],
    ];
    for (const [label, write, says] of cases) {
      const dir = tempDir();
      write(path.join(dir, 'roster.json'));
      const { recovery } = RosterStore.open({ dataDir: dir });
      expect(recovery?.message, label).toMatch(says);
      expect(fs.readdirSync(dir).some((n) => n.startsWith('roster.corrupt-')), label).toBe(true);
    }
  });

  it('moves a damaged database aside, with its journal, never overwrites it, and offers the newest good backup', () => {
    const dir = tempDir();
    const first = RosterStore.open({ dataDir: dir, now: tickingClock() }).store;
    first.write(rosterWith(person('1'), person('2')));
    const good = first.backup('manual');
    first.close();
    const damaged = Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(5000, 7)]);
    fs.writeFileSync(first.dataFile, damaged);
    const { store, recovery } = RosterStore.open({ dataDir: dir, now: tickingClock('2026-04-01T08:00:00.000Z') });
    expect(recovery?.message).toMatch(/damaged/);
    expect(recovery?.movedTo).toBe(path.join(dir, 'roster.corrupt-2026-04-01T08-00-00-000Z.sqlite'));
    expect(fs.readFileSync(recovery?.movedTo ?? '').equals(damaged)).toBe(true);
    expect(recovery?.newestBackup?.name).toBe(good.name);
    expect(store.read().people).toEqual([]);
    expect(store.restoreBackup(good.name).people).toHaveLength(2);
    expect(fs.readFileSync(recovery?.movedTo ?? '').equals(damaged)).toBe(true);
  });

  it('leaves a database from a newer version as it is and saves nothing', () => {
    const dir = tempDir();
    const first = RosterStore.open({ dataDir: dir }).store;
    first.write(rosterWith(person('1')));
    first.close();
    const db = new DatabaseSync(first.dataFile);
    db.exec('PRAGMA user_version = 42');
    db.close();
    const bytes = fs.readFileSync(first.dataFile);
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.reason).toBe('newer-version');
    expect(recovery?.message).toMatch(/made by a newer version of Credential Roster \(database format 42/);
    expect(() => store.write(rosterWith(person('2')))).toThrow(/Nothing can be saved/);
    expect(fs.readFileSync(first.dataFile).equals(bytes)).toBe(true);
  });

  it.skipIf(isRoot)('moves aside a file this user may not read (skipped as root, who can read anything)', () => {
    const { dir, dataFile } = folderWithBadFile(JSON.stringify(rosterWith(person('5'))));
    fs.chmodSync(dataFile, 0o000);
    const { recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery?.reason).toBe('unreadable');
    expect(recovery?.message).toMatch(/not allowed to read the file/);
    const moved = recovery?.movedTo ?? '';
    fs.chmodSync(moved, 0o644);
    expect(JSON.parse(fs.readFileSync(moved, 'utf8')).people[0].employeeId).toBe('5');
  });
});
