/**
 * The window's data: answers are kept while nothing changes, fetched again when the main process
 * says the roster or the settings changed, and an answer that failed is shown in words.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { createPerson } from '../../electron/store/operations';

/**
 * From the next page load on: counts every channel the window calls, and answers `failing`
 * channels with an error (the first `times` calls; then they go through again).
 */
async function watchCalls(app: Page, failing: Readonly<Record<string, { message: string; times: number }>> = {}): Promise<void> {
  await app.addInitScript((fail) => {
    const host = window as unknown as {
      __rosterInvoke(channel: string, raw: unknown): Promise<unknown>;
      __calls: Record<string, number>;
    };
    const real = host.__rosterInvoke.bind(host);
    const left = Object.fromEntries(Object.entries(fail).map(([channel, f]) => [channel, f.times]));
    host.__calls = {};
    host.__rosterInvoke = (channel, raw) => {
      host.__calls[channel] = (host.__calls[channel] ?? 0) + 1;
      const failure = fail[channel];
      if (failure && (left[channel] ?? 0) > 0) {
        left[channel] = (left[channel] ?? 0) - 1;
        return Promise.resolve({ ok: false, error: failure.message });
      }
      return real(channel, raw);
    };
  }, failing);
  await app.reload();
}

const callsTo = (app: Page, channel: string): Promise<number> =>
  app.evaluate((c) => (window as unknown as { __calls: Record<string, number> }).__calls[c] ?? 0, channel);

test.beforeEach(async ({ store }) => {
  store.update((d) => createPerson(d, { employeeId: '004211', firstName: 'Dana', lastName: 'Brooks', employmentStatus: 'active', unit: 'Inpatient' }));
});

test('coming back to the roster with nothing changed asks for nothing; after a change it asks once', async ({ app }) => {
  await watchCalls(app);
  await expect(app.getByTestId('roster-count')).toHaveText('Showing 1 of 1');
  expect(await callsTo(app, 'roster:list')).toBe(1);

  await app.getByRole('button', { name: 'Brooks, Dana' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Brooks, Dana' })).toBeVisible();
  await app.getByRole('button', { name: '← Roster' }).click();
  await expect(app.getByTestId('roster-count')).toHaveText('Showing 1 of 1');
  expect(await callsTo(app, 'roster:list')).toBe(1);

  // A change made in the window makes the roster stale without anyone saying "reload".
  await app.getByRole('button', { name: 'Brooks, Dana' }).click();
  await app.getByLabel('Unit').fill('Outpatient coding');
  await app.getByRole('button', { name: 'Save details' }).click();
  await expect(app.getByRole('status')).toContainText('Saved.');
  await app.getByRole('button', { name: '← Roster' }).click();
  await expect(app.getByRole('row', { name: /Brooks, Dana/ })).toContainText('Outpatient coding');
  expect(await callsTo(app, 'roster:list')).toBe(2);
});

test('a settings change made elsewhere shows in the open screen', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(app.getByLabel('Organisation name')).toHaveValue('');
  await expect(app.getByLabel('Lead time 1 (days)')).toHaveValue('90');

  // Another window (or the handlers on its behalf) writes the settings; the main process says so.
  const written = await harness.invoke('settings:update', { organisationName: 'Mercy General Hospital', ruleSet: 'ccs-recommended', reminders: { leadDays: [45, 15] } });
  expect(written.ok).toBe(true);
  expect(harness.emitted.map((e) => e.event)).toContain('settings:changed');

  await expect(app.getByLabel('Organisation name')).toHaveValue('Mercy General Hospital');
  await expect(app.getByLabel('Default rule set')).toHaveValue('ccs-recommended');
  await expect(app.getByLabel('Lead time 1 (days)')).toHaveValue('45');
  // The view follows the new default rule set.
  await expect(app.getByLabel('Rule set', { exact: true })).toHaveValue('ccs-recommended');
});

test('a settings change made elsewhere leaves an edit in progress alone', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await app.getByLabel('Organisation name').fill('My edit');
  await harness.invoke('settings:update', { organisationName: 'Written elsewhere' });
  await app.waitForTimeout(500);
  await expect(app.getByLabel('Organisation name')).toHaveValue('My edit');
  // Dropping the edit shows the settings as they are now.
  await app.getByRole('button', { name: 'Discard changes' }).first().click();
  await expect(app.getByLabel('Organisation name')).toHaveValue('Written elsewhere');
});

test('settings that cannot be read are said in words, and Try again fetches them', async ({ app }) => {
  await watchCalls(app, { 'settings:get': { message: 'The settings could not be read: the disk is not answering.', times: 1 } });
  const banner = app.getByRole('alert').filter({ hasText: 'The settings could not be read: the disk is not answering.' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toHaveCount(0);
  expect(await callsTo(app, 'settings:get')).toBe(2);
});

test('a credential catalog that cannot be read is said on the person screen', async ({ app }) => {
  await watchCalls(app, { 'catalog:list': { message: 'The credential catalog could not be read.', times: 5 } });
  await app.getByRole('button', { name: 'Brooks, Dana' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Brooks, Dana' })).toBeVisible();
  await expect(app.getByRole('alert').filter({ hasText: 'The credential catalog could not be read.' })).toBeVisible();
});
