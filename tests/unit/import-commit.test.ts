import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ImportRejectedError, commitImport } from '../../electron/import/commit';
import { RosterStore } from '../../electron/store/roster-store';
import type { ImportProgress } from '../../shared/view-models';
import { findPerson, person, sample, tempDir, tempFile } from '../fixtures/import/helpers';
import { storedFingerprint } from '../fixtures/stored-roster';

function openStore(): RosterStore {
  const { store } = RosterStore.open({ dataDir: tempDir('import-store-') });
  store.write({ ...store.read(), people: [person('0042', { firstName: 'Ann', lastName: 'Lee', unit: 'Coding' })] });
  return store;
}

const NOW = () => new Date('2026-03-01T12:00:00Z');

describe('commitImport with the real store', () => {
  it('backs up first, then writes the roster and the import record in one write', async () => {
    const store = openStore();
    const before = store.read();
    const write = vi.spyOn(store, 'update');
    const backup = vi.spyOn(store, 'backup');
    const progress: ImportProgress['phase'][] = [];
    const result = await commitImport(store, [sample('hris-long-export.csv'), sample('coding-experience.csv')], {}, (p) => progress.push(p.phase), NOW);

    expect(backup).toHaveBeenCalledTimes(1);
    expect(backup).toHaveBeenCalledWith('before import of hris-long-export.csv, coding-experience.csv');
    expect(write).toHaveBeenCalledTimes(1);
    expect(backup.mock.invocationCallOrder[0]).toBeLessThan(write.mock.invocationCallOrder[0] ?? 0);
    expect(result).toMatchObject({ created: 64, updated: 0, unchanged: 0, skippedRows: 0 });
    // The backup holds the data as it was before the import.
    expect(store.readBackup(result.backupFile)).toEqual(before);

    const saved = RosterStore.open({ dataDir: store.dataDir }).store.read();
    expect(saved.people).toHaveLength(65);
    expect(findPerson(saved, '053701').experience).toHaveLength(2);
    expect(saved.imports).toEqual([{
      id: result.importId, at: '2026-03-01T12:00:00.000Z', files: ['hris-long-export.csv', 'coding-experience.csv'],
      backupFile: result.backupFile, created: 64, updated: 0, changeId: expect.any(Number),
    }]);
    expect(progress[0]).toBe('reading');
    expect(progress.slice(-3)).toEqual(['writing', 'writing', 'done']);
    expect(progress.filter((p) => p === 'done')).toHaveLength(1);
  });

  it('a rejected import leaves the data file byte-for-byte unchanged and takes no backup', async () => {
    const store = openStore();
    const before = storedFingerprint(store.dataDir);
    const file = tempFile('bad.csv', 'Employee ID,Name,Expiration Date,Cert\n1,Bo Ray,02/30/2025,CCS\n2,Cy Fox,01/01/2025,CCS\n');
    const error = await commitImport(store, [file], {}, undefined, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const rejected = error as ImportRejectedError;
    expect(rejected.message).toMatch(/^Nothing was imported: 1 problem must be fixed first \(1 row affected\)\. The first: bad\.csv, row 2: Expiration Date "02\/30\/2025"/);
    expect(rejected.preview.invalidRows).toBe(1);
    expect(storedFingerprint(store.dataDir)).toBe(before);
    expect(fs.existsSync(store.backupsDir) ? fs.readdirSync(store.backupsDir) : []).toEqual([]);
  });

  it('with skipInvalid, commits the valid rows and counts the skipped ones', async () => {
    const store = openStore();
    const file = tempFile('some-bad.csv', 'Employee ID,Name,Expiration Date,Cert\n1,Bo Ray,02/30/2025,CCS\n2,Cy Fox,01/01/2025,CCS\n0042,,,CPC\n');
    const result = await commitImport(store, [file], { skipInvalid: true }, undefined, NOW);
    expect(result).toMatchObject({ created: 1, updated: 1, skippedRows: 1 });
    const saved = store.read();
    expect(saved.people.map((p) => p.employeeId)).toEqual(['0042', '2']);
    expect(findPerson(saved, '0042')).toMatchObject({ firstName: 'Ann', unit: 'Coding', credentials: [expect.objectContaining({ code: 'CPC' })] });
  });

  it('saves user-defined credentials the store accepts', async () => {
    const store = openStore();
    const file = tempFile('odd.csv', 'Employee ID,Cert,Issuer\n0042,CHC,HCCA\n');
    await commitImport(store, [file], {}, undefined, NOW);
    expect(store.read().customCredentials).toEqual([expect.objectContaining({ code: 'CHC', body: 'HCCA', userDefined: true })]);
  });
});
