/**
 * `npm run bench [-- --json] [-- --sizes 1000,10000]`: generates seeded synthetic rosters, runs
 * each step in a fresh child process (so each peak-memory figure is that step's own), and prints
 * one table with times, baselines, ratios, peak RSS and the targets at 50,000 people.
 * `--repeat N` runs every step N times (fresh processes) and keeps the fastest: use it on a busy machine.
 * At the largest size it also drives the built window in Chromium (tests/bench/renderer.ts) and adds its
 * frame times; without Chromium those rows say "skipped". `--no-renderer` leaves them out.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StepName } from './steps';
import { hasSoffice, STEP_NAMES } from './steps';
import type { Measure, StepOutcome } from './report';
import { formatTable, measuresFor, rendererMeasures } from './report';
import type { RendererOutcome, RendererResult } from './renderer-result';
import { bestRendererResult, findChromium } from './renderer-result';
import { chromiumPath } from '../e2e/harness/chromium';
import { prepareWorkspace } from './workspace';
import { BENCH_AS_OF, DEFAULT_SEED } from './generate-roster';
import { formatMs, PEAK_RSS_TARGET_MB } from './targets';

const DEFAULT_SIZES = [1_000, 10_000, 50_000];
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const STEP_SCRIPT = path.join(HERE, 'step.ts');
const RENDERER_SCRIPT = path.join(HERE, 'renderer.ts');

interface Options {
  readonly json: boolean;
  readonly sizes: readonly number[];
  readonly keep: boolean;
  /** Runs of each step; the fastest time is kept (other load only ever adds time), the highest RSS. */
  readonly repeat: number;
  /** Whether to measure the window's frame times in Chromium. */
  readonly renderer: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  let json = false;
  let keep = false;
  let renderer = true;
  let repeat = 1;
  let sizes = DEFAULT_SIZES;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--no-renderer') renderer = false;
    else if (arg === '--repeat') {
      repeat = Number(argv[++i]);
      if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat needs a whole number from 1');
    }
    else if (arg === '--sizes') {
      const list = argv[++i] ?? '';
      sizes = list.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new Error(`--sizes needs whole numbers separated by commas, e.g. 1000,10000 (got "${list}")`);
      }
    } else throw new Error(`Unknown option ${arg}. Options: --json, --sizes 1000,10000, --repeat 3, --keep, --no-renderer`);
  }
  return { json, sizes, keep, repeat, renderer };
}

function runInChild(step: StepName, size: number, dir: string): StepOutcome {
  const child = spawnSync(process.execPath, ['--import', 'tsx', STEP_SCRIPT, step, String(size), '--dir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last) as StepOutcome | { error: string };
    if ('error' in parsed) return { step, error: parsed.error };
    return parsed;
  } catch {
    const why = child.error?.message ?? (child.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${child.status}`);
    return { step, error: why };
  }
}

function runRendererInChild(size: number, dir: string): RendererResult | { readonly error: string } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', RENDERER_SCRIPT, String(size), '--dir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 300_000,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as RendererResult | { error: string };
  } catch {
    return { error: child.error?.message ?? (child.stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${child.status}`) };
  }
}

/** The window's frame times: best of `runs` fresh browser sessions, or why there are none. */
function measureWindow(runs: number, size: number, dir: string): RendererOutcome {
  if (findChromium() === null) return { skipped: `Chromium not found at ${chromiumPath()}` };
  const results: RendererResult[] = [];
  for (let i = 0; i < runs; i++) {
    const outcome = runRendererInChild(size, dir);
    if ('error' in outcome) return outcome;
    results.push(outcome);
  }
  return bestRendererResult(results) ?? { error: 'no run' };
}

