import type { StepName, StepResult } from './steps';
import type { MeasureId } from './targets';
import type { FrameStats } from './frame-recorder';
import type { RendererAction, RendererOutcome } from './renderer-result';
import { RENDERER_ACTIONS } from './renderer-result';
import { describeTarget, formatMs, TARGET_SIZE, TARGETS, targetMisses } from './targets';

/** One step's outcome from its child process. */
export type StepOutcome = (StepResult & { readonly peakRssMb: number }) | { readonly step: StepName; readonly error: string };

/** One line of the table: an app step, its baseline, the ratio, memory and the target. */
export interface Measure {
  readonly size: number;
  readonly id: MeasureId;
  readonly label: string;
  readonly ms: number | null;
  readonly baseline: string | null;
  readonly baselineMs: number | null;
  readonly ratio: number | null;
  readonly peakRssMb: number | null;
  readonly rows: number | null;
  readonly target: string | null;
  /** 'pass' / 'miss (time, ratio)'; null when no target applies at this size. */
  readonly result: string | null;
  readonly error: string | null;
  /** Window rows only: every frame figure of that interaction (ms is its p95). */
  readonly frames?: FrameStats;
}

interface MeasureSpec {
  readonly id: MeasureId;
  readonly label: string;
  readonly steps: readonly StepName[];
  readonly baseline?: { readonly step: StepName; readonly label: string };
  /** A yardstick (not something the app does), or a figure shown for information: held to no target. */
  readonly yardstick?: true;
}

const SPECS: readonly MeasureSpec[] = [
  { id: 'csv-import', label: 'CSV import (parse, map, validate, commit)', steps: ['csv-import'], baseline: { step: 'csv-parse-baseline', label: 'papaparse alone' } },
  {
    id: 'csv-reimport',
    label: 'Weekly re-import (same export, 1 in 100 changed)',
    steps: ['csv-reimport'],
    baseline: { step: 'weekly-parse-baseline', label: 'papaparse alone' },
  },
  { id: 'store-load', label: 'Store load at start-up', steps: ['store-load'] },
  { id: 'open-and-view', label: 'Open the roster and build the first roster view', steps: ['open-and-view'] },
  { id: 'edit-commit', label: 'One edit committed', steps: ['edit-commit'] },
  { id: 'eligibility', label: 'Eligibility for everyone', steps: ['eligibility'] },
  { id: 'roster-view', label: 'Roster view build', steps: ['roster-view'] },
  { id: 'roster-export', label: 'Roster export (xlsx)', steps: ['roster-export'], baseline: { step: 'roster-xlsx-baseline', label: 'bare streaming writer' } },
  { id: 'dif-export', label: 'DIF export (xlsx)', steps: ['dif-export'], baseline: { step: 'dif-xlsx-baseline', label: 'bare streaming writer' } },
  {
    id: 'main-thread',
    label: 'Longest main-thread stall during an import and a DIF export (service host)',
    steps: ['main-thread-stall'],
    baseline: { step: 'main-thread-idle-baseline', label: 'same sampler, idle thread' },
  },
  { id: 'host-start', label: 'Service host start-up: start to first answer', steps: ['host-first-answer'], yardstick: true },
  { id: 'import-to-report', label: 'Import to DIF report', steps: ['csv-import', 'dif-export'], baseline: { step: 'soffice-baseline', label: 'LibreOffice CSV→xlsx' } },
];

