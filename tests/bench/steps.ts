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
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ServiceHost } from '../../electron/host/service-host';
import { ensureServiceHostBuilt } from '../fixtures/built-service-host';

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
  'main-thread-stall',
  'main-thread-idle-baseline',
  'host-first-answer',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

export function isStepName(value: string): value is StepName {
  return (STEP_NAMES as readonly string[]).includes(value);
}

export interface StepResult {
  readonly step: StepName;
  readonly size: number;
  readonly ms: number;
  /**
   * The processor time the work took, in ms (all of this process's threads: the garbage
   * collector's helpers too). On a busy machine it moves far less than the elapsed time, so two
   * versions of a step are best compared by it.
   */
  readonly cpuMs: number;
  /** What the step produced (people imported or evaluated, rows written); null when it has no count. */
  readonly rows: number | null;
}

/** A step whose figure is not its elapsed time (the longest main-thread stall while it ran). */
interface Figure {
  readonly ms: number;
  readonly rows: number | null;
}

/** Set-up that is not measured, returning the work that is: its row count, or its own figure. */
type Prepared = () => Promise<number | null | Figure>;

const FIXED_PRODUCED_AT = new Date('2026-06-30T12:00:00Z');

/** Runs one step on a workspace: the set-up (loading the roster, building rows) is left out of the time. */
export async function runStep(step: StepName, workspace: Workspace, profileFile?: string): Promise<StepResult> {
  const work = await prepare(step, workspace);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const outcome = profileFile === undefined ? await work() : await withCpuProfile(profileFile, work);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (outcome !== null && typeof outcome === 'object') return { step, size: workspace.size, ms: outcome.ms, cpuMs, rows: outcome.rows };
  return { step, size: workspace.size, ms, cpuMs, rows: outcome };
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
    case 'main-thread-stall':
      return mainThreadStall(ws);
    case 'host-first-answer':
      return hostFirstAnswer(ws);
    case 'main-thread-idle-baseline':
      // The same sampler on a thread with nothing to do: what the machine alone costs (other
      // processes taking the CPU), so a busy machine's figure can be told from the app's.
      return async () => {
        const delay = monitorEventLoopDelay({ resolution: 1 });
        delay.enable();
        await new Promise((resolve) => setTimeout(resolve, ws.size * IDLE_SAMPLE_MS_PER_PERSON));
        delay.disable();
        return { ms: delayFigure('idle', delay), rows: null };
      };
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

/** The longest delay, in ms; the spread goes to stderr (the table keeps one figure). */
function delayFigure(label: string, delay: ReturnType<typeof monitorEventLoopDelay>): number {
  const ms = (ns: number): string => (ns / 1e6).toFixed(1);
  process.stderr.write(`main thread, ${label}: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms\n`);
  return delay.max / 1e6;
}

/** How long the idle yardstick samples per person: about as long as the import and export take (15 s at 50,000). */
const IDLE_SAMPLE_MS_PER_PERSON = 0.3;

/**
 * The window's process while the roster works: a first import of the whole HR export and a DIF
 * report, run through the service host as the window runs them (progress events relayed here),
 * with this thread's event-loop delay sampled every millisecond. The figure is the longest delay:
 * the longest the menus and the window frame would have waited.
 */
async function mainThreadStall(ws: Workspace): Promise<Prepared> {
  const report = path.join(scratchDir(ws, 'main-thread'), 'dif.xlsx');
  let progressEvents = 0;
  const { host, opened } = ServiceHost.start({
    entry: ensureServiceHostBuilt(),
    config: { dataDir: scratchDir(ws, 'main-thread-data'), appName: 'Credential Roster', appVersion: 'bench' },
    ports: {
      dialogs: { openImportFiles: async () => [ws.csvFile], saveFile: async () => report },
      shell: { showInFolder: () => undefined, openExternal: async () => undefined },
    },
    emit: () => void (progressEvents += 1),
  });
  await opened;
  return async () => {
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    try {
      const imported = await host.request('import:commit', { files: [ws.csvFile], options: {} });
      if (!imported.ok) throw new Error(imported.error);
      const exported = await host.request('export:run', { kind: 'dif', options: { asOf: ws.asOf } });
      if (!exported.ok || exported.value === null) throw new Error(exported.ok ? 'no report written' : exported.error);
      if (progressEvents === 0) throw new Error('no progress event reached the main thread');
      const figure = { ms: delayFigure('import and export', delay), rows: imported.value.created + imported.value.updated };
      // Not in the figure: what taking a large answer off the worker (a structured-clone copy) costs this thread.
      const cpuBefore = process.threadCpuUsage();
      const view = await host.request('roster:list', { asOf: ws.asOf });
      const cpu = process.threadCpuUsage(cpuBefore);
      if (!view.ok) throw new Error(view.error);
      process.stderr.write(`main thread, receiving the roster view of ${view.value.people.length} people: ${Math.round((cpu.user + cpu.system) / 1000)} ms of CPU\n`);
      return figure;
    } finally {
      delay.disable();
      await host.close();
    }
  };
}

const NO_PORTS = {
  dialogs: { openImportFiles: async () => null, saveFile: async () => null },
  shell: { showInFolder: () => undefined, openExternal: async () => undefined },
};

/** Starts the service host on `dataDir`; the time until its first answer, and the host to close. */
async function timeToFirstAnswer(entry: string, dataDir: string): Promise<{ ms: number; host: ServiceHost }> {
  const started = performance.now();
  const { host } = ServiceHost.start({ entry, config: { dataDir, appName: 'Credential Roster', appVersion: 'bench' }, ports: NO_PORTS, emit: () => undefined });
  const answer = await host.request('app:info', undefined);
  const ms = performance.now() - started;
  if (!answer.ok) throw new Error(answer.error);
  return { ms, host };
}

/**
 * The service host from start to its first answer, as when the app starts: the worker loads its
 * code, opens the roster (and backs it up), then answers. The code alone (an empty folder) goes to stderr.
 */
async function hostFirstAnswer(ws: Workspace): Promise<Prepared> {
  const entry = ensureServiceHostBuilt();
  const dataDir = copyOfStore(ws, 'host-first-answer');
  return async () => {
    const empty = await timeToFirstAnswer(entry, scratchDir(ws, 'host-first-answer-empty'));
    await empty.host.close();
    process.stderr.write(`service host, empty data folder: first answer after ${Math.round(empty.ms)} ms\n`);
    const full = await timeToFirstAnswer(entry, dataDir);
    await full.host.close();
    return { ms: full.ms, rows: ws.size };
  };
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
