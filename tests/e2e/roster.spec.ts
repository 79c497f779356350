import { expect, test } from './harness/fixture';
import { FIXED_NOW, FIXED_TODAY, fixture, importFiles, rosterCounts, screenshot } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW });

test.beforeEach(async ({ app, harness }) => {
  await importFiles(app, harness, [fixture('hris-long-export.csv'), fixture('coding-experience.csv')], { skipInvalid: true });
});

test('the roster lists everyone with badges, CCS status and experience, and counts what is shown', async ({ app, readDataFile }) => {
  const total = readDataFile().people.length;
  expect(await rosterCounts(app)).toEqual({ shown: total, total });
  await expect(app.getByLabel('As of', { exact: true })).toHaveValue(FIXED_TODAY);
  const table = app.getByRole('table', { name: 'Roster' });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  // Lapsed credentials carry words, not only colour.
  await expect(table.locator('.badge-expired, .badge-inactive, .badge-revoked').first()).toContainText(/expired|inactive|revoked/);
  await expect(table.getByText(/Certified|Eligible|Not yet/).first()).toBeVisible();
  await screenshot(app, 'roster-1280');
});

test('search by name or id, filters and clearing them', async ({ app, readDataFile }) => {
  const { total } = await rosterCounts(app);
  const nakamuras = readDataFile().people.filter((p) => p.lastName === 'Nakamura').length;
  expect(nakamuras).toBeGreaterThan(1);
  await app.getByLabel('Search', { exact: true }).fill('nakamura');
  await expect.poll(async () => (await rosterCounts(app)).shown).toBe(nakamuras);
  await app.getByLabel('Search', { exact: true }).fill('032448');
  await expect.poll(async () => (await rosterCounts(app)).shown).toBe(1);
  await expect(app.getByRole('button', { name: 'Tanaka, Aaliyah' })).toBeVisible();

  await app.getByLabel('Search', { exact: true }).fill('');
  // The search applies after a short pause in typing: wait for everyone to be back before filtering.
  await expect.poll(async () => (await rosterCounts(app)).shown).toBe(total);
  await app.getByLabel('Unit', { exact: true }).selectOption('CDI');
  const cdi = (await rosterCounts(app)).shown;
  expect(cdi).toBeGreaterThan(0);
  expect(cdi).toBeLessThan(total);
  await app.getByLabel('Employment', { exact: true }).selectOption('leave');
  const onLeave = (await rosterCounts(app)).shown;
  expect(onLeave).toBeLessThanOrEqual(cdi);
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect.poll(async () => (await rosterCounts(app)).shown).toBe(total);

  await app.getByLabel('Credential', { exact: true }).selectOption('CCS-P');
  const withCcsp = (await rosterCounts(app)).shown;
  expect(withCcsp).toBeGreaterThan(0);
  await app.getByLabel('Credential', { exact: true }).selectOption('');
  await app.getByLabel('Expiring within', { exact: true }).selectOption('90');
  const expiring = (await rosterCounts(app)).shown;
  expect(expiring).toBeLessThan(total);
  await app.getByLabel('CCS status', { exact: true }).selectOption('certified');
  await app.getByLabel('Expiring within', { exact: true }).selectOption('');
  const certified = (await rosterCounts(app)).shown;
  await expect(app.locator('.roster-body .ccs-certified')).toHaveCount(certified);
});

test('every column sorts, and the sort is announced on the header', async ({ app }) => {
  const idHeader = app.getByRole('columnheader', { name: /Employee ID/ });
  await idHeader.getByRole('button').click();
  await expect(idHeader).toHaveAttribute('aria-sort', 'ascending');
  const firstId = async () => (await app.locator('.roster-body tr').first().locator('td').first().textContent())?.trim();
  const ascending = await firstId();
  await idHeader.getByRole('button').click();
  await expect(idHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = await firstId();
  expect(ascending! < descending!).toBe(true);
  for (const name of ['Unit', 'Job title', 'Status', 'Credentials', 'CCS status', 'Coding exp.', 'Name']) {
    const header = app.getByRole('columnheader', { name: new RegExp(name.replace('.', '\\.')) });
    await header.getByRole('button').click();
    await expect(header).not.toHaveAttribute('aria-sort', 'none');
  }
});

test('changing the as-of date and rule set refetches the roster', async ({ app }) => {
  await expect(app.getByText(/As of Jun 1, 2026 · Pathway required rules/)).toBeVisible();
  await app.getByLabel('As of', { exact: true }).fill('2030-01-01');
  await expect(app.getByText(/As of Jan 1, 2030/)).toBeVisible();
  await app.getByLabel('Rule set', { exact: true }).selectOption('ccs-recommended');
  await expect(app.getByText(/Diploma required rules/)).toBeVisible();
  await app.getByRole('button', { name: 'Today' }).click();
  await expect(app.getByText(/As of Jun 1, 2026/)).toBeVisible();
});

test('a row opens the person', async ({ app }) => {
  await app.getByLabel('Search', { exact: true }).fill('Tanaka');
  await app.getByRole('button', { name: 'Tanaka, Aaliyah' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Tanaka, Aaliyah' })).toBeVisible();
  await app.getByRole('button', { name: '← Roster' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
});
