import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Conf from 'conf';
import { RosterStore, type ConfFactory } from '../../electron/store/roster-store';
import { StoreError } from '../../electron/store/errors';
import { CURRENT_SCHEMA_VERSION, emptyRoster } from '../../electron/store/schema';
import type { RosterData } from '../../shared/types';
import { isRoot, person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';

describe('RosterStore round trip', () => {
  it('starts empty without writing anything when there is no file', () => {
    const dir = tempDir();
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery).toBeNull();
    expect(store.read()).toEqual(emptyRoster());
    expect(store.dataFile).toBe(path.join(dir, 'roster.json'));
    expect(fs.existsSync(store.dataFile)).toBe(false);
  });

  it('writes with conf and reads the same data back after reopening', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    const data = rosterWith(
      person('00123', {
        unit: 'Inpatient Coding',
        fte: 0.8,
        credentials: [{ id: 'c1', code: 'CCS', earnedOn: '2020-05-01', expiresOn: '2026-12-31' }],
        experience: [{ id: 'e1', start: '2019-01-01', directCoding: true }],
        education: [{ id: 'd1', program: 'Coding certificate', components: ['cpt-coding'] }],
      }),
    );
    store.write(data);
    const reopened = RosterStore.open({ dataDir: dir });
    expect(reopened.recovery).toBeNull();
    expect(reopened.store.read()).toEqual(data);
    // conf reads the same file, so the desktop app and the CLI agree.
    const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'roster', accessPropertiesByDotNotation: false });
    expect(conf.store).toEqual(data);
  });

  it('writes compact JSON, one line', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('1'), person('2')));
    const text = fs.readFileSync(store.dataFile, 'utf8');
    expect(text).not.toContain('\n');
    expect(text).not.toContain('__internal__');
    expect(JSON.parse(text).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('opens a file a text editor saved with a byte-order mark', () => {
    const dir = tempDir();
    const data = rosterWith(person('1'));
    fs.writeFileSync(path.join(dir, 'roster.json'), `\uFEFF${JSON.stringify(data, null, 2)}`);
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery).toBeNull();
    expect(store.read()).toEqual(data);
  });

  it('update applies the mutator to the current data and saves it', () => {
    const { store } = RosterStore.open({ dataDir: tempDir() });
    store.write(rosterWith(person('1')));
    const after = store.update((d) => ({ ...d, people: [...d.people, person('2')] }));
    expect(after.people.map((p) => p.employeeId)).toEqual(['1', '2']);
    expect(RosterStore.open({ dataDir: store.dataDir }).store.read().people).toHaveLength(2);
  });
});

describe('RosterStore refuses bad writes', () => {
  function storeWithOnePerson() {
    const { store } = RosterStore.open({ dataDir: tempDir() });
    store.write(rosterWith(person('00123', { credentials: [{ id: 'c1', code: 'CCS', expiresOn: '2027-01-01' }] })));
    return { store, bytes: fs.readFileSync(store.dataFile) };
  }

  it('names the person, the record, the field and the value', () => {
    const { store, bytes } = storeWithOnePerson();
    const bad = {
      ...store.read(),
      people: [person('00123', { credentials: [{ id: 'c1', code: 'CCS', expiresOn: '2024-13-01' }] })],
    };
    expect(() => store.write(bad)).toThrow(StoreError);
    expect(() => store.write(bad)).toThrow(
      /employee ID 00123 \(Coder00123, Ann\), credential CCS, expiry date: must be a date written YYYY-MM-DD \(value '2024-13-01'\)/,
    );
    expect(fs.readFileSync(store.dataFile).equals(bytes)).toBe(true);
    expect(store.read().people[0]?.credentials[0]?.expiresOn).toBe('2027-01-01');
  });

  it('refuses a duplicate employee ID', () => {
    const { store, bytes } = storeWithOnePerson();
    expect(() => store.update((d) => ({ ...d, people: [...d.people, person('00123')] }))).toThrow(
      /Employee ID 00123 appears more than once/,
    );
    expect(fs.readFileSync(store.dataFile).equals(bytes)).toBe(true);
  });

  it('refuses data of another format version', () => {
    const { store, bytes } = storeWithOnePerson();
    expect(() => store.write({ ...store.read(), schemaVersion: 99 })).toThrow(/data format 99/);
    expect(fs.readFileSync(store.dataFile).equals(bytes)).toBe(true);
  });

  it('reports a full disk in plain words and keeps the previous data', () => {
    const dir = tempDir();
    let calls = 0;
    // A backend whose second write fails as a full disk would.
    const failing: ConfFactory = (options) => {
      const conf = new Conf<Record<string, unknown>>({ ...options, accessPropertiesByDotNotation: false });
      return {
        get path() {
          return conf.path;
        },
        get store() {
          return conf.store;
        },
        set store(value: unknown) {
          calls += 1;
          if (calls > 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          conf.store = value as Record<string, unknown>;
        },
      };
    };
    const { store } = RosterStore.open({ dataDir: dir, createBackend: failing });
    const first = rosterWith(person('1'));
    store.write(first);
    const bytes = fs.readFileSync(store.dataFile);
    expect(() => store.write(rosterWith(person('1'), person('2')))).toThrow(
      'The roster could not be saved: the disk is full. Nothing was changed.',
    );
    expect(store.read()).toEqual(first);
    expect(fs.readFileSync(store.dataFile).equals(bytes)).toBe(true);
  });

  it.skipIf(isRoot)('reports a folder it may not write to (skipped as root, who may write anywhere)', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('1')));
    const bytes = fs.readFileSync(store.dataFile);
    fs.chmodSync(dir, 0o555);
    try {
      expect(() => store.write(rosterWith(person('1'), person('2')))).toThrow(/not allowed to write in/);
      expect(fs.readFileSync(store.dataFile).equals(bytes)).toBe(true);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('keeps a person with leading zeros and every optional field exactly', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    const full: RosterData = rosterWith(
      person('000042', {
        jobTitle: 'Coder II', employmentStatus: 'leave', hireDate: '2015-02-28', fte: 1.5, email: 'a.coder@example.org',
        isRn: false, hsDiploma: true, notes: 'Night shift',
      }),
    );
    store.write(full);
    expect(RosterStore.open({ dataDir: store.dataDir }).store.read()).toEqual(full);
  });
});