function bestOf(runs: number, run: () => StepOutcome): StepOutcome {
  let best: Extract<StepOutcome, { ms: number }> | null = null;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const outcome = run();
    if ('error' in outcome) return outcome;
    peak = Math.max(peak, outcome.peakRssMb);
    if (best === null || outcome.ms < best.ms) best = outcome;
  }
  if (best === null) throw new Error('A step needs at least one run');
  return { ...best, peakRssMb: peak };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'credential-roster-bench-'));
  const soffice = hasSoffice();
  const log = (text: string): void => {
    if (!options.json) process.stderr.write(`${text}\n`);
  };
  const measures: Measure[] = [];
  const loadBefore = os.loadavg()[0] ?? 0;
  const windowSize = Math.max(...options.sizes);
  let windowOutcome: RendererOutcome | null = null;
  try {
    for (const size of options.sizes) {
      log(`Preparing ${size.toLocaleString('en-US')} people…`);
      const workspace = prepareWorkspace(size, path.join(root, String(size)));
      const outcomes = new Map<StepName, StepOutcome>();
      for (const step of STEP_NAMES) {
        if (step === 'soffice-baseline' && !soffice) continue;
        const outcome = bestOf(options.repeat, () => runInChild(step, size, workspace.dir));
        outcomes.set(step, outcome);
        log(`  ${step}: ${'error' in outcome ? `error: ${outcome.error}` : formatMs(outcome.ms)}`);
      }
      measures.push(...measuresFor(size, outcomes));
      if (options.renderer && size === windowSize) {
        log(`  window in Chromium (scroll, filter, sort, search)…`);
        windowOutcome = measureWindow(options.repeat, size, workspace.dir);
        measures.push(...rendererMeasures(size, windowOutcome));
      }
    }
  } finally {
    if (!options.keep) fs.rmSync(root, { recursive: true, force: true });
  }
  const environment = {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    asOf: BENCH_AS_OF,
    seed: DEFAULT_SEED,
    repeat: options.repeat,
    libreOffice: soffice,
    window: describeWindow(windowOutcome),
    peakRssTargetMb: PEAK_RSS_TARGET_MB,
    // Other work on the machine slows every step alike; the ratios to baselines hold up better than the times.
    loadAverage: { before: round2(loadBefore), after: round2(os.loadavg()[0] ?? 0) },
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ environment, measures }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatTable(measures)}\n`);
    process.stdout.write(
      `\nNode ${environment.node}, ${environment.cpus}; as of ${environment.asOf}, seed ${environment.seed}; ` +
        `each step in a fresh process, best of ${options.repeat}; LibreOffice ${soffice ? 'found' : 'not installed (no import-to-report comparison)'}; ` +
        `load average ${environment.loadAverage.before} before, ${environment.loadAverage.after} after.\n` +
        `${windowFootnote(windowOutcome)}\n`,
    );
  }
  if (measures.some((m) => m.error)) process.exitCode = 1;
}

/** What the JSON says about the window measurement, beside its rows. */
function describeWindow(outcome: RendererOutcome | null): Record<string, unknown> {
  if (outcome === null) return { measured: false, reason: 'left out (--no-renderer)' };
  if ('skipped' in outcome) return { measured: false, reason: outcome.skipped };
  if ('error' in outcome) return { measured: false, reason: outcome.error };
  return { measured: true, chromium: outcome.chromium, people: outcome.size, renderMs: outcome.renderMs, frames: outcome.frames };
}

function windowFootnote(outcome: RendererOutcome | null): string {
  if (outcome === null) return 'Renderer rows left out (--no-renderer).';
  if ('skipped' in outcome) {
    return `Renderer rows skipped: ${outcome.skipped} (apt-get install -y chromium, or set CHROMIUM_PATH).`;
  }
  if ('error' in outcome) return `Renderer rows failed: ${outcome.error}`;
  return (
    `Renderer: the built window in Chromium ${outcome.chromium} (1400×900, software rendering), real handlers; ` +
    `frame p95 = 95th percentile of animation-frame intervals while scrolling 3 s, choosing 8 filter options and clearing each, 7 clicks on sort headers, typing a search; ` +
    `table on screen ${outcome.renderMs ?? '—'} ms after the roster answer arrived.`
  );
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
