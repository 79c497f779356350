import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IsoDate } from '../../shared/types';
import { RosterStore } from '../../electron/store/roster-store';
import { BENCH_AS_OF, DEFAULT_SEED, generateRoster } from './generate-roster';
import { writeHrLongCsv } from './hr-csv';

/** The files one roster size is measured on: the HR export and a data folder holding the same roster. */
export interface Workspace {
  readonly dir: string;
  readonly size: number;
  readonly seed: number;
  readonly asOf: IsoDate;
  /** The HR long export (one row per person-credential). */
  readonly csvFile: string;
  readonly csvRows: number;
  /** The same export a week later: the job title of 1 person in 100 has changed. */
  readonly weeklyCsvFile: string;
  readonly weeklyChanged: number;
  /** A data folder whose database holds the generated roster. */
  readonly storeDir: string;
  readonly storeFile: string;
}

/** One person in this many is changed in the weekly export (500 of 50,000). */
export const WEEKLY_CHANGE_EVERY = 100;

const META = 'workspace.json';

/** Where `step.ts <step> <size>` finds (or makes) its workspace when no folder is given. */
export function defaultWorkspaceDir(size: number, seed = DEFAULT_SEED): string {
  return path.join(os.tmpdir(), `credential-roster-bench-${seed}`, String(size));
}

/** Generates the roster, writes the CSV and the data file; the metadata file goes last, marking it complete. */
export function prepareWorkspace(size: number, dir: string, seed = DEFAULT_SEED): Workspace {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const roster = generateRoster(size, { seed, asOf: BENCH_AS_OF });
  const csvFile = path.join(dir, 'hr-long-export.csv');
  const csvRows = writeHrLongCsv(roster, csvFile);
  const weeklyCsvFile = path.join(dir, 'hr-long-export-next-week.csv');
  let weeklyChanged = 0;
  const weekly = {
    ...roster,
    people: roster.people.map((p, i) => (i % WEEKLY_CHANGE_EVERY === 0 ? (weeklyChanged++, { ...p, jobTitle: `${p.jobTitle ?? 'Coder'} (promoted)` }) : p)),
  };
  writeHrLongCsv(weekly, weeklyCsvFile);
  const storeDir = path.join(dir, 'data');
  const { store } = RosterStore.open({ dataDir: storeDir });
  store.write(roster);
  // Closed, so the database is one file a step can copy.
  store.close();
  const workspace: Workspace = { dir, size, seed, asOf: BENCH_AS_OF, csvFile, csvRows, weeklyCsvFile, weeklyChanged, storeDir, storeFile: store.dataFile };
  fs.writeFileSync(path.join(dir, META), JSON.stringify(workspace, null, 2));
  return workspace;
}

/** The workspace in `dir` when it is complete and for this size and seed; otherwise a fresh one. */
export function openOrPrepareWorkspace(size: number, dir: string, seed = DEFAULT_SEED): Workspace {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, META), 'utf8')) as Workspace;
    if (meta.size === size && meta.seed === seed && fs.existsSync(meta.csvFile) && fs.existsSync(meta.weeklyCsvFile ?? '') && fs.existsSync(meta.storeFile)) {
      return meta;
    }
  } catch {
    // Missing or unreadable metadata: the workspace is rebuilt below.
  }
  return prepareWorkspace(size, dir, seed);
}

/** A data folder of its own holding a copy of the workspace's roster, so a step's changes touch nothing shared. */
export function copyOfStore(workspace: Workspace, label: string): string {
  const dir = scratchDir(workspace, label);
  fs.copyFileSync(workspace.storeFile, path.join(dir, path.basename(workspace.storeFile)));
  return dir;
}

/** A new empty folder inside the workspace, for a step's own output. */
export function scratchDir(workspace: Workspace, label: string): string {
  const parent = path.join(workspace.dir, 'scratch');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `${label}-`));
}
