import { expect, test } from './harness/fixture';
import type { Page } from '@playwright/test';
import { RosterStore } from '../../electron/store/roster-store';
import { createPerson, updatePerson } from '../../electron/store/operations';

/** The command line, or a second copy of the app, on the same data folder. */
function elsewhere(dataDir: string): RosterStore {
  return RosterStore.open({ dataDir, origin: { source: 'cli' }, user: 'night-clerk' }).store;
}

async function openPerson(app: Page, name: string): Promise<void> {
  await app.getByLabel('Search', { exact: true }).fill('Brooks');
  await app.getByRole('button', { name }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.beforeEach(async ({ store }) => {
  store.update((d) => createPerson(d, { employeeId: '004211', firstName: 'Dana', lastName: 'Brooks', employmentStatus: 'active', unit: 'Inpatient' }));
});

test('the History tab lists each change: when, who, from where, and the field before and after', async ({ app, readDataFile }) => {
  await openPerson(app, 'Brooks, Dana');
  await app.getByLabel('Job title').fill('Coder II');
  await app.getByRole('button', { name: 'Save details' }).click();
  await expect(app.getByRole('status')).toContainText('Saved.');
  expect(readDataFile().people[0]?.jobTitle).toBe('Coder II');

  await app.getByRole('tab', { name: 'History' }).click();
  const history = app.getByRole('table', { name: /Changes to employee 004211/ });
  const rows = history.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Job title');
  await expect(rows.nth(1)).toContainText('Coder II');
  await expect(rows.nth(1)).toContainText('the app');
  await expect(rows.nth(2)).toContainText('Added');
  // Arrow keys move between the tabs, as in any tab strip.
  await app.getByRole('tab', { name: 'History' }).press('ArrowLeft');
  await expect(app.getByRole('tab', { name: 'Record' })).toBeFocused();
  await expect(app.getByLabel('Job title')).toHaveValue('Coder II');
});

test('a change made elsewhere shows within two seconds, without a reload', async ({ app, dataDir }) => {
  await openPerson(app, 'Brooks, Dana');
  await expect(app.locator('.screen-sub')).toContainText('Inpatient');
  elsewhere(dataDir).update((d) => updatePerson(d, '004211', { unit: 'Outpatient coding' }));
  await expect(app.locator('.screen-sub')).toContainText('Outpatient coding', { timeout: 2_000 });
});

test('an edit begun before someone else changed the person is refused in words, and nothing is overwritten', async ({ app, dataDir, readDataFile }) => {
  await openPerson(app, 'Brooks, Dana');
  await app.getByLabel('Job title').fill('Coder III');
  elsewhere(dataDir).update((d) => updatePerson(d, '004211', { jobTitle: 'Coding auditor' }));
  // The unsaved edit stays on screen while the other change arrives.
  await app.waitForTimeout(1_000);
  await expect(app.getByLabel('Job title')).toHaveValue('Coder III');
  await app.getByRole('button', { name: 'Save details' }).click();
  await expect(app.getByRole('alert')).toContainText(/Dana Brooks was changed from the command line \(night-clerk\) at \d{1,2}:\d{2} [AP]M on \w{3} \d{1,2}, \d{4}; your change was not saved\. Reload to see it\./);
  expect(readDataFile().people[0]?.jobTitle).toBe('Coding auditor');
  // The way on: drop the refused edit and see the person as they are now.
  await app.getByRole('button', { name: 'Discard my changes and show the record as it is now' }).click();
  await expect(app.getByLabel('Job title')).toHaveValue('Coding auditor');
  await expect(app.getByRole('alert')).toHaveCount(0);
  await app.getByLabel('Job title').fill('Coding auditor II');
  await app.getByRole('button', { name: 'Save details' }).click();
  await expect(app.getByRole('status')).toContainText('Saved.');
  expect(readDataFile().people[0]?.jobTitle).toBe('Coding auditor II');
});

test('a change made elsewhere while a form is open shows as soon as the form is closed, with nothing else to prompt it', async ({ app, dataDir }) => {
  await openPerson(app, 'Brooks, Dana');
  await app.getByRole('region', { name: 'Credentials' }).getByRole('button', { name: 'Add credential' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a credential' });
  await dialog.getByLabel('Credential').fill('CCA');
  elsewhere(dataDir).update((d) => updatePerson(d, '004211', { unit: 'Outpatient coding' }));
  // Held back while the form has unsaved edits, so the form keeps the version it started from.
  await app.waitForTimeout(2_500);
  await expect(app.locator('.screen-sub')).toContainText('Inpatient');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.locator('.screen-sub')).toContainText('Outpatient coding', { timeout: 1_000 });
});
