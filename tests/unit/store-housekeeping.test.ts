/** Leftovers of a crash, a file where the backups folder should be, and readable field names. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { StoreError } from '../../electron/store/errors';
import { isTempFileName, removeStaleTempFiles, STALE_TEMP_AGE_MS } from '../../electron/store/stale-temp-files';
import { describeIssues } from '../../electron/store/describe-issues';
import { emptyRoster, validateRoster } from '../../electron/store/schema';
import type { RosterData } from '../../shared/types';
import { person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';

function touch(file: string, text: string, ageMs: number): void {
  fs.writeFileSync(file, text);
  const at = new Date(Date.now() - ageMs);
  fs.utimesSync(file, at, at);
}

describe('temp files left by an interrupted save', () => {
  it('recognises exactly the names the atomic writer uses for the data file', () => {
    expect(isTempFileName('roster.json.tmp-1732363200a1b2c3', 'roster.json')).toBe(true);
    for (const name of [
      'roster.json', 'roster.json.tmp-123', 'roster.json.tmp-1732363200a1b2cZ', 'roster.json.tmp-1732363200a1b2c3.bak',
      'xroster.json.tmp-1732363200a1b2c3', 'other.json.tmp-1732363200a1b2c3', 'rosterXjson.tmp-1732363200a1b2c3',
    ]) {
      expect(isTempFileName(name, 'roster.json'), name).toBe(false);
    }
  });

  it('removes stale ones when the store opens, and nothing else', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir, now: tickingClock() });
    store.write(rosterWith(person('1')));
    store.backup('manual');
    const hour = 3_600_000;
    touch(path.join(dir, 'roster.json.tmp-1700000000abcdef'), '{"cut short', hour);
    touch(path.join(dir, 'roster.json.tmp-1700000001000000'), '', 10 * hour);
    touch(path.join(dir, 'roster.json.tmp-1700000002fedcba'), '{"being written', 0);
    touch(path.join(dir, 'notes.json.tmp-1700000000abcdef'), 'not ours', hour);
    touch(path.join(dir, 'roster.corrupt-2026.json'), 'kept aside', hour);
    touch(path.join(store.backupsDir, 'roster.json.tmp-1700000000abcdef'), 'in the backups folder', hour);
    fs.mkdirSync(path.join(dir, 'roster.json.tmp-1700000003abcdef'));
    const dataBefore = fs.readFileSync(store.dataFile);
    const backupsBefore = fs.readdirSync(store.backupsDir).sort();

    const reopened = RosterStore.open({ dataDir: dir });
    expect(reopened.recovery).toBeNull();
    expect(fs.readdirSync(dir).sort()).toEqual(
      ['backups', 'notes.json.tmp-1700000000abcdef', 'roster.checked.json', 'roster.corrupt-2026.json', 'roster.json', 'roster.json.tmp-1700000002fedcba', 'roster.json.tmp-1700000003abcdef'].sort(),
    );
    expect(fs.readFileSync(store.dataFile).equals(dataBefore)).toBe(true);
    expect(fs.readdirSync(store.backupsDir).sort()).toEqual(backupsBefore);
    expect(reopened.store.read().people).toHaveLength(1);
  });

  it('keeps a temp file younger than the grace period, which may belong to a save in progress', () => {
    const dir = tempDir();
    const file = path.join(dir, 'roster.json');
    touch(path.join(dir, 'roster.json.tmp-1700000000abcdef'), 'x', STALE_TEMP_AGE_MS + 5_000);
    touch(path.join(dir, 'roster.json.tmp-1700000001abcdef'), 'x', STALE_TEMP_AGE_MS - 5_000);
    expect(removeStaleTempFiles(file, Date.now())).toEqual(['roster.json.tmp-1700000000abcdef']);
    expect(fs.readdirSync(dir)).toEqual(['roster.json.tmp-1700000001abcdef']);
  });

  it('does nothing, and does not fail, when the data folder does not exist yet', () => {
    expect(removeStaleTempFiles(path.join(tempDir(), 'missing', 'roster.json'), Date.now())).toEqual([]);
  });
});

describe('a file where the backups folder should be', () => {
  it('gives plain words naming the path, and changes nothing', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('1')));
    fs.writeFileSync(store.backupsDir, 'a file where the backups folder should be');
    const before = fs.readFileSync(store.dataFile);
    let thrown: unknown;
    try {
      store.backup('before import');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreError);
    expect((thrown as Error).message).toBe(`The backup could not be written: ${store.backupsDir} is not a usable folder. Nothing was changed.`);
    expect(fs.readFileSync(store.dataFile).equals(before)).toBe(true);
    expect(fs.readFileSync(store.backupsDir, 'utf8')).toBe('a file where the backups folder should be');
    expect(store.listBackups()).toEqual([]);
  });

  it('the same when the data file is gone and the backup is written from memory', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('1')));
    fs.rmSync(store.dataFile);
    fs.writeFileSync(store.backupsDir, 'in the way');
    expect(() => store.backup('manual')).toThrow(`${store.backupsDir} is not a usable folder`);
  });
});

describe('labels for the recertification fields', () => {
  const base = emptyRoster();
  const problemsIn = (data: RosterData): string => {
    const result = validateRoster(data);
    if (result.success) throw new Error('expected the data to be refused');
    return describeIssues(result.issues, data);
  };

  it.each<[string, RosterData, string]>([
    ['cycle start', rosterWith(person('7', { credentials: [{ id: 'c1', code: 'CPC', cycleStart: '2025-02-30' }] })), 'credential CPC, cycle start date: must be a date'],
    ['cycle end', rosterWith(person('7', { credentials: [{ id: 'c1', code: 'CPC', cycleStart: '2026-01-01', cycleEnd: '2025-01-01' }] })), 'credential CPC, cycle end date:'],
    ['AAPC membership', rosterWith(person('7', { aapcMembershipRenewsOn: 'soon' })), "AAPC membership renewal date: must be a date written YYYY-MM-DD (value 'soon')"],
    ['CEU entries', rosterWith(person('7', { credentials: [{ id: 'c1', code: 'CPC', ceuEntries: [{ date: '2025-01-01', title: 'A', hours: 1 }, { date: 'x', title: 'B', hours: 1 }] }] })), 'credential CPC, CEU entry 2, date:'],
    ['exam applications', rosterWith(person('7', { examApplications: [{ id: 'a1', appliedOn: 'x', extensions: [] }] })), 'exam application a1, appliedOn:'],
    ['reminders and lead days', { ...base, settings: { ...base.settings, reminders: { leadDays: [-1] } } }, 'reminder settings, reminder lead days, item 1:'],
    ['exam facts', { ...base, settings: { ...base.settings, examFacts: { passingScore: 500 } } }, 'exam facts: '],
    ['acknowledgements', { ...base, acknowledgements: [{ itemKey: 'k', at: '2026-01-01' }, { itemKey: '', at: '2026-01-01' }] }, 'acknowledgement 2, itemKey:'],
  ])('%s', (_label, data, expected) => {
    const text = problemsIn(data);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/\b(cycleStart|cycleEnd|aapcMembershipRenewsOn|reminders|examFacts|leadDays|ceuEntries|examApplications|acknowledgements)\b/);
  });
});
