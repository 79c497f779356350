/** The data file's text: ASCII only, the same data after parsing, and old UTF-8 files still open. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import Conf from 'conf';
import { RosterStore } from '../../electron/store/roster-store';
import { confBackend } from '../../electron/store/conf-backend';
import { serializeRosterJson } from '../../electron/store/roster-json';
import type { RosterData } from '../../shared/types';
import { person, rosterWith, tempDir } from '../fixtures/store/roster-builders';

const NAMES = ['José Núñez', 'Zoë Brontë', 'St. Luke’s', '“Quoted” — dash', 'Łódź', '李小龍', 'Emoji 😀🏥', 'Ångström'];

function accented(): RosterData {
  const people = NAMES.map((name, i) =>
    person(String(i + 1), {
      firstName: name,
      unit: `Unit ${name}`,
      notes: `Line one\nline “two” ${name}`,
      experience: [{ id: `x${i}`, employer: 'St. Luke’s Hospital', start: '2020-01-01', directCoding: true }],
    }),
  );
  return { ...rosterWith(...people), settings: { ...rosterWith().settings, organisationName: 'Hôpital Saint‑Éloi' } };
}

const isAscii = (bytes: Buffer): boolean => bytes.every((b) => b < 0x80);

describe('serializeRosterJson', () => {
  it('writes only ASCII and parses back to the same value', () => {
    const data = accented();
    const text = serializeRosterJson(data);
    expect(isAscii(Buffer.from(text, 'utf8'))).toBe(true);
    expect(text).toContain('St. Luke\\u2019s');
    expect(text).toContain('\\ud83d\\ude00');
    expect(JSON.parse(text)).toEqual(data);
  });

  it('is exactly JSON.stringify for ASCII data, and the same value for any JSON data', () => {
    const ascii = rosterWith(person('1', { notes: 'plain "quoted" \\ text' }), person('2'));
    expect(serializeRosterJson(ascii)).toBe(JSON.stringify(ascii));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = serializeRosterJson(value);
        expect(isAscii(Buffer.from(text, 'utf8'))).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('serialises long arrays piece by piece without changing a character', () => {
    const people = Array.from({ length: 2503 }, (_, i) => person(String(i), { firstName: i % 7 === 0 ? 'Zoë' : 'Ann' }));
    const data = { ...rosterWith(...people), extra: undefined, fn: () => 1, list: [undefined, 1] };
    const expected = JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(serializeRosterJson(data)).toBe(expected);
  });

  it('leaves out what JSON leaves out, and handles values that are not records', () => {
    expect(serializeRosterJson({ a: undefined, b: 1, c: [] })).toBe('{"b":1,"c":[]}');
    expect(serializeRosterJson({ when: new Date('2026-01-02T03:04:05.000Z') })).toBe('{"when":"2026-01-02T03:04:05.000Z"}');
    expect(serializeRosterJson('Ünïcode')).toBe('"\\u00dcn\\u00efcode"');
    expect(serializeRosterJson([1, 'é'])).toBe('[1,"\\u00e9"]');
    expect(serializeRosterJson(null)).toBe('null');
  });
});

describe('the roster file on disk', () => {
  it('is pure ASCII, and names with accents, curly quotes and emoji come back unchanged', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    const data = accented();
    store.write(data);
    expect(isAscii(fs.readFileSync(store.dataFile))).toBe(true);
    const reopened = RosterStore.open({ dataDir: dir });
    expect(reopened.recovery).toBeNull();
    expect(reopened.store.read()).toEqual(data);
    expect(reopened.store.read().people.map((p) => p.firstName)).toEqual(NAMES);
  });

  it('backups written from memory are ASCII too', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(accented());
    fs.rmSync(store.dataFile);
    const info = store.backup('manual');
    expect(isAscii(fs.readFileSync(path.join(store.backupsDir, info.name)))).toBe(true);
    expect(store.readBackup(info.name)).toEqual(accented());
  });

  it('still opens a file written with raw UTF-8, and the next save makes it ASCII', () => {
    const dir = tempDir();
    const data = accented();
    fs.writeFileSync(path.join(dir, 'roster.json'), JSON.stringify(data), 'utf8');
    expect(isAscii(fs.readFileSync(path.join(dir, 'roster.json')))).toBe(false);
    const { store, recovery } = RosterStore.open({ dataDir: dir });
    expect(recovery).toBeNull();
    expect(store.read()).toEqual(data);
    store.write(store.read());
    expect(isAscii(fs.readFileSync(store.dataFile))).toBe(true);
    expect(RosterStore.open({ dataDir: dir }).store.read()).toEqual(data);
  });

  it('reads the same through plain conf, as any other reader of the file would', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(accented());
    const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'roster', accessPropertiesByDotNotation: false });
    expect(conf.store).toEqual(accented());
  });

  it('the backend does not parse the existing file again when it is created for the first save', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'roster.json'), JSON.stringify(rosterWith(person('1'))));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      confBackend({ cwd: dir, configName: 'roster' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('1'), person('2')));
    expect(RosterStore.open({ dataDir: dir }).store.read().people).toHaveLength(2);
  });
});
