/**
 * Frame-time recording in a page: requestAnimationFrame deltas (what the user sees as smoothness)
 * plus long tasks, summarised as percentiles. Shared by the browser perf spec and the bench.
 */
import type { Page } from '@playwright/test';

export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly longTasks: number;
  readonly longestTask: number;
}

interface RecorderWindow {
  __frames: number[];
  __longTasks: number[];
  __recording: boolean;
  __longTaskObserver?: PerformanceObserver;
}

/** Starts recording requestAnimationFrame deltas and long tasks in the page. */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as RecorderWindow;
    w.__frames = [];
    w.__longTasks = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    w.__longTaskObserver?.disconnect();
    try {
      w.__longTaskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      });
      w.__longTaskObserver.observe({ type: 'longtask' });
    } catch {
      // Long-task timing is optional; frame deltas are the main figure.
    }
  });
}

/** Stops the recorder after the frame in flight has been painted, and summarises what it saw. */
export async function stopFrameRecorder(page: Page): Promise<FrameStats> {
  const { frames, longTasks } = await page.evaluate(
    () =>
      new Promise<{ frames: number[]; longTasks: number[] }>((resolve) => {
        const w = window as unknown as RecorderWindow;
        // Two more frames: the work just triggered is painted in the first, and its delta lands in the second.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            w.__recording = false;
            w.__longTaskObserver?.disconnect();
            resolve({ frames: w.__frames.slice(1), longTasks: w.__longTasks });
          }),
        );
      }),
  );
  return summariseFrames(frames, longTasks);
}

/** Percentiles of frame deltas (nearest rank), rounded to 0.1 ms. */
export function summariseFrames(frames: readonly number[], longTasks: readonly number[]): FrameStats {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    frames: frames.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? 0),
    longTasks: longTasks.length,
    longestTask: round(Math.max(0, ...longTasks)),
  };
}
