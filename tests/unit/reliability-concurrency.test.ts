/**
 * Two writers, nothing lost: command-line imports run at once into one data folder, a restore
 * races an import, the window keeps the roster open while the command line imports, and an edit
 * based on an old copy of a person is refused in words. Real processes on a real database.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RosterStore } from '../../electron/store/roster-store';
import * as ops from '../../electron/store/operations';
import { quietHandlers } from '../fixtures/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { bundleChild } from '../reliability/bundle-child';
import { person, rosterWith } from '../fixtures/store/roster-builders';
import { integrityOk, storedFingerprint, storedRoster } from '../fixtures/stored-roster';

let cli = '';
beforeAll(async () => {
  cli = await bundleChild('cli-child.ts', { without: ['exceljs'] });
}, 60_000);

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tmp = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** An HR export of `count` people with IDs from `first`. */
function hrFile(dir: string, name: string, first: number, count: number, title = 'Coder'): string {
  const lines = ['Employee ID,Last Name,First Name,Job Title,Department'];
  for (let i = first; i < first + count; i++) lines.push(`${String(i).padStart(6, '0')},Family${i},Given${i},${title},Unit ${i % 4}`);
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function seeded(count: number): string {
  const dataDir = tmp('concurrency-data-');
  const { store } = RosterStore.open({ dataDir });
  store.write(rosterWith(...Array.from({ length: count }, (_, i) => person(String(900_000 + i)))));
  store.close();
  return dataDir;
}

describe('two command-line imports at once', () => {
  it('keep both files\' people, and both imports on record, in 5 trials of 5', async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < 5; trial++) {
      const dataDir = seeded(2000);
      const input = tmp('concurrency-in-');
      const a = hrFile(input, 'ward-a.csv', 1, 1500);
      const b = hrFile(input, 'ward-b.csv', 5001, 1500);
      const [ra, rb] = await Promise.all([runCli(['import', a, '--data', dataDir]), runCli(['import', b, '--data', dataDir])]);
      expect(ra.code, ra.stderr).toBe(0);
      expect(rb.code, rb.stderr).toBe(0);
      const roster = storedRoster(dataDir);
      const ids = new Set(roster.people.map((p) => p.employeeId));
      const fromA = [...ids].filter((id) => Number(id) >= 1 && Number(id) <= 1500).length;
      const fromB = [...ids].filter((id) => Number(id) >= 5001 && Number(id) <= 6500).length;
      outcomes.push(`${fromA}+${fromB}`);
      expect(roster.people).toHaveLength(2000 + 3000);
      expect(roster.imports.map((i) => i.files[0]).sort()).toEqual(['ward-a.csv', 'ward-b.csv']);
      expect(integrityOk(dataDir)).toBe(true);
      // Each import's own change can be undone: its change-log entry names only its people.
      const { store } = RosterStore.open({ dataDir });
      for (const record of roster.imports) expect(store.peopleChangedIn(record.changeId ?? 0)).toHaveLength(1500);
      store.close();
    }
    expect(outcomes).toEqual(Array.from({ length: 5 }, () => '1500+1500'));
  }, 300_000);
});

describe('a restore racing an import', () => {
  it('loses nothing: the import\'s people are in the roster, or in the backup the restore took first', async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < 3; trial++) {
      const dataDir = seeded(500);
      const { store } = RosterStore.open({ dataDir });
      const backup = store.backup('manual');
      store.close();
      const input = tmp('concurrency-in-');
      const file = hrFile(input, 'new-hires.csv', 1, 2000);
      // The restore starts at once, or once the import is likely done, so both orders happen.
      const restoreLater = (ms: number) => new Promise<Run>((resolve) => setTimeout(() => resolve(runCli(['backups', 'restore', backup.name, '--data', dataDir])), ms));
      const [imported, restored] = await Promise.all([runCli(['import', file, '--data', dataDir]), restoreLater([0, 2500, 6000][trial] ?? 0)]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(restored.code, restored.stderr).toBe(0);
      const reopened = RosterStore.open({ dataDir }).store;
      const inRoster = reopened.read().people.filter((p) => Number(p.employeeId) <= 2000).length;
      const beforeRestore = reopened.listBackups().find((b) => b.reason === `before restore of ${backup.name}`);
      expect(beforeRestore).toBeDefined();
      const inBackup = reopened.readBackup(beforeRestore?.name ?? '').people.filter((p) => Number(p.employeeId) <= 2000).length;
      const sources = new Set(reopened.history().map((e) => e.source));
      expect(sources.has('import')).toBe(true);
      if (inRoster !== 2000) {
        // Import first: the restore took the roster back, said so in the log, and its backup holds the import.
        expect(inRoster).toBe(0);
        expect(inBackup).toBe(2000);
        expect(sources.has('restore')).toBe(true);
      }
      outcomes.push(inRoster === 2000 ? 'restore, then import' : 'import, then restore');
      reopened.close();
    }
    console.log(`restore racing an import: ${outcomes.join('; ')}`);
  }, 300_000);
});

