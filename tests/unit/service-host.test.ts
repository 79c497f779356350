/**
 * The service host for real: the built worker thread, a real data folder in a temp dir, channels
 * run through it, dialogs and the shell asked of "the main process" (this test), events relayed,
 * and a worker that crashes or hangs answered in plain words and replaced.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MainEventName } from '../../shared/events';
import {
  HOST_CRASHED_MESSAGE,
  HOST_STOPPED_MESSAGE,
  HOST_UNRESPONSIVE_MESSAGE,
  ServiceHost,
  type ServiceHostOptions,
} from '../../electron/host/service-host';
import type { FileFilter } from '../../electron/ipc/handlers';
import { RosterStore } from '../../electron/store/roster-store';
import { createPerson } from '../../electron/store/operations';
import { ensureServiceHostBuilt } from '../fixtures/built-service-host';
import { storedRoster } from '../fixtures/stored-roster';
import { misbehavingEntry } from '../fixtures/misbehaving-host';

const SAMPLE_CSV = path.resolve(import.meta.dirname, '../fixtures/import/hris-long-export.csv');
const AS_OF = '2026-06-30';

let entry = '';
beforeAll(() => {
  entry = ensureServiceHostBuilt();
}, 180_000);

/** What the stand-in main process saw: events, dialogs shown, files shown in their folder. */
interface MainSide {
  readonly events: { event: MainEventName; payload: unknown }[];
  readonly saveDialogs: { defaultName: string; filters: FileFilter[] }[];
  readonly shown: string[];
  openFiles: string[] | null;
  savePath: string | null;
}

const started: ServiceHost[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((host) => host.close()));
});

async function startHost(dataDir: string, overrides: Partial<ServiceHostOptions> = {}) {
  const side: MainSide = { events: [], saveDialogs: [], shown: [], openFiles: null, savePath: null };
  const logged: string[] = [];
  const { host, opened } = ServiceHost.start({
    entry,
    config: { dataDir, appName: 'Credential Roster', appVersion: '0.1.0-test' },
    ports: {
      dialogs: {
        openImportFiles: async () => side.openFiles,
        saveFile: async (defaultName, filters) => {
          side.saveDialogs.push({ defaultName, filters });
          return side.savePath;
        },
      },
      shell: { showInFolder: (file) => void side.shown.push(file), openExternal: async () => undefined },
    },
    emit: (event, payload) => void side.events.push({ event, payload }),
    log: (message) => void logged.push(message),
    ...overrides,
  });
  started.push(host);
  const recovery = await opened;
  return { host, recovery, side, logged };
}

/** Options for a host whose dialogs and events nobody looks at. */
const quietOptions = (): ServiceHostOptions => ({
  entry,
  config: { dataDir: '', appName: 'x', appVersion: '1' },
  ports: {
    dialogs: { openImportFiles: async () => null, saveFile: async () => null },
    shell: { showInFolder: () => undefined, openExternal: async () => undefined },
  },
  emit: () => undefined,
  log: () => undefined,
});