export function measuresFor(size: number, outcomes: ReadonlyMap<StepName, StepOutcome>): Measure[] {
  const measures: Measure[] = [];
  for (const spec of SPECS) {
    const baselineOutcome = spec.baseline ? outcomes.get(spec.baseline.step) : undefined;
    // The LibreOffice comparison exists only where LibreOffice is installed.
    if (spec.id === 'import-to-report' && baselineOutcome === undefined) continue;
    const parts = spec.steps.map((s) => outcomes.get(s));
    const failed = [...parts, baselineOutcome].find((o) => o !== undefined && 'error' in o);
    const done = parts.filter((o): o is Extract<StepOutcome, { ms: number }> => o !== undefined && 'ms' in o);
    const ms = done.length === parts.length ? done.reduce((sum, o) => sum + o.ms, 0) : null;
    const baselineMs = baselineOutcome && 'ms' in baselineOutcome ? baselineOutcome.ms : null;
    const ratio = ms !== null && baselineMs !== null && baselineMs > 0 ? ms / baselineMs : null;
    const peakRssMb = done.length > 0 ? Math.max(...done.map((o) => o.peakRssMb)) : null;
    const atTarget = size === TARGET_SIZE && spec.yardstick !== true;
    const target = TARGETS[spec.id];
    const misses = ms === null ? ['error'] : targetMisses(target, ms, ratio, peakRssMb);
    measures.push({
      size,
      id: spec.id,
      label: spec.label,
      ms,
      baseline: spec.baseline?.label ?? null,
      baselineMs,
      ratio,
      peakRssMb,
      rows: done[done.length - 1]?.rows ?? null,
      target: atTarget ? describeTarget(target) : null,
      result: atTarget ? (misses.length === 0 ? 'pass' : `MISS (${misses.join(', ')})`) : null,
      error: failed && 'error' in failed ? `${failed.step}: ${failed.error}` : null,
    });
  }
  return measures;
}

const RENDERER_LABELS: Readonly<Record<RendererAction, string>> = {
  scroll: 'scroll',
  filter: 'filter',
  sort: 'sort',
  search: 'search',
};

/** The window's rows: one per interaction, its time the 95th-percentile frame; "skipped" when there is no browser. */
export function rendererMeasures(size: number, outcome: RendererOutcome): Measure[] {
  const atTarget = size === TARGET_SIZE;
  return RENDERER_ACTIONS.map((action, i) => {
    const id: MeasureId = `renderer-${action}`;
    const target = TARGETS[id];
    const frames = 'frames' in outcome ? outcome.frames[action] : undefined;
    const skipped = 'skipped' in outcome ? outcome.skipped : null;
    const misses = frames === undefined ? [] : targetMisses(target, frames.p95, null, null);
    const result = skipped !== null ? 'skipped' : frames === undefined ? 'error' : misses.length === 0 ? 'pass' : `MISS (${misses.join(', ')})`;
    return {
      size,
      id,
      label: `Renderer: ${RENDERER_LABELS[action]} ${size.toLocaleString('en-US')} rows, frame p95`,
      ms: frames?.p95 ?? null,
      baseline: null,
      baselineMs: null,
      ratio: null,
      peakRssMb: null,
      rows: frames?.frames ?? null,
      target: atTarget ? describeTarget(target) : null,
      result: atTarget || skipped !== null ? result : null,
      // One failure, told once.
      error: 'error' in outcome && i === 0 ? `window: ${outcome.error}` : null,
      ...(frames ? { frames } : {}),
    };
  });
}

/** One plain-text table, every size in it. */
export function formatTable(measures: readonly Measure[]): string {
  const header = ['Size', 'Step', 'Time', 'Baseline', '× baseline', 'Peak RSS', `Target at ${TARGET_SIZE.toLocaleString('en-US')}`, 'Result'];
  const body = measures.map((m) => [
    m.size.toLocaleString('en-US'),
    m.label,
    m.error && m.ms === null ? 'error' : m.ms === null ? '—' : m.frames ? `${m.ms.toFixed(1)} ms` : formatMs(m.ms),
    m.baseline === null ? '' : `${m.baselineMs === null ? '—' : formatMs(m.baselineMs)} ${m.baseline}`,
    m.ratio === null ? '' : `${m.ratio.toFixed(2)}×`,
    m.peakRssMb === null ? '' : `${Math.round(m.peakRssMb)} MB`,
    m.target ?? '',
    m.result ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const errors = measures.filter((m) => m.error).map((m) => `  ${m.size.toLocaleString('en-US')} ${m.label}: ${m.error}`);
  return [line(header), rule, ...body.map(line), ...(errors.length ? ['', 'Errors:', ...errors] : [])].join('\n');
}
