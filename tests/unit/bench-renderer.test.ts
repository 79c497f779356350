import { describe, expect, it } from 'vitest';
import { summariseFrames, type FrameStats } from '../bench/frame-recorder';
import { bestRendererResult, type RendererResult } from '../bench/renderer-result';
import { formatTable, rendererMeasures } from '../bench/report';

const stats = (p95: number): FrameStats => ({ frames: 40, p50: 16.7, p95, max: p95 + 10, longTasks: 1, longestTask: p95 });
const result = (scroll: number, filter: number, sort: number, search: number, renderMs: number | null = 100): RendererResult => ({
  size: 50_000,
  chromium: '156.0',
  renderMs,
  frames: { scroll: stats(scroll), filter: stats(filter), sort: stats(sort), search: stats(search) },
});

describe('frame summaries', () => {
  it('takes nearest-rank percentiles of the frame intervals and counts long tasks', () => {
    const frames = [...Array.from({ length: 18 }, () => 16.7), 33.3, 100];
    expect(summariseFrames(frames, [60, 120.04])).toEqual({ frames: 20, p50: 16.7, p95: 33.3, max: 100, longTasks: 2, longestTask: 120 });
    expect(summariseFrames([], [])).toEqual({ frames: 0, p50: 0, p95: 0, max: 0, longTasks: 0, longestTask: 0 });
  });
});

describe('renderer rows', () => {
  it('gives one row per interaction with its p95 against the 50 ms target', () => {
    const rows = rendererMeasures(50_000, result(33.3, 50, 16.7, 66.7));
    expect(rows.map((r) => [r.id, r.ms, r.result])).toEqual([
      ['renderer-scroll', 33.3, 'pass'],
      ['renderer-filter', 50, 'MISS (time)'],
      ['renderer-sort', 16.7, 'pass'],
      ['renderer-search', 66.7, 'MISS (time)'],
    ]);
    expect(rows[0]?.label).toBe('Renderer: scroll 50,000 rows, frame p95');
    expect(rows[0]?.target).toBe('p95 < 50 ms');
    expect(formatTable(rows)).toContain('| 33.3 ms');
  });

  it('says "skipped" when there is no browser, and reports a failure once', () => {
    const skipped = rendererMeasures(50_000, { skipped: 'Chromium not found at /usr/bin/chromium' });
    expect(skipped.map((r) => [r.ms, r.result, r.error])).toEqual(Array.from({ length: 4 }, () => [null, 'skipped', null]));
    const failed = rendererMeasures(50_000, { error: 'the window did not load' });
    expect(failed.map((r) => r.error)).toEqual(['window: the window did not load', null, null, null]);
    expect(formatTable(failed)).toContain('Errors:');
  });

  it('keeps the lowest p95 of each interaction across runs', () => {
    const best = bestRendererResult([result(50, 33.3, 66.7, 16.7, 200), result(33.3, 50, 50, 33.3, null)]);
    expect(best && Object.values(best.frames).map((f) => f.p95)).toEqual([33.3, 33.3, 50, 16.7]);
    expect(best?.renderMs).toBe(200);
    expect(bestRendererResult([])).toBeNull();
  });
});
