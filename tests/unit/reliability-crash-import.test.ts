/**
 * Crash safety of an import: a child process commits HR files one after another and is killed
 * with SIGKILL at random moments. After every kill the roster must be exactly the one before the
 * interrupted import or the one after it (never part of a batch), pass SQLite's integrity check,
 * validate, and open cleanly.
 * RELIABILITY_IMPORT_KILLS sets the number of kills (default 200), RELIABILITY_SEED replays a schedule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person, RosterData } from '../../shared/types';
import { DatabaseSync } from 'node:sqlite';
import { RosterStore } from '../../electron/store/roster-store';
import { loadRoster } from '../../electron/store/sql/load-roster';
import { rosterDataSchema } from '../../electron/store/schema';
import { isBackupName } from '../../electron/store/backup-folder';
import { readTable } from '../../electron/import/read-table';
import { planImportFromTables } from '../../electron/import/plan';
import { bundleChild } from '../reliability/bundle-child';
import { runAndKill } from '../reliability/kill-child';
import { allowedStates, readAnnouncements } from '../reliability/protocol';
import { chooseSeed, envCount, seededRandom } from '../reliability/random';
import { BATCH_PEOPLE, baseRoster, batchCsv, batchFileName } from '../reliability/import-batches';

const KILLS = envCount('RELIABILITY_IMPORT_KILLS', 200);
const LANES = 2;
const MAX_DELAY_MS = 600;

let child = '';
beforeAll(async () => {
  child = await bundleChild('import-loop.ts', { without: ['exceljs'] });
}, 60_000);

/**
 * The people expected after k batches, computed with the real reader and planner, in this process.
 * The lanes ask concurrently, so each step is a promise pushed synchronously: two lanes can never
 * compute the same step twice and shift the list.
 */
const expectedPeople: Promise<readonly Person[]>[] = [Promise.resolve(baseRoster().people)];
const referenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-import-ref-'));
function peopleAfter(k: number): Promise<readonly Person[]> {
  while (expectedPeople.length <= k) {
    const i = expectedPeople.length - 1;
    const before = expectedPeople[i] ?? Promise.resolve([]);
    expectedPeople.push(
      before.then(async (people) => {
        const file = path.join(referenceDir, batchFileName(i));
        fs.writeFileSync(file, batchCsv(i));
        const roster: RosterData = { ...baseRoster(), people: [...people] };
        const plan = planImportFromTables(roster, [await readTable(file)], {});
        expect(plan.preview.canCommit).toBe(true);
        return plan.next.people;
      }),
    );
  }
  return expectedPeople[k] ?? Promise.resolve([]);
}

/** The database as the next start would find it: its integrity check passes, and the roster it holds. */
function rosterOnDisk(dataFile: string): unknown {
  const db = new DatabaseSync(dataFile);
  try {
    const check = (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
    if (check !== 'ok') throw new Error(`the database fails its integrity check: ${check}`);
    return loadRoster(db).data;
  } finally {
    db.close();
  }
}

/** A backup is usable when it opens as a database and passes its integrity check. */
function isDamagedBackup(file: string): boolean {
  try {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      return (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check !== 'ok';
    } finally {
      db.close();
    }
  } catch {
    return true;
  }
}

/** The roster on disk, checked whole: it validates, and is exactly the roster after its k imports. */
async function importsOnDisk(dataFile: string): Promise<number> {
  const parsed = rosterDataSchema.safeParse(rosterOnDisk(dataFile));
  if (!parsed.success) throw new Error(`the data file does not validate: ${parsed.error.message}`);
  const data = parsed.data;
  const k = data.imports.length;
  expect(data.imports.map((r) => r.files)).toEqual(Array.from({ length: k }, (_, i) => [batchFileName(i)]));
  const titles = new Set(data.people.slice(0, BATCH_PEOPLE).map((p) => p.jobTitle));
  expect(titles.size, `a mix of batches: ${[...titles].join(', ')}`).toBe(1);
  const expected = await peopleAfter(k);
  if (!isDeepStrictEqual(data.people, expected)) expect(data.people).toEqual(expected);
  return k;
}

interface LaneResult {
  readonly kills: number;
  readonly midImport: number;
  readonly inWrite: number;
  readonly finalImports: number;
  readonly damagedBackups: number;
  readonly dataDir: string;
}

async function killLane(kills: number, random: () => number): Promise<LaneResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-import-'));
  const inputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-import-in-'));
  RosterStore.open({ dataDir }).store.write(baseRoster());
  const dataFile = path.join(dataDir, 'roster.sqlite');
  const logBytes = (): number => (fs.existsSync(`${dataFile}-wal`) ? fs.statSync(`${dataFile}-wal`).size : 0);
  let onDisk = 0;
  let midImport = 0;
  let inWrite = 0;
  for (let i = 0; i < kills; i += 1) {
    const delayMs = Math.floor(random() * MAX_DELAY_MS);
    const run = await runAndKill(child, [dataDir, inputDir], { armOn: /^about /, delayMs });
    expect(run.signal, `kill ${i + 1}: the child ended by itself. ${run.stderr}`).toBe('SIGKILL');
    const said = readAnnouncements(run.lines);
    expect(said.openedClean, `kill ${i + 1}: the child needed recovery at start`).toBe(true);
    expect(said.opened, `kill ${i + 1}: the child opened another state`).toBe(onDisk);
    const allowed = allowedStates(said);
    if (allowed.length > 1) midImport += 1;
    if (allowed.length > 1 && logBytes() > 0) inWrite += 1;
    const now = await importsOnDisk(dataFile);
    expect(allowed, `kill ${i + 1} after ${delayMs} ms: the roster holds ${now} imports`).toContain(now);
    onDisk = now;
  }
  const backupsDir = path.join(dataDir, 'backups');
  const damagedBackups = fs.existsSync(backupsDir)
    ? fs.readdirSync(backupsDir).filter(isBackupName).filter((name) => isDamagedBackup(path.join(backupsDir, name))).length
    : 0;
  return { kills, midImport, inWrite, finalImports: onDisk, damagedBackups, dataDir };
}

describe('crash safety: SIGKILL during import commits', () => {
  it(`leaves the roster from before or after the import, never a mix, after each of ${KILLS} kills`, async () => {
    const seed = chooseSeed();
    const started = Date.now();
    const perLane = Math.ceil(KILLS / LANES);
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => killLane(perLane, seededRandom(seed + lane))));
    const sum = (f: (l: LaneResult) => number): number => lanes.reduce((n, l) => n + f(l), 0);
    const kills = sum((l) => l.kills);
    console.log(
      `crash-import: ${kills} kills survived, seed ${seed}: ${sum((l) => l.midImport)} during an import, ` +
        `${sum((l) => l.inWrite)} with a write-ahead log left behind, ${sum((l) => l.finalImports)} imports committed in all, ` +
        `${sum((l) => l.damagedBackups)} damaged backups, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    // A kill during the snapshot taken before an import must not leave a cut-short file named as a backup.
    expect(sum((l) => l.damagedBackups)).toBe(0);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(sum((l) => l.midImport)).toBeGreaterThan(kills / 4);
    // Imports do get committed between kills, so both sides of "before or after" are exercised.
    expect(sum((l) => l.finalImports)).toBeGreaterThan(0);
    for (const lane of lanes) {
      const { store, recovery } = RosterStore.open({ dataDir: lane.dataDir });
      expect(recovery).toBeNull();
      expect(store.read().imports).toHaveLength(lane.finalImports);
    }
  }, 600_000);
});
