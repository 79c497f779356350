import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { RosterData } from '../../shared/types';
import { mergeCatalog } from '../../shared/catalog';
import { evaluateEligibility } from '../../shared/eligibility';
import { getRuleSet } from '../../shared/rule-sets';
import { buildRosterView } from '../../shared/views';
import { RosterStore } from '../../electron/store/roster-store';
import { planImport } from '../../electron/import/plan';
import { commitImport } from '../../electron/import/commit';
import { writeReport } from '../../electron/export/index';
import type { BaselineRow } from './baseline-rows';
import { difBaselineRows, rosterBaselineRows } from './baseline-rows';
import type { Workspace } from './workspace';
import { scratchDir } from './workspace';
import { withCpuProfile } from './profile';
import { updatePerson } from '../../electron/store/operations';
import { copyOfStore } from './workspace';

/** Every measured step; the `*-baseline` ones are the yardsticks the app's steps are compared with. */
export const STEP_NAMES = [
  'csv-import',
  'csv-parse-baseline',
  'csv-reimport',
  'weekly-parse-baseline',
  'store-load',
  'open-and-view',
  'edit-commit',
  'eligibility',
  'roster-view',
  'roster-export',
  'roster-xlsx-baseline',
  'dif-export',
  'dif-xlsx-baseline',
  'soffice-baseline',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

export function isStepName(value: string): value is StepName {
  return (STEP_NAMES as readonly string[]).includes(value);
}

export interface StepResult {
  readonly step: StepName;
  readonly size: number;
  readonly ms: number;
  /** What the step produced (people imported or evaluated, rows written); null when it has no count. */
  readonly rows: number | null;
}

/** Set-up that is not measured, returning the work that is. */
type Prepared = () => Promise<number | null>;

const FIXED_PRODUCED_AT = new Date('2026-06-30T12:00:00Z');

/** Runs one step on a workspace: the set-up (loading the roster, building rows) is left out of the time. */
export async function runStep(step: StepName, workspace: Workspace, profileFile?: string): Promise<StepResult> {
  const work = await prepare(step, workspace);
  const started = performance.now();
  const rows = profileFile === undefined ? await work() : await withCpuProfile(profileFile, work);
  return { step, size: workspace.size, ms: performance.now() - started, rows };
}

/** True when LibreOffice's `soffice` can be started. */
export function hasSoffice(): boolean {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return probe.status === 0;
}

async function prepare(step: StepName, ws: Workspace): Promise<Prepared> {
  switch (step) {
    case 'csv-import': {
      // Into an empty data folder, as a first import would: preview (what the window shows), then commit.
      const { store } = RosterStore.open({ dataDir: scratchDir(ws, 'import') });
      return async () => {
        await planImport(store.read(), [ws.csvFile], {});
        const result = await commitImport(store, [ws.csvFile], {}, undefined, () => FIXED_PRODUCED_AT);
        return result.created + result.updated;
      };
    }
    case 'csv-reimport': {
      // The weekly case: the same export again, 1 person in 100 changed, onto the roster it came from.
      const { store } = RosterStore.open({ dataDir: copyOfStore(ws, 'reimport') });
      store.read();
      return async () => {
        const result = await commitImport(store, [ws.weeklyCsvFile], {}, undefined, () => FIXED_PRODUCED_AT);
        return result.updated;
      };
    }
    case 'csv-parse-baseline':
      return async () => parseRows(ws.csvFile);
    case 'weekly-parse-baseline':
      return async () => parseRows(ws.weeklyCsvFile);
    case 'store-load':
      return async () => RosterStore.open({ dataDir: ws.storeDir }).store.read().people.length;
    case 'open-and-view':
      // What the window does first: open the roster, then build the roster view.
      return async () => buildRosterView(RosterStore.open({ dataDir: ws.storeDir }).store.read(), ws.asOf).people.length;
    case 'edit-commit': {
      // One field of one person, as a save in the person screen; a first edit warms the statements up.
      const { store } = RosterStore.open({ dataDir: copyOfStore(ws, 'edit') });
      const people = store.read().people;
      const first = people[0]!.employeeId;
      const middle = people[Math.floor(people.length / 2)]!.employeeId;
      store.update((d) => updatePerson(d, first, { notes: 'warm-up' }));
      return async () => {
        store.update((d) => updatePerson(d, middle, { jobTitle: 'Coding lead' }), { source: 'window' });
        return 1;
      };
    }
    case 'eligibility': {
      const data = loadRoster(ws);
      return async () => {
        const ctx = { asOf: ws.asOf, ruleSet: getRuleSet(data.settings.ruleSet), catalog: mergeCatalog(data.customCredentials) };
        let eligible = 0;
        for (const person of data.people) if (evaluateEligibility(person, ctx).status === 'eligible') eligible += 1;
        return eligible >= 0 ? data.people.length : null;
      };
    }
    case 'roster-view': {
      const data = loadRoster(ws);
      return async () => buildRosterView(data, ws.asOf).people.length;
    }
    case 'roster-export':
    case 'dif-export': {
      const data = loadRoster(ws);
      const out = path.join(scratchDir(ws, step), `${step}.xlsx`);
      const kind = step === 'dif-export' ? 'dif' : 'roster';
      return async () => {
        const result = await writeReport(kind, out, {
          roster: data,
          asOf: ws.asOf,
          ruleSet: data.settings.ruleSet,
          appVersion: 'bench',
          producedAt: FIXED_PRODUCED_AT,
        });
        return result.rows;
      };
    }
    case 'roster-xlsx-baseline':
    case 'dif-xlsx-baseline': {
      const data = loadRoster(ws);
      const rows = step === 'dif-xlsx-baseline' ? difBaselineRows(data, ws.asOf) : rosterBaselineRows(data, ws.asOf);
      const out = path.join(scratchDir(ws, step), `${step}.xlsx`);
      return async () => writeBareXlsx(out, rows);
    }
    case 'soffice-baseline': {
      const outDir = scratchDir(ws, 'soffice');
      const profile = scratchDir(ws, 'soffice-profile');
      // LibreOffice builds its profile on first start; a warm-up keeps that out of the figure.
      const warmUp = path.join(outDir, 'warm-up.csv');
      fs.writeFileSync(warmUp, 'a,b\r\n1,2\r\n');
      convertWithSoffice(warmUp, outDir, profile);
      return async () => {
        convertWithSoffice(ws.csvFile, outDir, profile);
        return ws.csvRows;
      };
    }
  }
}

function parseRows(file: string): number {
  const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true });
  return parsed.data.length - 1;
}

function loadRoster(ws: Workspace): RosterData {
  return RosterStore.open({ dataDir: ws.storeDir }).store.read();
}

/** exceljs's streaming writer with no styles and no shared strings: the least an xlsx can cost. */
async function writeBareXlsx(file: string, rows: readonly BaselineRow[]): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
  return rows.length - 1;
}

function convertWithSoffice(csv: string, outDir: string, profileDir: string): void {
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, csv],
    { encoding: 'utf8', timeout: 600_000 },
  );
  const expected = path.join(outDir, `${path.basename(csv, path.extname(csv))}.xlsx`);
  if (result.status !== 0 || !fs.existsSync(expected)) {
    throw new Error(`LibreOffice could not convert ${csv}: ${result.error?.message ?? result.stderr.trim()}`);
  }
}