const tempDir = (label: string) => mkdtempSync(path.join(os.tmpdir(), `roster-host-${label}-`));

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the service host', () => {
  it('opens the roster in its data folder and runs channels, validated, in the worker', async () => {
    const dataDir = tempDir('channels');
    const { host, recovery } = await startHost(dataDir);
    expect(recovery).toBeNull();
    await expect(host.request('app:info', undefined)).resolves.toMatchObject({ ok: true, value: { dataDir, version: '0.1.0-test' } });
    const person = { employeeId: '00007', firstName: 'Rosa', lastName: 'Nakamura', employmentStatus: 'active' };
    await expect(host.request('person:create', { person })).resolves.toMatchObject({ ok: true, value: { employeeId: '00007' } });
    expect(storedRoster(dataDir).people.map((p) => p.employeeId)).toEqual(['00007']);
    // Validation happens in the worker, with the same words as ever.
    await expect(host.request('person:delete', { employeeId: 42 })).resolves.toEqual({ ok: false, error: 'Employee ID: must be text' });
    await expect(host.request('person:get', { employeeId: '99999', asOf: AS_OF })).resolves.toEqual({
      ok: false,
      error: 'No person with employee ID 99999 is in the roster.',
    });
    expect(host.starts).toBe(1);
  });

  it('asks the main process for the open dialog, imports with progress events, and writes a report through the save dialog', async () => {
    const dataDir = tempDir('import');
    const { host, side } = await startHost(dataDir);

    side.openFiles = [SAMPLE_CSV];
    await expect(host.request('import:pick', undefined)).resolves.toEqual({ ok: true, value: [SAMPLE_CSV] });
    side.openFiles = null;
    await expect(host.request('import:pick', undefined)).resolves.toEqual({ ok: true, value: null });

    const imported = await host.request('import:commit', { files: [SAMPLE_CSV], options: {} });
    expect(imported.ok).toBe(true);
    const people = storedRoster(dataDir).people.length;
    expect(people).toBeGreaterThan(0);
    const importProgress = side.events.filter((e) => e.event === 'import:progress');
    expect(importProgress.length).toBeGreaterThan(0);
    expect(importProgress[0]!.payload).toMatchObject({ done: expect.any(Number), total: expect.any(Number) });

    const out = path.join(tempDir('report'), 'dif');
    side.savePath = out;
    const exported = await host.request('export:run', { kind: 'dif', options: { asOf: AS_OF } });
    expect(exported).toMatchObject({ ok: true, value: { file: `${out}.xlsx` } });
    expect(side.saveDialogs).toHaveLength(1);
    expect(side.saveDialogs[0]!.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
    expect(side.events.some((e) => e.event === 'export:progress')).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(`${out}.xlsx`);
    expect(workbook.worksheets.length).toBeGreaterThan(0);

    // Cancelling the save dialog writes nothing.
    side.savePath = null;
    await expect(host.request('export:run', { kind: 'roster', options: { asOf: AS_OF } })).resolves.toEqual({ ok: true, value: null });

    await expect(host.request('shell:showInFolder', { file: `${out}.xlsx` })).resolves.toEqual({ ok: true, value: null });
    await waitFor(() => side.shown.length === 1);
    expect(side.shown).toEqual([`${out}.xlsx`]);
  });

  it('answers a dialog that fails with a plain message, and carries on', async () => {
    const { host } = await startHost(tempDir('dialog-fails'), {
      ports: {
        dialogs: {
          openImportFiles: async () => {
            throw new Error('no display');
          },
          saveFile: async () => null,
        },
        shell: { showInFolder: () => undefined, openExternal: async () => undefined },
      },
    });
    const result = await host.request('import:pick', undefined);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Something unexpected went wrong/) });
    await expect(host.request('settings:get', undefined)).resolves.toMatchObject({ ok: true });
  });

  it('prepares the reminders digest, and tells the window when another writer changes the roster', async () => {
    const dataDir = tempDir('watch');
    const { host, side } = await startHost(dataDir, { config: { dataDir, appName: 'Credential Roster', appVersion: '0.1.0', watchIntervalMs: 100 } });
    await expect(host.digest(AS_OF)).resolves.toMatchObject({ asOf: AS_OF, items: [] });
    await host.request('person:create', { person: { employeeId: '00001', firstName: 'Ann', lastName: 'Lee', employmentStatus: 'active' } });
    const { store: other } = RosterStore.open({ dataDir, origin: { source: 'cli' } });
    other.update((d) => createPerson(d, { employeeId: '00123', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active' }));
    other.close();
    await waitFor(() => side.events.some((e) => e.event === 'roster:changed'));
    const list = await host.request('roster:list', { asOf: AS_OF });
    expect(list.ok && list.value.people.map((p) => p.employeeId).sort()).toEqual(['00001', '00123']);
  });

  it('gives a plain message when the roster cannot be opened', async () => {
    const notAFolder = path.join(tempDir('bad'), 'file');
    writeFileSync(notAFolder, 'x');
    const dataDir = path.join(notAFolder, 'data');
    await expect(startHost(dataDir)).rejects.toThrow(/^Credential Roster could not open the roster: /);
    // A request that was waiting for it gets the same plain answer, not a hang.
    const { host, opened } = ServiceHost.start({ ...quietOptions(), config: { dataDir, appName: 'x', appVersion: '1' } });
    const waiting = host.request('settings:get', undefined);
    await expect(opened).rejects.toThrow(/could not open the roster/);
    await expect(waiting).resolves.toEqual({ ok: false, error: expect.stringMatching(/^Credential Roster could not open the roster: /) });
  });

  it('answers after it is closed without waiting, and leaves the roster closed cleanly', async () => {
    const dataDir = tempDir('close');
    const { host } = await startHost(dataDir);
    await host.request('person:create', { person: { employeeId: '1', firstName: 'A', lastName: 'B', employmentStatus: 'active' } });
    await host.close();
    await expect(host.request('settings:get', undefined)).resolves.toEqual({ ok: false, error: HOST_STOPPED_MESSAGE });
    expect(existsSync(path.join(dataDir, 'roster.sqlite-wal'))).toBe(false);
  });
});

describe('a service host that fails', () => {
  it('answers a crash in plain words, restarts, and the next request works', async () => {
    const dataDir = tempDir('crash');
    const { host, logged } = await startHost(dataDir, { entry: misbehavingEntry(entry, { how: 'crash' }) });
    await expect(host.request('settings:get', undefined)).resolves.toEqual({ ok: false, error: HOST_CRASHED_MESSAGE });
    expect(HOST_CRASHED_MESSAGE).not.toMatch(/Error|stack|worker/i);
    await expect(host.request('settings:get', undefined)).resolves.toMatchObject({ ok: true, value: { ruleSet: 'ccs-required' } });
    expect(host.starts).toBe(2);
    expect(logged).toContain('The service host stopped with an error');
  });

  it('keeps a healthy worker when its own thread was the one held up', async () => {
    const { host, logged } = await startHost(tempDir('held-up'), { heartbeatMs: 50, unresponsiveAfterMs: 600 });
    // A long synchronous task here (a test seeding a large roster, say): the worker's replies wait in the queue.
    const until = Date.now() + 1_500;
    while (Date.now() < until);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(host.request('settings:get', undefined)).resolves.toMatchObject({ ok: true });
    expect(host.starts).toBe(1);
    expect(logged).not.toContain('The service host stopped answering; it is restarted');
  });

  it('ends a worker that stops answering, says so, and starts a fresh one', async () => {
    const dataDir = tempDir('hang');
    const { host, logged } = await startHost(dataDir, { entry: misbehavingEntry(entry, { how: 'hang' }), heartbeatMs: 50, unresponsiveAfterMs: 600 });
    const before = Date.now();
    await expect(host.request('settings:get', undefined)).resolves.toEqual({ ok: false, error: HOST_UNRESPONSIVE_MESSAGE });
    expect(Date.now() - before).toBeLessThan(10_000);
    const after = await host.request('settings:get', undefined);
    expect(after, JSON.stringify({ after, logged })).toMatchObject({ ok: true });
    expect(host.starts).toBe(2);
  });
});
