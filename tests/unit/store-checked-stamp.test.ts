/**
 * The stamp beside the data file: a file the store saved opens without its people being checked
 * again, and anything else (edited, damaged, another build's, a missing or bad stamp) is checked in full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { readDataFile } from '../../electron/store/read-data-file';
import { CHECKS_ID, digestOf, stampFileOf } from '../../electron/store/checked-stamp';
import { person, rosterWith, tempDir } from '../fixtures/store/roster-builders';

function savedStore(): RosterStore {
  const { store } = RosterStore.open({ dataDir: tempDir('store-stamp-') });
  store.write(rosterWith(person('000001', { firstName: 'José' }), person('000002')));
  return store;
}

describe('digestOf', () => {
  it('gives a text the size and SHA-256 of its UTF-8 bytes, whether or not it is ASCII', () => {
    for (const text of ['{"people":[]}', 'José', 'St. Luke’s', 'emoji 😀', 'lone \ud800 half', '']) {
      expect(digestOf(text)).toEqual(digestOf(Buffer.from(text, 'utf8')));
    }
  });
});

describe('the checked stamp', () => {
  it('marks the file the store wrote, so opening it skips the people checks and gives the same data', () => {
    const store = savedStore();
    const state = readDataFile(store.dataFile);
    expect(state).toMatchObject({ kind: 'ok', stamped: true });
    expect(state.kind === 'ok' && state.data).toEqual(store.read());
    const stamp = JSON.parse(fs.readFileSync(stampFileOf(store.dataFile), 'utf8')) as Record<string, unknown>;
    expect(stamp).toMatchObject({ checks: CHECKS_ID, size: fs.statSync(store.dataFile).size });
    expect(path.basename(stampFileOf(store.dataFile))).toBe('roster.checked.json');
  });

  it('an edited file no longer matches: it is checked in full and a bad value is found', () => {
    const store = savedStore();
    const text = fs.readFileSync(store.dataFile, 'utf8');
    // Same length, so only the digest can tell: the status becomes a value the schema refuses.
    fs.writeFileSync(store.dataFile, text.replace('"employmentStatus":"active"', '"employmentStatus":"ACTIVE"'));
    const state = readDataFile(store.dataFile);
    expect(state).toMatchObject({ kind: 'bad', problem: 'invalid' });
    expect(state.kind === 'bad' && state.detail).toMatch(/employ/i);
  });

  it('a valid edit is checked in full and opens', () => {
    const store = savedStore();
    fs.writeFileSync(store.dataFile, fs.readFileSync(store.dataFile, 'utf8').replace('"lastName":"', '"lastName":"Mc'));
    expect(readDataFile(store.dataFile)).toMatchObject({ kind: 'ok', stamped: false });
  });

  it('a stamp from other checks, a damaged stamp or none at all means a full check', () => {
    const store = savedStore();
    const stampFile = stampFileOf(store.dataFile);
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(stampFile, JSON.stringify({ ...stamp, checks: 'format-1-checks-0' }));
    expect(readDataFile(store.dataFile)).toMatchObject({ kind: 'ok', stamped: false });
    for (const bad of ['', '{', 'null', '[]', '{"checks":1}']) {
      fs.writeFileSync(stampFile, bad);
      expect(readDataFile(store.dataFile)).toMatchObject({ kind: 'ok', stamped: false });
    }
    fs.rmSync(stampFile);
    expect(readDataFile(store.dataFile)).toMatchObject({ kind: 'ok', stamped: false });
  });

  it('every save renews the stamp; a stamp that cannot be written never fails the save', () => {
    const store = savedStore();
    store.update((d) => ({ ...d, people: [...d.people, person('000003')] }));
    expect(readDataFile(store.dataFile)).toMatchObject({ kind: 'ok', stamped: true });
    const stampFile = stampFileOf(store.dataFile);
    fs.rmSync(stampFile);
    fs.mkdirSync(stampFile);
    expect(() => store.update((d) => ({ ...d, people: d.people.slice(1) }))).not.toThrow();
    expect(readDataFile(store.dataFile)).toMatchObject({ kind: 'ok', stamped: false });
    expect(RosterStore.open({ dataDir: store.dataDir }).store.read().people.map((p) => p.employeeId)).toEqual(['000002', '000003']);
  });
});
