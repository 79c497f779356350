/** The figures the app must reach on the largest roster (50,000 people). */
export const TARGET_SIZE = 50_000;
export const PEAK_RSS_TARGET_MB = 600;

export interface Target {
  /** Longest time allowed, in milliseconds. */
  readonly maxMs?: number;
  /** Largest ratio to the baseline allowed. */
  readonly maxRatio?: number;
  /** A window frame-time target: measured in the browser, so this process's memory does not apply. */
  readonly frames?: true;
}

export type MeasureId =
  | 'csv-import'
  | 'csv-reimport'
  | 'store-load'
  | 'open-and-view'
  | 'edit-commit'
  | 'eligibility'
  | 'roster-view'
  | 'roster-export'
  | 'dif-export'
  | 'import-to-report'
  | 'main-thread'
  | 'host-start'
  | 'renderer-scroll'
  | 'renderer-filter'
  | 'renderer-sort'
  | 'renderer-search';

/** Longest frame (95th percentile of animation-frame intervals) allowed while using the roster window. */
export const FRAME_TARGET_MS = 50;

export const TARGETS: Readonly<Partial<Record<MeasureId, Target>>> = {
  'csv-import': { maxMs: 5_000 },
  'csv-reimport': { maxRatio: 3 },
  'store-load': { maxMs: 1_000 },
  'open-and-view': { maxMs: 1_000 },
  'edit-commit': { maxMs: 20 },
  eligibility: { maxMs: 500 },
  'dif-export': { maxMs: 4_000, maxRatio: 2 },
  /** The window's process never waits on roster work: the longest event-loop delay while it runs. */
  'main-thread': { maxMs: 50 },
  'renderer-scroll': { maxMs: FRAME_TARGET_MS, frames: true },
  'renderer-filter': { maxMs: FRAME_TARGET_MS, frames: true },
  'renderer-sort': { maxMs: FRAME_TARGET_MS, frames: true },
  'renderer-search': { maxMs: FRAME_TARGET_MS, frames: true },
};

/** "< 5 s, ≤ 3× baseline; RSS < 600 MB" */
export function describeTarget(target: Target | undefined): string {
  if (target?.frames) return `p95 < ${formatMs(target.maxMs ?? FRAME_TARGET_MS)}`;
  const parts: string[] = [];
  if (target?.maxMs !== undefined) parts.push(`< ${formatMs(target.maxMs)}`);
  if (target?.maxRatio !== undefined) parts.push(`≤ ${target.maxRatio}× baseline`);
  parts.push(`RSS < ${PEAK_RSS_TARGET_MB} MB`);
  return parts.join(', ');
}

/** Which parts of a target a measurement misses; empty when it passes. */
export function targetMisses(
  target: Target | undefined,
  ms: number,
  ratio: number | null,
  peakRssMb: number | null,
): string[] {
  const misses: string[] = [];
  if (target?.maxMs !== undefined && ms >= target.maxMs) misses.push('time');
  if (target?.maxRatio !== undefined && (ratio === null || ratio > target.maxRatio)) misses.push('ratio');
  if (peakRssMb !== null && peakRssMb >= PEAK_RSS_TARGET_MB) misses.push('memory');
  return misses;
}

export function formatMs(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1_000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
