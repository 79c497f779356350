/**
 * Crash safety of a save: a child process saves known roster states in a tight loop and is
 * killed with SIGKILL at random moments. After every kill the database must pass SQLite's
 * integrity check and hold exactly the state saved last or the one being saved, and the next
 * start must open it cleanly.
 * RELIABILITY_KILLS sets the number of kills (default 200), RELIABILITY_SEED replays a schedule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { RosterStore } from '../../electron/store/roster-store';
import { rosterDataSchema } from '../../electron/store/schema';
import { loadRoster } from '../../electron/store/sql/load-roster';
import { bundleChild } from '../reliability/bundle-child';
import { runAndKill } from '../reliability/kill-child';
import { allowedStates, readAnnouncements } from '../reliability/protocol';
import { chooseSeed, envCount, seededRandom } from '../reliability/random';
import { counterOf, stateFor } from '../reliability/save-states';

const KILLS = envCount('RELIABILITY_KILLS', 200);
/** Independent data folders killed side by side: the parent mostly waits, so several lanes keep both cores busy. */
const LANES = 2;
/** Kills land 0..MAX_DELAY_MS after the first save starts: several saves' worth. */
const MAX_DELAY_MS = 150;

let child = '';
beforeAll(async () => {
  child = await bundleChild('save-loop.ts');
}, 60_000);

interface LaneResult {
  readonly kills: number;
  readonly midSave: number;
  /** Kills that left a write-ahead log with frames in it: the kill came after SQLite began writing. */
  readonly inWrite: number;
  readonly finalState: number | null;
  readonly dataDir: string;
}

/**
 * The state on disk now, checked as the next start would find it (a read-write connection, which
 * replays or drops the log): SQLite's integrity check passes, the roster validates, and it is
 * exactly one of the known states.
 */
function stateOnDisk(dataFile: string): number | null {
  if (!fs.existsSync(dataFile)) return null;
  const db = new DatabaseSync(dataFile);
  let raw: unknown;
  try {
    const check = (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
    if (check !== 'ok') throw new Error(`the database fails its integrity check: ${check}`);
    if ((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version === 0) return null;
    raw = loadRoster(db).data;
    // Killed before the first save: the new, empty roster.
    if ((raw as { people: unknown[] }).people.length === 0) return null;
  } finally {
    db.close();
  }
  const parsed = rosterDataSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`the data file does not validate: ${parsed.error.message}`);
  const n = counterOf(parsed.data);
  if (n === null) throw new Error('the data file is not one of the saved states');
  // The cheap comparison first; toEqual only to explain a difference.
  if (!isDeepStrictEqual(parsed.data, stateFor(n))) expect(parsed.data).toEqual(stateFor(n));
  return n;
}

async function killLane(kills: number, random: () => number): Promise<LaneResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-save-'));
  const dataFile = path.join(dataDir, 'roster.sqlite');
  let onDisk: number | null = null;
  let midSave = 0;
  let inWrite = 0;
  const logBytes = (): number => (fs.existsSync(`${dataFile}-wal`) ? fs.statSync(`${dataFile}-wal`).size : 0);
  for (let i = 0; i < kills; i += 1) {
    const delayMs = Math.floor(random() * MAX_DELAY_MS);
    const run = await runAndKill(child, [dataDir], { armOn: /^about /, delayMs });
    expect(run.signal, `kill ${i + 1}: the child ended by itself. ${run.stderr}`).toBe('SIGKILL');
    const said = readAnnouncements(run.lines);
    // The child opened exactly what the previous kill left, with no recovery needed.
    expect(said.openedClean, `kill ${i + 1}: the child needed recovery at start`).toBe(true);
    expect(said.opened, `kill ${i + 1}: the child opened another state`).toBe(onDisk);
    const allowed = allowedStates(said);
    if (allowed.length > 1) midSave += 1;
    if (allowed.length > 1 && logBytes() > 0) inWrite += 1;
    const now = stateOnDisk(dataFile);
    expect(allowed, `kill ${i + 1} after ${delayMs} ms: the database holds state ${now}`).toContain(now);
    onDisk = now;
  }
  return { kills, midSave, inWrite, finalState: onDisk, dataDir };
}

describe('crash safety: SIGKILL during saves', () => {
  it(`leaves the previous or the new roster, whole, after each of ${KILLS} kills`, async () => {
    const seed = chooseSeed();
    const started = Date.now();
    const perLane = Math.ceil(KILLS / LANES);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, lane) => killLane(perLane, seededRandom(seed + lane))),
    );
    const kills = lanes.reduce((n, l) => n + l.kills, 0);
    const midSave = lanes.reduce((n, l) => n + l.midSave, 0);
    const inWrite = lanes.reduce((n, l) => n + l.inWrite, 0);
    console.log(
      `crash-save: ${kills} kills survived, seed ${seed}: ${midSave} during a save, ${inWrite} with a write-ahead log left ` +
        `behind, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    // The loop does little but save, so most kills must land inside a save, or this proves nothing.
    expect(midSave).toBeGreaterThan(kills / 4);
    // And some with SQLite's log on disk, the moment that matters.
    if (kills >= 100) expect(inWrite).toBeGreaterThan(0);
    for (const lane of lanes) {
      // What killed writes left does not get in the way of the app opening the roster.
      const { store, recovery } = RosterStore.open({ dataDir: lane.dataDir });
      expect(recovery).toBeNull();
      expect(counterOf(store.read())).toBe(lane.finalState);
    }
  }, 600_000);
});
