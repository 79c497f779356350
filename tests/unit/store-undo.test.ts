import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import { undoLastImport } from '../../electron/store/undo';
import { updatePerson, updateSettings } from '../../electron/store/operations';
import type { ImportRecord, RosterData } from '../../shared/types';
import { person, rosterWith, tempDir, tickingClock } from '../fixtures/store/roster-builders';
import { storedFingerprint, storedRoster } from '../fixtures/stored-roster';

/** Does what an import commit does: a backup first, then new people, a changed unit and an import record, in one change. */
function simulateImport(store: RosterStore, id: string, newPeople: readonly string[], { logged = true } = {}): ImportRecord {
  const backup = store.backup('before import of hr.csv');
  let record: ImportRecord | null = null;
  store.update(
    (d, change): RosterData => {
      record = { id, at: '2026-03-01T10:00:00.000Z', files: ['hr.csv'], backupFile: backup.name, created: newPeople.length, updated: 1, ...(logged ? { changeId: change.id } : {}) };
      const updated = updatePerson(d, '1', { unit: `Unit from ${id}` });
      return {
        ...updated,
        people: [...updated.people, ...newPeople.map((e) => person(e))],
        customCredentials: [...d.customCredentials, { code: `NEW-${id.toUpperCase()}`, name: 'Met in import', body: 'Unknown', coding: false, difAccepted: false, userDefined: true }],
        imports: [...d.imports, record],
      };
    },
    { source: 'import', detail: 'hr.csv' },
  );
  return record!;
}

describe('undoLastImport', () => {
  it('takes back exactly what the last import changed, keeps what was changed since, and drops its record', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1', { unit: 'Coding' }), person('9')));
    const first = simulateImport(store, 'imp-1', ['2', '3']);
    simulateImport(store, 'imp-2', ['4']);
    // Changes after the import are not part of it and survive the undo.
    store.update((d) => updateSettings(d, { organisationName: 'Mercy General' }));
    store.update((d) => updatePerson(d, '9', { jobTitle: 'Lead coder' }));

    expect(undoLastImport(store)).toEqual({ importId: 'imp-2', restoredPeople: 2 });
    const after = store.read();
    expect(after.people.map((p) => p.employeeId)).toEqual(['1', '9', '2', '3']);
    expect(after.people[0]?.unit).toBe('Unit from imp-1');
    expect(after.people[1]?.jobTitle).toBe('Lead coder');
    expect(after.imports).toEqual([first]);
    expect(after.customCredentials.map((c) => c.code)).toEqual(['NEW-IMP-1']);
    expect(after.settings.organisationName).toBe('Mercy General');
    expect(storedRoster(store.dataDir)).toEqual(after);
    expect(store.listBackups()[0]?.reason).toBe('before undo of import of hr.csv');
    expect(store.history()[0]).toMatchObject({ source: 'undo', detail: 'import of hr.csv' });

    expect(undoLastImport(store)).toEqual({ importId: 'imp-1', restoredPeople: 3 });
    expect(store.read().imports).toEqual([]);
    expect(store.read().people.map((p) => [p.employeeId, p.unit])).toEqual([['1', 'Coding'], ['9', undefined]]);
  });

  it('says there is nothing to undo', () => {
    const { store } = RosterStore.open({ dataDir: tempDir() });
    expect(() => undoLastImport(store)).toThrow('There is no import to undo.');
  });

  it('an import recorded before the change log comes back from its backup; without one, nothing changes', () => {
    const { store } = RosterStore.open({ dataDir: tempDir(), now: tickingClock() });
    store.write(rosterWith(person('1')));
    const record = simulateImport(store, 'imp-1', ['2'], { logged: false });
    fs.unlinkSync(path.join(store.backupsDir, record.backupFile));
    const before = storedFingerprint(store.dataDir);
    expect(() => undoLastImport(store)).toThrow(/cannot be undone.*There is no backup named/);
    expect(storedFingerprint(store.dataDir)).toBe(before);

    const second = simulateImport(store, 'imp-2', ['3'], { logged: false });
    expect(second.changeId).toBeUndefined();
    expect(undoLastImport(store).importId).toBe('imp-2');
    expect(store.read().people.map((p) => p.employeeId)).toEqual(['1', '2']);
  });
});
