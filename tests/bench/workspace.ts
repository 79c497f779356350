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
  /** A data folder whose roster file holds the generated roster. */
  readonly storeDir: string;
  readonly storeFile: string;
}

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
  const storeDir = path.join(dir, 'data');
  const { store } = RosterStore.open({ dataDir: storeDir });
  store.write(roster);
  const workspace: Workspace = { dir, size, seed, asOf: BENCH_AS_OF, csvFile, csvRows, storeDir, storeFile: store.dataFile };
  fs.writeFileSync(path.join(dir, META), JSON.stringify(workspace, null, 2));
  return workspace;
}

/** The workspace in `dir` when it is complete and for this size and seed; otherwise a fresh one. */
export function openOrPrepareWorkspace(size: number, dir: string, seed = DEFAULT_SEED): Workspace {
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, META), 'utf8')) as Workspace;
    if (meta.size === size && meta.seed === seed && fs.existsSync(meta.csvFile) && fs.existsSync(meta.storeFile)) {
      return meta;
    }
  } catch {
    // Missing or unreadable metadata: the workspace is rebuilt below.
  }
  return prepareWorkspace(size, dir, seed);
}

/** A new empty folder inside the workspace, for a step's own output. */
export function scratchDir(workspace: Workspace, label: string): string {
  const parent = path.join(workspace.dir, 'scratch');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `${label}-`));
}
