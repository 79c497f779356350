/**
 * How the browser tests and the benchmark start Debian's Chromium: Playwright cannot download its
 * own browser here, and without the background-networking flags Chromium keeps trying to reach
 * Google's hosts on a machine with no network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Chromium is expected: CHROMIUM_PATH when set, else Debian's package. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
