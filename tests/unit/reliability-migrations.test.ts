/**
 * Every data format the app has ever written has a saved roster in tests/fixtures/reliability
 * (roster-v<N>.json), and every one of them opens in this version: unchanged when it is the
 * current format, else migrated step by step with a backup of the original taken first. When
 * the format changes, this test fails until the previous format's fixture and step exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, rosterDataSchema } from '../../electron/store/schema';
import { tempDir } from '../fixtures/store/roster-builders';

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

  it(`opens the format-${CURRENT_SCHEMA_VERSION} fixture unchanged, without writing or backing anything up`, () => {
    const { dir, dataFile, bytes } = folderWith(CURRENT_SCHEMA_VERSION);
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery).toBeNull();
    expect(store.read()).toEqual(JSON.parse(bytes.toString('utf8')));
    expect(fs.readFileSync(dataFile).equals(bytes)).toBe(true);
    expect(store.listBackups()).toEqual([]);
    // Every kind of record, optional field and odd value in it survives a save and a reopen.
    store.write(store.read());
    expect(RosterStore.open({ dataDir: dir }).store.read()).toEqual(JSON.parse(bytes.toString('utf8')));
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
