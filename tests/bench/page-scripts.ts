/**
 * Scripts the measured window runs before its own: they stand in for Electron's transport and
 * clock without touching what is measured (animation frames, performance.now).
 */
import type { Page } from '@playwright/test';

/** esbuild's keepNames (tsx) adds calls to a `__name` helper inside functions handed to the page; the page lacks it. */
export const NAME_HELPER = 'globalThis.__name ??= (fn) => fn;';

/**
 * Routes `window.roster` calls through one JSON string each way. Playwright serialises an answer value
 * by value (over a minute for 50,000 people), far from Electron's structured clone; one string is not.
 */
const JSON_TRANSPORT =
  'globalThis.__rosterInvoke = async (channel, input) => JSON.parse(await globalThis.__rosterInvokeJson(channel, input));';

/**
 * Makes the page's bridge (tests/e2e/harness/bridge-script.ts, which calls `window.__rosterInvoke`)
 * carry answers as JSON. Call before the page loads (or before a reload); `invoke` answers each call.
 */
export async function useJsonTransport(page: Page, invoke: (channel: string, input: unknown) => Promise<unknown>): Promise<void> {
  await page.exposeFunction('__rosterInvokeJson', async (channel: string, input: unknown) => JSON.stringify(await invoke(channel, input)));
  // Init scripts run after exposed bindings are installed, so this replaces the harness's binding.
  await page.addInitScript(JSON_TRANSPORT);
}

/** Fixes the page's "today" (Date only: performance.now and animation frames stay real, they are what is measured). */
export function fixToday(instant: number): void {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(instant);
      else super(...(args as [string]));
    }
    static override now(): number {
      return instant;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}
