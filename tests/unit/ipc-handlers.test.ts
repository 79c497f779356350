/**
 * The handlers end to end on a real store in a temp folder: what the window asks for, what lands
 * on disk, and what is remembered.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc';
import { RosterStore } from '../../electron/store/roster-store';
import { createHandlers, type HandlerDeps, type Handlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { headerSignature } from '../../electron/import/columns';
import { storedFingerprint, storedRoster } from '../fixtures/stored-roster';

const AS_OF = '2026-01-15';

interface Recorder {
  saveAnswers: (string | null)[];
  saveRequests: { defaultName: string; extensions: string[] }[];
  events: { event: string; payload: unknown }[];
  shown: string[];
}

describe('IPC handlers on a real store', () => {
  let dir: string;
  let store: RosterStore;
  let rec: Recorder;
  let handlers: Handlers;

  async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(handlers, channel, input, { log: (m, e) => { throw new Error(`${m}: ${String(e)}`); } });
    if (!result.ok) throw new Error(`${channel} refused: ${result.error}`);
    return result.value;
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'roster-handlers-'));
    store = RosterStore.open({ dataDir: path.join(dir, 'data') }).store;
    rec = { saveAnswers: [], saveRequests: [], events: [], shown: [] };
    let n = 0;
    const deps: HandlerDeps = {
      store,
      appName: 'Credential Roster',
      appVersion: '9.9.9',
      newId: () => `rec-${++n}`,
      dialogs: {
        openImportFiles: async () => null,
        saveFile: async (defaultName, filters) => {
          rec.saveRequests.push({ defaultName, extensions: filters.flatMap((f) => f.extensions) });
          return rec.saveAnswers.shift() ?? null;
        },
      },
      shell: { showInFolder: (file) => void rec.shown.push(file), openExternal: async () => undefined },
      emit: (event, payload) => void rec.events.push({ event, payload }),
      now: () => new Date('2026-01-15T09:00:00Z'),
    };
    handlers = createHandlers(deps);
  });

  it('describes the app and its rule sets', async () => {
    const info = await call('app:info', undefined);
    expect(info).toMatchObject({ name: 'Credential Roster', version: '9.9.9', dataDir: store.dataDir });
    expect(info.ruleSets.map((r) => r.id).sort()).toEqual(['ccs-recommended', 'ccs-required']);
  });

  it('creates and edits a person, and every change is on disk', async () => {
    await call('person:create', {
      person: { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active', unit: 'Inpatient' },
    });
    const withCredential = await call('credential:save', {
      employeeId: '00123',
      credential: { code: 'ccs', earnedOn: '2020-03-01', expiresOn: '2027-03-01' },
    });
    expect(withCredential.credentials).toEqual([expect.objectContaining({ id: 'rec-1', code: 'CCS' })]);
    await call('experience:save', { employeeId: '00123', experience: { start: '2019-01-01', directCoding: true } });
    await call('education:save', { employeeId: '00123', education: { program: 'Coding certificate', components: ['icd-coding'] } });
    const updated = await call('person:update', { employeeId: '00123', changes: { jobTitle: 'Coder II' } });
    expect(updated).toMatchObject({ jobTitle: 'Coder II', unit: 'Inpatient' });

    const onDisk = storedRoster(store.dataDir);
    expect(onDisk.people).toHaveLength(1);
    expect(onDisk.people[0]).toMatchObject({ employeeId: '00123', jobTitle: 'Coder II' });
    expect([onDisk.people[0]!.credentials.length, onDisk.people[0]!.experience.length, onDisk.people[0]!.education.length]).toEqual([1, 1, 1]);

    const roster = await call('roster:list', { asOf: AS_OF });
    expect(roster.people).toEqual([expect.objectContaining({ employeeId: '00123', ccsStatus: 'certified' })]);
    const detail = await call('person:get', { asOf: AS_OF, employeeId: '00123' });
    expect(detail.person.employeeId).toBe('00123');
    const dashboard = await call('dashboard:get', { asOf: AS_OF });
    expect(dashboard.headline.people).toBe(1);

    const removed = await call('credential:delete', { employeeId: '00123', id: 'rec-1' });
    expect(removed.credentials).toEqual([]);
    await call('person:delete', { employeeId: '00123' });
    expect((await call('roster:list', { asOf: AS_OF })).people).toEqual([]);
  });

  it('adds custom credentials to the catalog and keeps settings', async () => {
    const catalog = await call('catalog:add', {
      credential: { code: 'xyz', name: 'Example credential', body: 'Example Board', coding: true, difAccepted: false },
    });
    expect(catalog).toContainEqual(expect.objectContaining({ code: 'XYZ', userDefined: true }));
    expect(await call('catalog:list', undefined)).toContainEqual(expect.objectContaining({ code: 'XYZ' }));
    const settings = await call('settings:update', { expiryWarningDays: 45, organisationName: 'St. Example' });
    expect(settings).toMatchObject({ expiryWarningDays: 45, organisationName: 'St. Example' });
    expect(await call('settings:get', undefined)).toEqual(settings);
  });

  describe('import', () => {
    const headers = ['Badge', 'Surname', 'Given name', 'Cert', 'Earned', 'Expires', 'Shoe size'];
    const writeExport = (): string => {
      const file = path.join(dir, 'hr export.csv');
      writeFileSync(
        file,
        [
          headers.join(','),
          '00501,Quispe,Kofi,CCS,2018-09-24,2026-09-24,9',
          '00502,Nakamura,Rosa,RHIA,2016-07-27,2027-07-27,7',
        ].join('\n'),
      );
      return file;
    };
    const mapping = { Badge: 'employee_id', Surname: 'last_name', 'Given name': 'first_name', Cert: 'credential', Earned: 'earned_on', Expires: 'expires_on', 'Shoe size': '' } as const;

    it('previews without writing or remembering anything', async () => {
      const file = writeExport();
      const before = storedFingerprint(store.dataDir);
      const preview = await call('import:preview', { files: [file], options: { mapping } });
      expect(preview).toMatchObject({ toCreate: 2, canCommit: true });
      expect(storedFingerprint(store.dataDir)).toBe(before);
      expect((await call('settings:get', undefined)).importMappings).toEqual({});
    });

    it('commits, remembers the mapping for these headers, reports progress, and can be undone', async () => {
      await call('person:create', { person: { employeeId: '00001', firstName: 'Ana', lastName: 'Diaz', employmentStatus: 'active' } });
      const file = writeExport();
      const writes = vi.spyOn(store, 'update');
      const result = await call('import:commit', { files: [file], options: { mapping } });
      expect(result).toMatchObject({ created: 2 });
      // The people, the import record and the remembered mapping land in one change.
      expect(writes).toHaveBeenCalledTimes(1);
      writes.mockRestore();
      const logged = store.history({ changeId: store.read().imports[0]?.changeId ?? 0 });
      expect(new Set(logged.map((e) => e.record))).toEqual(new Set(['person', 'import', 'import-mapping']));
      expect(logged.every((e) => e.source === 'import' && e.detail === 'hr export.csv')).toBe(true);
      expect((await call('roster:list', { asOf: AS_OF })).people).toHaveLength(3);

      const remembered = (await call('settings:get', undefined)).importMappings[headerSignature(headers)];
      expect(remembered).toEqual(mapping);
      expect(rec.events.some((e) => e.event === 'import:progress')).toBe(true);

      // The import took a backup of the roster as it was, which undo goes back to.
      const backups = await call('backups:list', undefined);
      expect(backups.length).toBeGreaterThan(0);
      const traceless = await dispatch(handlers, 'backups:restore', { name: '../roster.json' });
      expect(traceless.ok).toBe(false);

      const undone = await call('import:undo', undefined);
      expect(undone.importId).toBe(result.importId);
      expect((await call('roster:list', { asOf: AS_OF })).people.map((p) => p.employeeId)).toEqual(['00001']);
      // The change log keeps the import and its undo, one after the other.
      expect((await call('person:history', { employeeId: '00501' })).map((e) => [e.source, e.kind])).toEqual([['undo', 'removed'], ['import', 'added']]);
    });
  });

  it('writes a report where the user chose, with the .xlsx extension added', async () => {
    await call('person:create', { person: { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active', isRn: true } });
    rec.saveAnswers.push(path.join(dir, 'dif report'));
    const written = await call('export:run', { kind: 'dif', options: { asOf: AS_OF } });
    expect(written?.file).toBe(path.join(dir, 'dif report.xlsx'));
    expect(readFileSync(path.join(dir, 'dif report.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(rec.saveRequests).toEqual([{ defaultName: `magnet-dif-${AS_OF}.xlsx`, extensions: ['xlsx'] }]);
  });

  it('saves the import template in the chosen format', async () => {
    rec.saveAnswers.push(path.join(dir, 'template.csv'));
    expect(await call('import:template', { format: 'csv' })).toEqual({ file: path.join(dir, 'template.csv') });
    expect(readFileSync(path.join(dir, 'template.csv'), 'utf8')).toMatch(/employee_id/);
    expect(rec.saveRequests[0]).toEqual({ defaultName: 'credential-roster-import-template.csv', extensions: ['csv'] });
  });

  it('restores a backup and says how many people it holds', async () => {
    await call('person:create', { person: { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active' } });
    const backup = store.backup('test');
    await call('person:create', { person: { employeeId: '00124', firstName: 'Kofi', lastName: 'Quispe', employmentStatus: 'active' } });
    expect(await call('backups:restore', { name: backup.name })).toEqual({ people: 1 });
    // The roster being replaced is itself kept first, so a restore can be undone by another restore.
    const names = (await call('backups:list', undefined)).map((b) => b.name);
    expect(names).toHaveLength(2);
    expect(names.some((n) => n.includes('before-restore'))).toBe(true);
    expect((await call('roster:list', { asOf: AS_OF })).people.map((p) => p.employeeId)).toEqual(['00123']);
  });

  it('shows a file in its folder only by its full location', async () => {
    const file = path.join(dir, 'report.xlsx');
    expect(await call('shell:showInFolder', { file })).toBeNull();
    expect(rec.shown).toEqual([file]);
    const relative = await dispatch(handlers, 'shell:showInFolder', { file: 'report.xlsx' });
    expect(relative).toMatchObject({ ok: false });
  });
});
