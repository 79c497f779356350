/**
 * Every JSON format the app wrote before its database has a saved roster in
 * tests/fixtures/reliability (roster-v<N>.json), and every one of them moves into the database
 * whole, migrated step by step, with the file itself left as it was. When the format changes,
 * this test fails until the previous format's fixture and step exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, rosterDataSchema } from '../../electron/store/schema';
import { person, rosterWith, tempDir } from '../fixtures/store/roster-builders';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/reliability');
const fixtureFile = (version: number): string => path.join(FIXTURES, `roster-v${version}.json`);
const VERSIONS = Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1);

/** A data folder holding a copy of the fixture as its roster file. */
function folderWith(version: number): { dir: string; dataFile: string; bytes: Buffer } {
  const dir = tempDir('reliability-migration-');
  const dataFile = path.join(dir, 'roster.json');
  fs.copyFileSync(fixtureFile(version), dataFile);
  return { dir, dataFile, bytes: fs.readFileSync(dataFile) };
}

describe('saved rosters of every data format', () => {
  it.each(VERSIONS)('has a fixture of format %i', (version) => {
    expect(fs.existsSync(fixtureFile(version)), `add ${fixtureFile(version)}: a roster saved by a version of the app writing format ${version}`).toBe(true);
    const raw = JSON.parse(fs.readFileSync(fixtureFile(version), 'utf8')) as { schemaVersion: unknown; people: unknown[] };
    expect(raw.schemaVersion).toBe(version);
    expect(raw.people.length).toBeGreaterThan(0);
  });

  it.each(VERSIONS.filter((v) => v < CURRENT_SCHEMA_VERSION))('has a step from format %i', (version) => {
    expect(typeof MIGRATIONS[version]).toBe('function');
  });

  it(`moves the format-${CURRENT_SCHEMA_VERSION} file into the database whole, leaving the file untouched and among the backups`, () => {
    const { dir, dataFile, bytes } = folderWith(CURRENT_SCHEMA_VERSION);
    const { store, recovery } = RosterStore.open({ dataDir: dir, user: 'hmanager' });
    expect(recovery).toBeNull();
    // Every kind of record, optional field and odd value in it comes out of the database as it went in.
    expect(store.read()).toEqual(JSON.parse(bytes.toString('utf8')));
    expect(fs.readFileSync(dataFile).equals(bytes)).toBe(true);
    const copy = store.listBackups().find((b) => b.name.endsWith('.json'));
    expect(copy?.reason).toBe('roster json before the database');
    expect(fs.readFileSync(path.join(store.backupsDir, copy?.name ?? '')).equals(bytes)).toBe(true);
    expect(store.readBackup(copy?.name ?? '')).toEqual(store.read());
    const log = store.history();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((e) => e.source === 'migration' && e.detail === 'roster.json' && e.user === 'hmanager')).toBe(true);
    // Opening again reads the database; the file is not moved in twice.
    expect(RosterStore.open({ dataDir: dir }).store.history()).toHaveLength(log.length);
  });

  it('a move cut short (here by a full disk, past the tables, in the middle of the people) leaves no half database: the next start moves the file in whole', () => {
    const dir = tempDir('reliability-migration-');
    const roster = rosterWith(...Array.from({ length: 2000 }, (_, i) => person(String(10_000 + i), { notes: 'n'.repeat(100) })));
    const dataFile = path.join(dir, 'roster.json');
    fs.writeFileSync(dataFile, JSON.stringify(roster));
    const bytes = fs.readFileSync(dataFile);
    // The empty tables take 36 pages; 2,000 people take far more than the 24 left.
    expect(() => RosterStore.open({ dataDir: dir, maxPages: 60 })).toThrow(/the disk is full/);
    expect(fs.readFileSync(dataFile).equals(bytes)).toBe(true);
    const { store } = RosterStore.open({ dataDir: dir });
    expect(store.read()).toEqual(roster);
  });

  it.each(VERSIONS.filter((v) => v < CURRENT_SCHEMA_VERSION))(
    'migrates the format-%i fixture to the current format, keeping the original as a backup',
    (version) => {
      const { dir, dataFile, bytes } = folderWith(version);
      const { data, fromVersion } = migrate(JSON.parse(bytes.toString('utf8')));
      expect(fromVersion).toBe(version);
      expect(rosterDataSchema.safeParse(data).success).toBe(true);
      const { store, recovery } = RosterStore.open({ dataDir: dir });
      expect(recovery).toBeNull();
      expect(store.read()).toEqual(data);
      expect(JSON.parse(fs.readFileSync(dataFile, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      const backup = store.listBackups().find((b) => b.name.endsWith(`-before-migration-from-v${version}.json`));
      expect(backup).toBeDefined();
      expect(fs.readFileSync(path.join(store.backupsDir, backup?.name ?? '')).equals(bytes)).toBe(true);
    },
  );
});
