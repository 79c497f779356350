/** A file where the backups folder should be, and readable field names. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { StoreError } from '../../electron/store/errors';
import { describeIssues } from '../../electron/store/describe-issues';
import { emptyRoster, validateRoster } from '../../electron/store/schema';
import type { RosterData } from '../../shared/types';
import { person, rosterWith, tempDir } from '../fixtures/store/roster-builders';
import { storedFingerprint } from '../fixtures/stored-roster';


describe('a file where the backups folder should be', () => {
  it('gives plain words naming the path, and changes nothing', () => {
    const dir = tempDir();
    const { store } = RosterStore.open({ dataDir: dir });
    store.write(rosterWith(person('1')));
    fs.writeFileSync(store.backupsDir, 'a file where the backups folder should be');
    const before = storedFingerprint(dir);
    let thrown: unknown;
    try {
      store.backup('before import');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(StoreError);
    expect((thrown as Error).message).toBe(`The backup could not be written: ${store.backupsDir} is not a usable folder. Nothing was changed.`);
    expect(storedFingerprint(dir)).toBe(before);
    expect(fs.readFileSync(store.backupsDir, 'utf8')).toBe('a file where the backups folder should be');
    expect(store.listBackups()).toEqual([]);
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
