import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/harness/chromium';

const PORT = Number(process.env.HARNESS_PORT ?? 4173);

// Browser tests run the built window in Chromium against the real handlers (tests/e2e/harness);
// the Electron spec launches the real app where an Electron binary is installed.
export default defineConfig({
  testDir: 'tests/e2e',
  // Parallel runs in one tree can each have their own folder (Playwright empties it at start).
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? 'tests/output/test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'tests/output/playwright-report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: 'npx tsx tests/e2e/harness/serve.ts',
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    env: { HARNESS_PORT: String(PORT) },
  },
});
