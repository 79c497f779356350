/**
 * Frame times of the built window on a large roster, in Debian's Chromium:
 * `node --import tsx tests/bench/renderer.ts <size> [--dir <workspace>] [--profile <folder>]` prints one JSON line;
 * `--profile` writes a Chromium CPU profile of each interaction (scroll.cpuprofile, …); `--trace` a timeline
 * trace instead (scroll.trace.json, …), which shows style, layout and paint as well as script.
 *
 * The window runs as in the browser tests (tests/e2e/harness): the harness's server serves the build,
 * its bridge script builds `window.roster`, and the REAL handlers answer against a copy of the
 * workspace's data file. Answers cross as one JSON string (page-scripts.ts), and the window's
 * "today" is the bench's as-of date.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHANNELS, type ChannelName } from '../../shared/ipc';
import type { RosterView } from '../../shared/view-models';
import { MAIN_EVENTS } from '../../shared/events';
import { RosterStore } from '../../electron/store/roster-store';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { installRosterBridge } from '../e2e/harness/bridge-script';
import { buildSearchIndex, filterRoster, NO_FILTERS, type RosterFilters } from '../../renderer/src/lib/filter-roster';
import { findChromium, type RendererResult } from './renderer-result';
import { CHROMIUM_ARGS } from '../e2e/harness/chromium';
import { fixToday, NAME_HELPER, useJsonTransport } from './page-scripts';
import { countText, measureFilter, measureScroll, measureSearch, measureSort, waitForCount, type FilterChoice } from './roster-interactions';
import { profileThrough } from './profile';
import { defaultWorkspaceDir, openOrPrepareWorkspace, copyOfStore, type Workspace } from './workspace';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD_INDEX = path.join(ROOT, 'out', 'renderer', 'index.html');
const SERVE_SCRIPT = path.join(ROOT, 'tests', 'e2e', 'harness', 'serve.ts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the window (electron-vite) when there is no build, or when its sources are newer than it. */
export function ensureRendererBuild(log: (text: string) => void): void {
  const built = fs.existsSync(BUILD_INDEX) ? fs.statSync(BUILD_INDEX).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(ROOT, 'renderer')), newestMtime(path.join(ROOT, 'shared')));
  if (built >= sources) return;
  log(built === 0 ? 'Building the window (no build yet)…' : 'Rebuilding the window (sources changed)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(BUILD_INDEX)) {
    throw new Error(`electron-vite build failed: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-5).join(' ')}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

/** Starts the browser tests' static server on a free port; resolves once it listens. */
async function startServer(): Promise<{ readonly url: string; readonly child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE_SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, HARNESS_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`The harness server did not start: ${errors.trim()}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The harness server exited (${code}): ${errors.trim()}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** A data folder holding a copy of the workspace's roster, so nothing the window does touches the shared one. */
function copyStore(ws: Workspace): RosterStore {
  return RosterStore.open({ dataDir: copyOfStore(ws, 'renderer') }).store;
}

/** Who to search for and what to filter by, with the counts the window should then show (from the same answer). */
function planFor(view: RosterView): {
  readonly term: string;
  readonly searchCount: string;
  readonly filters: readonly FilterChoice[];
} {
  const people = view.people;
  const index = buildSearchIndex(people);
  const count = (filters: Partial<RosterFilters>) => countText(filterRoster(people, index, { ...NO_FILTERS, ...filters }).length, people.length);
  const all = countText(people.length, people.length);
  const term = (people[Math.floor(people.length / 2)]?.lastName ?? 'a').toLowerCase();
  // A manager looking unit by unit, status by status and credential by credential, back to everyone each time:
  // enough changes that the 95th percentile is a percentile of many frames, not the slowest of a few.
  const filters: FilterChoice[] = [];
  const pick = (label: string, value: string, chosen: Partial<RosterFilters>) => {
    filters.push({ label, value, count: count(chosen) }, { label, value: '', count: all });
  };
  for (const unit of view.units.filter((u) => u !== '').slice(0, 3)) pick('Unit', unit, { unit });
  for (const ccsStatus of ['eligible', 'not-yet', 'certified'] as const) pick('CCS status', ccsStatus, { ccsStatus });
  for (const credential of view.credentialCodes.slice(0, 2)) pick('Credential', credential, { credential });
  return { term, searchCount: count({ search: term }), filters };
}

/** Where to write profiles of each interaction: JS CPU profiles, or full timeline traces (style, layout, paint). */
export interface ProfileOptions {
  readonly dir: string;
  readonly kind: 'cpu' | 'trace';
}

/** Runs `work` under Chromium's CPU profiler (`<dir>/<name>.cpuprofile`) or its tracer (`<dir>/<name>.trace.json`). */
async function profiled<T>(page: Page, profile: ProfileOptions | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (profile === undefined) return work();
  fs.mkdirSync(profile.dir, { recursive: true });
  if (profile.kind === 'trace') {
    const browser = page.context().browser();
    if (!browser) throw new Error('Tracing needs a launched browser');
    await browser.startTracing(page, { path: path.join(profile.dir, `${name}.trace.json`), screenshots: false });
    try {
      return await work();
    } finally {
      await browser.stopTracing();
    }
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    const send = (method: string, params?: object) => cdp.send(method as never, params as never);
    return await profileThrough(send, path.join(profile.dir, `${name}.cpuprofile`), work);
  } finally {
    await cdp.detach();
  }
}

/** Loads the roster in the window and measures scrolling, filtering, sorting and searching. */
export async function measureRenderer(ws: Workspace, chromiumPath: string, profile?: ProfileOptions): Promise<RendererResult> {
  const store = copyStore(ws);
  const handlers = createHandlers({
    store,
    appName: 'Credential Roster',
    appVersion: 'bench',
    newId: randomUUID,
    dialogs: { openImportFiles: async () => null, saveFile: async () => null },
    shell: { showInFolder: () => undefined, openExternal: async () => undefined },
    emit: () => undefined,
  });
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, baseURL: server.url });
    let view: RosterView | null = null;
    await page.addInitScript(NAME_HELPER);
    await useJsonTransport(page, async (channel, raw) => {
      const result = await dispatch(handlers, channel as ChannelName, raw, { log: (message, error) => console.error(message, error) });
      if (channel === 'roster:list' && result.ok) view = result.value as RosterView;
      return result;
    });
    await page.addInitScript(fixToday, Date.parse(`${ws.asOf}T12:00:00`));
    await page.addInitScript(installRosterBridge, { channels: CHANNELS, events: MAIN_EVENTS, dropDir: ws.dir });
    await page.goto('/index.html');
    const total = ws.size;
    await waitForCount(page, countText(total, total), 180_000);
    const renderMs = await readRenderMs(page);
    const loaded = view as RosterView | null;
    if (loaded === null) throw new Error('The window showed the roster but the roster answer was not seen');
    const plan = planFor(loaded);

    const scroll = await profiled(page, profile, 'scroll', () => measureScroll(page));
    const sort = await profiled(page, profile, 'sort', () =>
      measureSort(page, [
        { column: /Coding exp/, expect: 'descending' },
        { column: /Coding exp/, expect: 'ascending' },
        { column: /^Unit/, expect: 'ascending' },
        { column: /^Unit/, expect: 'descending' },
        { column: /CCS status/, expect: 'ascending' },
        { column: /Credentials/, expect: 'ascending' },
        { column: /^Name/, expect: 'ascending' },
      ]),
    );
    const filter = await profiled(page, profile, 'filter', () => measureFilter(page, plan.filters));
    const search = await profiled(page, profile, 'search', () => measureSearch(page, plan.term, plan.searchCount));
    const chromiumVersion = browser.version();
    return { size: total, chromium: chromiumVersion, renderMs, frames: { scroll, filter, sort, search } };
  } finally {
    await browser.close();
    server.child.kill();
  }
}

