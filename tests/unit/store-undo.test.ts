import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { undoLastImport } from '../../electron/store/undo';
import { updateSettings } from '../../electron/store/operations';
import type { ImportRecord, RosterData } from '../../shared/types';
import { person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';

/** Does what an import commit does: a backup first, then the new people and an import record. */
function simulateImport(store: RosterStore, id: string, newPeople: readonly string[]): ImportRecord {
  const backup = store.backup('before-import');
  const record: ImportRecord = { id, at: '2026-03-01T10:00:00.000Z', files: ['hr.csv'], backupFile: backup.name, created: newPeople.length, updated: 0 };
  store.update((d): RosterData => ({
    ...d,
    people: [...d.people, ...newPeople.map((e) => person(e))],
    customCredentials: [...d.customCredentials, { code: `NEW-${id.toUpperCase()}`, name: 'Met in import', body: 'Unknown', coding: false, difAccepted: false, userDefined: true }],
    imports: [...d.imports, record],
  }));
  return record;
}

describe('undoLastImport', () => {
  it('restores the people from before the last import and drops its record', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    const first = simulateImport(store, 'imp-1', ['2', '3']);
    simulateImport(store, 'imp-2', ['4']);
    // A settings change after the import is not part of it and survives the undo.
    store.update((d) => updateSettings(d, { organisationName: 'Mercy General' }));

    expect(undoLastImport(store)).toEqual({ importId: 'imp-2', restoredPeople: 3 });
    const after = store.read();
    expect(after.people.map((p) => p.employeeId)).toEqual(['1', '2', '3']);
    expect(after.imports).toEqual([first]);
    expect(after.customCredentials.map((c) => c.code)).toEqual(['NEW-IMP-1']);
    expect(after.settings.organisationName).toBe('Mercy General');
    expect(RosterStore.open({ dataDir: store.dataDir }).store.read()).toEqual(after);
    expect(store.listBackups()[0]?.name).toMatch(/before-undo\.json$/);

    expect(undoLastImport(store)).toEqual({ importId: 'imp-1', restoredPeople: 1 });
    expect(store.read().imports).toEqual([]);
  });

  it('says there is nothing to undo', () => {
    const { store } = RosterStore.open({ dataDir: tempDir() });
    expect(() => undoLastImport(store)).toThrow('There is no import to undo.');
  });

  it('explains when the copy taken before the import is gone, and changes nothing', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    const record = simulateImport(store, 'imp-1', ['2']);
    fs.unlinkSync(path.join(store.backupsDir, record.backupFile));
    const bytes = fs.readFileSync(store.dataFile);
    expect(() => undoLastImport(store)).toThrow(/cannot be undone.*There is no backup named/);
    expect(fs.readFileSync(store.dataFile).equals(bytes)).toBe(true);
  });
});