describe('the window open while the command line imports', () => {
  it('sees the import within 2 seconds, and its next save keeps it', async () => {
    const dataDir = seeded(300);
    const { store } = RosterStore.open({ dataDir, origin: { source: 'window' } });
    const handlers = quietHandlers(store);
    expect(store.read().people).toHaveLength(300);
    const file = hrFile(tmp('concurrency-in-'), 'roster.csv', 1, 3000);
    const run = await runCli(['import', file, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const noticedAt = Date.now();
    // What the window's watcher asks once a second.
    expect(store.refreshIfChanged()).toBe(true);
    expect(Date.now() - noticedAt).toBeLessThan(2000);
    expect(store.read().people).toHaveLength(3300);
    const saved = await dispatch(handlers, 'settings:update', { organisationName: 'Mercy General' });
    expect(saved.ok).toBe(true);
    const onDisk = storedRoster(dataDir);
    expect(onDisk.people).toHaveLength(3300);
    expect(onDisk.settings.organisationName).toBe('Mercy General');
  }, 120_000);

  it('refuses an edit based on a copy of the person from before the import, naming what changed it', async () => {
    const dataDir = seeded(0);
    const { store } = RosterStore.open({ dataDir, origin: { source: 'window' } });
    store.update((d) => ops.createPerson(d, { employeeId: '000007', firstName: 'Given7', lastName: 'Family7', employmentStatus: 'active' }));
    const handlers = quietHandlers(store);
    const shown = await dispatch(handlers, 'person:get', { employeeId: '000007', asOf: '2026-06-01' });
    expect(shown.ok).toBe(true);
    const version = shown.ok ? shown.value.version : 0;
    const file = hrFile(tmp('concurrency-in-'), 'roster.csv', 7, 1, 'Coding lead');
    expect((await runCli(['import', file, '--data', dataDir])).code).toBe(0);
    const edit = await dispatch(handlers, 'person:update', { employeeId: '000007', changes: { unit: 'Outpatient' }, baseVersion: version });
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error).toMatch(/^Given7 Family7 was changed by an import from roster\.csv at \d{1,2}:\d{2} [AP]M on \w{3} \d{1,2}, \d{4}; your change was not saved\. Reload to see it\.$/);
    expect(storedRoster(dataDir).people[0]).toMatchObject({ jobTitle: 'Coding lead' });
    expect(storedRoster(dataDir).people[0]?.unit).toBe('Unit 3');
    // Based on what is there now, the same edit goes through.
    const fresh = await dispatch(handlers, 'person:get', { employeeId: '000007', asOf: '2026-06-01' });
    const again = await dispatch(handlers, 'person:update', { employeeId: '000007', changes: { unit: 'Outpatient' }, baseVersion: fresh.ok ? fresh.value.version : 0 });
    expect(again.ok).toBe(true);
  }, 120_000);
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('an import onto a nearly full disk', () => {
  it.skipIf(!isRoot || process.platform !== 'linux')('exits 1 saying the disk is full, and the roster is as it was (a 2 MB tmpfs, as root)', async () => {
    const mountPoint = tmp('concurrency-tmpfs-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
    try {
      const dataDir = path.join(mountPoint, 'data');
      const input = tmp('concurrency-in-');
      const first = await runCli(['import', hrFile(input, 'first.csv', 1, 3000), '--data', dataDir]);
      expect(first.code, first.stderr).toBe(0);
      const before = storedFingerprint(dataDir);
      const second = await runCli(['import', hrFile(input, 'second.csv', 10_001, 3000), '--data', dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/the disk is full\. Nothing was changed\./);
      expect(second.stderr).not.toMatch(/\n\s+at /);
      expect(storedFingerprint(dataDir)).toBe(before);
      expect(integrityOk(dataDir)).toBe(true);
      expect(storedRoster(dataDir).people).toHaveLength(3000);
    } finally {
      execFileSync('umount', [mountPoint]);
    }
  }, 120_000);
});