async function readRenderMs(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const received = performance.getEntriesByName('roster-received').at(-1);
    const rendered = performance.getEntriesByName('roster-rendered').at(-1);
    return received && rendered ? Math.round(rendered.startTime - received.startTime) : null;
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const size = Number(argv[0]);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error('Usage: renderer.ts <size> [--dir <workspace>] [--profile <folder> | --trace <folder>]');
  }
  const profileFlag = argv.findIndex((a) => a === '--profile' || a === '--trace');
  const profileDir = profileFlag >= 0 ? argv[profileFlag + 1] : undefined;
  if (profileFlag >= 0 && profileDir === undefined) throw new Error(`${argv[profileFlag]} needs a folder`);
  const profile: ProfileOptions | undefined =
    profileDir === undefined ? undefined : { dir: profileDir, kind: argv[profileFlag] === '--trace' ? 'trace' : 'cpu' };
  const dirFlag = argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? argv[dirFlag + 1] : defaultWorkspaceDir(size);
  if (dir === undefined) throw new Error('--dir needs a folder');
  const chromiumPath = findChromium();
  if (chromiumPath === null) throw new Error('Chromium not found (set CHROMIUM_PATH or apt-get install -y chromium)');
  ensureRendererBuild((text) => process.stderr.write(`${text}\n`));
  const result = await measureRenderer(openOrPrepareWorkspace(size, dir), chromiumPath, profile);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = 1;
  });
}
