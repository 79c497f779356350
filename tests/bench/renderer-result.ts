/** What the window's frame-time measurement reports; kept apart from the driver so the report needs no browser code. */
import fs from 'node:fs';
import type { FrameStats } from './frame-recorder';
import { chromiumPath } from '../e2e/harness/chromium';

/** The four interactions measured, in the order the table lists them. */
export const RENDERER_ACTIONS = ['scroll', 'filter', 'sort', 'search'] as const;
export type RendererAction = (typeof RENDERER_ACTIONS)[number];

export interface RendererResult {
  readonly size: number;
  /** The browser's version, as it reports it. */
  readonly chromium: string;
  /** From the roster answer reaching the window to the table on screen (the window's own share of loading). */
  readonly renderMs: number | null;
  readonly frames: Readonly<Record<RendererAction, FrameStats>>;
}

/** A measurement, or why there is none: skipped (no browser here) or failed. */
export type RendererOutcome = RendererResult | { readonly skipped: string } | { readonly error: string };

/** The Chromium to drive, or null when it is not installed. */
export function findChromium(): string | null {
  const candidate = chromiumPath();
  return fs.existsSync(candidate) ? candidate : null;
}

/** Keeps, per interaction, the run with the lowest p95 (other load on the machine only ever adds time). */
export function bestRendererResult(results: readonly RendererResult[]): RendererResult | null {
  const [first, ...rest] = results;
  if (first === undefined) return null;
  const frames = { ...first.frames };
  for (const result of rest) {
    for (const action of Object.keys(frames) as RendererAction[]) {
      if (result.frames[action].p95 < frames[action].p95) frames[action] = result.frames[action];
    }
  }
  const renders = results.map((r) => r.renderMs).filter((ms): ms is number => ms !== null);
  return { ...first, frames, renderMs: renders.length > 0 ? Math.min(...renders) : null };
}
