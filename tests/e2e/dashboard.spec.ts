import { existsSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, fixture, importFiles, screenshot } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW });

test.beforeEach(async ({ app, harness }) => {
  await importFiles(app, harness, [fixture('hris-long-export.csv'), fixture('coding-experience.csv')], { skipInvalid: true });
});

test('headline numbers, charts and actions; the numbers move when the roster changes', async ({ app, readDataFile }) => {
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  // The dashboard counts current staff: active and on leave, not terminated.
  const people = readDataFile().people.filter((p) => p.employmentStatus !== 'terminated').length;
  await expect(app.getByTestId('headline-people')).toHaveText(String(people));
  await expect(app.getByRole('figure', { name: 'CCS status by unit' }).locator('svg.recharts-surface').first()).toBeVisible();
  await expect(app.getByRole('figure', { name: 'Eligibility forecast, next 12 months' })).toBeVisible();
  await expect(app.getByRole('figure', { name: 'Credential mix' })).toBeVisible();
  await app.getByRole('figure', { name: 'Eligibility forecast, next 12 months' }).getByText('Show the numbers').click();
  await expect(app.getByRole('figure', { name: 'Eligibility forecast, next 12 months' }).getByRole('row')).toHaveCount(13);
  await screenshot(app, 'dashboard-1280');

  const eligibleBefore = Number(await app.getByTestId('headline-eligibleNow').textContent());
  // Jovanovic, Jade has no direct coding yet; two years of it make her eligible today.
  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  await app.getByLabel('Search', { exact: true }).fill('071525');
  await app.getByRole('button', { name: 'Jovanovic, Jade' }).click();
  await app.getByRole('button', { name: 'Add experience' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add experience' });
  await dialog.getByLabel('Start').fill('2022-01-01');
  await dialog.getByRole('button', { name: 'Save experience' }).click();
  await expect(dialog).toHaveCount(0);
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByTestId('headline-eligibleNow')).toHaveText(String(eligibleBefore + 1));
});

test('an action item opens the person', async ({ app }) => {
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const actions = app.getByRole('region', { name: /Needs action/ });
  const first = actions.getByRole('button').first();
  const name = (await first.locator('.action-name').textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await first.click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('File ▸ Export ▸ DIF writes the workbook and can show it in its folder', async ({ app, harness }) => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'roster-export-')), 'dif.xlsx');
  await harness.emit('menu:command', { command: 'export-dif' });
  const dialog = app.getByRole('dialog', { name: 'Export: Magnet DIF certifications' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('As of')).toHaveValue('2026-06-01');
  await dialog.getByLabel('Registered nurses only').check();
  await dialog.getByLabel('Include employees without a counted certification').check();
  harness.nextSavePath = out;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByTestId('export-saved')).toContainText(out);
  expect(existsSync(out)).toBe(true);
  expect(statSync(out).size).toBeGreaterThan(1000);
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => harness.shownInFolder).toContain(out);
  await dialog.getByRole('button', { name: 'Done' }).click();
});

test('the toolbar Export menu: expiring report with its windows, and a cancelled save', async ({ app, harness }) => {
  await app.getByLabel('Export a report').selectOption('expiring');
  const dialog = app.getByRole('dialog', { name: 'Export: Expiring credentials' });
  await dialog.getByLabel('Windows (days)').fill('30, sixty');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByText(/Enter up to 6 whole numbers of days/)).toBeVisible();
  await dialog.getByLabel('Windows (days)').fill('30, 60, 90');
  harness.nextSavePath = null;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(app.getByRole('status')).toContainText('Export cancelled.');
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'roster-export-')), 'expiring.xlsx');
  harness.nextSavePath = out;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByTestId('export-saved')).toBeVisible();
  expect(existsSync(out)).toBe(true);
});

test('settings save, and backups restore after confirmation', async ({ app, readDataFile }) => {
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await app.getByLabel('Organisation name').fill('Mercy General Hospital');
  await app.getByLabel('Expiry warning (days)').fill('0');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Enter a whole number of days from 1 to 365')).toBeVisible();
  await app.getByLabel('Expiry warning (days)').fill('60');
  await app.getByLabel(/^CCS — /).uncheck();
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByRole('status')).toContainText('Settings saved.');
  const settings = readDataFile().settings;
  expect(settings.organisationName).toBe('Mercy General Hospital');
  expect(settings.expiryWarningDays).toBe(60);
  expect(settings.difAccepted).not.toContain('CCS');
  await screenshot(app, 'settings', true);

  const backups = app.getByRole('region', { name: 'Backups' });
  const restore = backups.getByRole('button', { name: /Restore backup from/ }).first();
  await expect(restore).toBeVisible();
  await restore.click();
  await app.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore backup' }).click();
  await expect(app.getByRole('status')).toContainText('Backup restored');
});
