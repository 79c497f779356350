/**
 * Personal data stays on the machine: through a whole session (import HR files, the roster, a
 * person, the dashboard, settings and backups, a report export, the new-person dialog) the page
 * makes no request outside its own origin and tries none that the CSP had to block.
 */
import path from 'node:path';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, fixture, importFiles } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW });

test('a full session makes no request outside the app’s own origin', async ({ app, page, harness, dataDir }) => {
  const origin = new URL(app.url()).origin;
  // Anything leaving the origin is stopped and recorded, as well as seen by the harness's log.
  const stopped: string[] = [];
  await page.context().route(
    (url) => url.origin !== origin,
    (route) => {
      stopped.push(route.request().url());
      return route.abort();
    },
  );
  // Requests the CSP blocks never reach the network layer; the page reports them as violations.
  const recordViolations = (): void => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  };
  await page.evaluate(recordViolations);
  await page.addInitScript(recordViolations);
  const violationsSoFar = (): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);

  await importFiles(app, harness, [fixture('hris-long-export.csv'), fixture('coding-experience.csv')], { skipInvalid: true });
  await expect(app.getByTestId('roster-count')).toContainText('Showing');

  const firstPerson = app.locator('main').getByRole('button').filter({ hasText: ',' }).first();
  const name = (await firstPerson.textContent())?.trim() ?? '';
  await firstPerson.click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();

  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByRole('figure').first()).toBeVisible();

  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(app.locator('#backups-title')).toBeVisible();

  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  harness.nextSavePath = path.join(dataDir, 'dif.xlsx');
  await app.getByLabel('Export a report').selectOption('dif');
  const exportDialog = app.getByRole('dialog', { name: /^Export:/ });
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.getByTestId('export-saved')).toBeVisible();
  await exportDialog.getByRole('button', { name: 'Done' }).click();

  await app.getByRole('button', { name: 'New person' }).click();
  await expect(app.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  const violations = await violationsSoFar();
  await app.reload();
  await expect(app.getByTestId('roster-count')).toContainText('Showing');
  violations.push(...(await violationsSoFar()));

  const outside = harness.requests.filter((url) => new URL(url).origin !== origin);
  // Only violations naming an address are attempts to reach out; "eval" is zod probing whether
  // it may compile validators, which the CSP refuses and zod then does without.
  const reachingOut = violations.filter((v) => /\s(https?|wss?|ftp|data|blob):/.test(v) || /\s\/\//.test(v));
  console.log(
    `no-network: ${harness.requests.length} requests, all to ${origin}; ${stopped.length} stopped; ` +
      `${reachingOut.length} blocked attempts to reach an address; other CSP reports: ${violations.filter((v) => !reachingOut.includes(v)).join(', ') || 'none'}`,
  );
  expect(harness.requests.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
  expect(stopped).toEqual([]);
  expect(reachingOut).toEqual([]);
  expect(violations.every((v) => v === 'script-src eval')).toBe(true);
});
