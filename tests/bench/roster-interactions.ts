/**
 * What a manager does on a large roster, driven through the window with plain Playwright calls
 * (no test-runner `expect`, so the bench can run it too), each wrapped in a frame recorder.
 */
import type { ElementHandle, Page } from '@playwright/test';
import { startFrameRecorder, stopFrameRecorder, type FrameStats } from './frame-recorder';

/** How long the steady scroll lasts, and how far it moves each frame (a fast flick, every frame new rows). */
const SCROLL_MS = 3_000;
const SCROLL_STEP_PX = 600;
/** Milliseconds between keystrokes when typing a search (a quick typist). */
const TYPING_DELAY_MS = 40;
const WAIT_MS = 60_000;

/** "Showing 1,234 of 50,000", as the count line reads. */
export function countText(shown: number, total: number): string {
  return `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}

/** Waits until the roster's count line reads exactly `text`. */
export async function waitForCount(page: Page, text: string, timeout = WAIT_MS): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="roster-count"]')?.textContent === expected,
    text,
    { timeout, polling: 50 },
  );
}

/** Scrolls the roster one step per frame for about three seconds, recording frame times. */
export async function measureScroll(page: Page): Promise<FrameStats> {
  await startFrameRecorder(page);
  await page.evaluate(
    ([ms, stepPx]) =>
      new Promise<void>((resolve) => {
        const el = document.querySelector('[data-testid="roster-scroll"]') as HTMLElement;
        const started = performance.now();
        const step = () => {
          el.scrollTop += stepPx;
          if (performance.now() - started < ms) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      }),
    [SCROLL_MS, SCROLL_STEP_PX] as const,
  );
  return stopFrameRecorder(page);
}

/** Types `term` into the search box key by key and waits for the filtered count. */
export async function measureSearch(page: Page, term: string, expectedCount: string): Promise<FrameStats> {
  await startFrameRecorder(page);
  await page.getByLabel('Search', { exact: true }).pressSequentially(term, { delay: TYPING_DELAY_MS });
  await waitForCount(page, expectedCount);
  return stopFrameRecorder(page);
}

/** One filter choice: which filter, which option, and the count line it should produce. */
export interface FilterChoice {
  readonly label: string;
  readonly value: string;
  readonly count: string;
}

/**
 * Picks filter options in turn, waiting each time for its count. The controls are found before
 * recording starts: finding them by label walks the whole page, which is the harness's work, not
 * the window's, and would otherwise land in the measured frames.
 */
export async function measureFilter(page: Page, choices: readonly FilterChoice[]): Promise<FrameStats> {
  const controls = new Map<string, ElementHandle>();
  for (const { label } of choices) {
    if (!controls.has(label)) controls.set(label, await page.getByLabel(label, { exact: true }).elementHandle());
  }
  await startFrameRecorder(page);
  for (const choice of choices) {
    await controls.get(choice.label)?.selectOption(choice.value);
    await waitForCount(page, choice.count);
  }
  return stopFrameRecorder(page);
}

/** Clicks column headers' sort buttons in turn (found before recording, as above), waiting each time for the header to say how it sorts. */
export async function measureSort(
  page: Page,
  clicks: readonly { readonly column: RegExp; readonly expect: 'ascending' | 'descending' }[],
): Promise<FrameStats> {
  const buttons: ElementHandle[] = [];
  for (const click of clicks) {
    // The sort button by its own name: the Name header also holds the select-everyone box.
    buttons.push(await page.locator('th[scope="col"]').getByRole('button', { name: click.column }).elementHandle());
  }
  await startFrameRecorder(page);
  for (const [i, click] of clicks.entries()) {
    await buttons[i]?.click();
    await page.waitForFunction(
      ([source, flags, sort]) =>
        [...document.querySelectorAll('th[scope="col"]')].some(
          (th) => new RegExp(source, flags).test(th.textContent ?? '') && th.getAttribute('aria-sort') === sort,
        ),
      [click.column.source, click.column.flags, click.expect] as const,
      { timeout: WAIT_MS, polling: 50 },
    );
  }
  return stopFrameRecorder(page);
}
