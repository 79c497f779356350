import type { Locator, Page } from '@playwright/test';
import { expect, test, type Harness } from './harness/fixture';
import { FIXED_NOW } from '../fixtures/ui/helpers';

// What the window's one record table does for every list of records on a person's page: each row's
// buttons are named after the row, a dialog gives the focus back to the button that opened it, and
// a delete leaves the focus on the next row's button, or on the empty-state words after the last.
test.use({ fixedTime: FIXED_NOW });

const EMPLOYEE_ID = '000301';
const NAME = 'Lee, Mina';

async function seedPerson(app: Page, harness: Harness): Promise<string> {
  const ok = (r: { ok: boolean }) => expect(r.ok, JSON.stringify(r)).toBe(true);
  ok(await harness.invoke('person:create', { person: { employeeId: EMPLOYEE_ID, firstName: 'Mina', lastName: 'Lee', employmentStatus: 'active', unit: 'Coding' } }));
  for (const credential of [
    { code: 'RHIT', earnedOn: '2025-01-01', expiresOn: '2026-12-31' },
    { code: 'CCA', earnedOn: '2024-03-01', expiresOn: '2027-03-01' },
  ]) {
    ok(await harness.invoke('credential:save', { employeeId: EMPLOYEE_ID, credential }));
  }
  for (const experience of [
    { employer: 'Mercy General', start: '2020-01-01', end: '2021-12-31', directCoding: true },
    { employer: 'St. Luke', start: '2022-01-01', directCoding: true },
  ]) {
    ok(await harness.invoke('experience:save', { employeeId: EMPLOYEE_ID, experience }));
  }
  for (const education of [
    { program: 'Coding certificate', components: ['icd-coding'] },
    { program: 'HIM associate degree', components: ['icd-coding', 'cpt-coding'] },
  ] as const) {
    ok(await harness.invoke('education:save', { employeeId: EMPLOYEE_ID, education: { ...education, components: [...education.components] } }));
  }
  const rhitId = harness.readDataFile().people.find((p) => p.employeeId === EMPLOYEE_ID)?.credentials.find((c) => c.code === 'RHIT')?.id ?? 'missing';
  for (const entry of [
    { date: '2026-03-10', title: 'Coding update', hours: 4, provider: 'AHIMA' },
    { date: '2026-04-15', title: 'Outpatient CDI webinar', hours: 2, provider: 'AHIMA' },
  ]) {
    ok(await harness.invoke('ceu:add', { employeeId: EMPLOYEE_ID, credentialId: rhitId, entry }));
  }
  ok(await harness.invoke('exam:save', { employeeId: EMPLOYEE_ID, application: { appliedOn: '2026-02-01', approvedOn: '2026-02-15', extensions: [] } }));
  // The roster was read before the data existed; load the window again as a restart would.
  await app.reload();
  await app.getByLabel('Search', { exact: true }).fill(EMPLOYEE_ID);
  await app.getByRole('button', { name: NAME }).click();
  await expect(app.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  return rhitId;
}

/** Opens a dialog from the row's button, closes it with Escape, and expects the focus back on that button. */
async function escapeBackTo(app: Page, button: Locator, dialogName: string): Promise<void> {
  await button.click();
  await expect(app.getByRole('dialog', { name: dialogName })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(button).toBeFocused();
}

/** Deletes through the row's button and the confirmation, and waits for the row to go. */
async function confirmDelete(app: Page, button: Locator, dialogName: string, confirmLabel: string): Promise<void> {
  await button.click();
  await app.getByRole('dialog', { name: dialogName }).getByRole('button', { name: confirmLabel }).click();
  await expect(button).toHaveCount(0);
}

test('credentials and experience: a dialog gives the focus back to its row button; a delete leaves it on the next row, then on the empty-state words', async ({ app, harness }) => {
  await seedPerson(app, harness);
  const credentials = app.getByRole('region', { name: 'Credentials' });

  await escapeBackTo(app, credentials.getByRole('button', { name: 'Edit RHIT' }), 'Edit RHIT');
  await escapeBackTo(app, credentials.getByRole('button', { name: 'Renew RHIT' }), 'Renew RHIT');

  await credentials.getByRole('button', { name: 'Delete RHIT' }).click();
  await app.getByRole('dialog', { name: 'Delete RHIT?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(credentials.getByRole('button', { name: 'Delete RHIT' })).toBeFocused();

  await confirmDelete(app, credentials.getByRole('button', { name: 'Delete RHIT' }), 'Delete RHIT?', 'Delete credential');
  await expect(credentials.getByRole('button', { name: 'Delete CCA' })).toBeFocused();
  await confirmDelete(app, credentials.getByRole('button', { name: 'Delete CCA' }), 'Delete CCA?', 'Delete credential');
  await expect(credentials.getByText('No credentials on record.')).toBeFocused();

  const experience = app.getByRole('region', { name: 'Coding experience' });
  const deletes = experience.getByRole('button', { name: /^Delete period starting / });
  await expect(deletes).toHaveCount(2);
  const first = (await deletes.first().getAttribute('aria-label')) ?? '';
  const second = (await deletes.last().getAttribute('aria-label')) ?? '';
  await confirmDelete(app, experience.getByRole('button', { name: first }), 'Delete this period?', 'Delete period');
  await expect(experience.getByRole('button', { name: second })).toBeFocused();
  await confirmDelete(app, experience.getByRole('button', { name: second }), 'Delete this period?', 'Delete period');
  await expect(experience.getByText('No experience on record.')).toBeFocused();
});

test('education, shown as one block per program: the same row buttons and the same focus', async ({ app, harness }) => {
  await seedPerson(app, harness);
  const education = app.getByRole('region', { name: 'Education' });

  await escapeBackTo(app, education.getByRole('button', { name: 'Edit Coding certificate' }), 'Edit education');

  await confirmDelete(app, education.getByRole('button', { name: 'Delete Coding certificate' }), 'Delete this program?', 'Delete program');
  await expect(education.getByRole('button', { name: 'Delete HIM associate degree' })).toBeFocused();
  await confirmDelete(app, education.getByRole('button', { name: 'Delete HIM associate degree' }), 'Delete this program?', 'Delete program');
  await expect(education.getByText('No coding training program on record.')).toBeFocused();
});

test('exam applications and CEU entries: the same focus after a dialog and after a delete', async ({ app, harness }) => {
  await seedPerson(app, harness);
  const exam = app.getByRole('region', { name: 'CCS exam' });
  const label = 'CCS applied Feb 1, 2026';

  await exam.getByRole('button', { name: `Record result for ${label}` }).click();
  await app.getByRole('dialog', { name: 'Record the exam result' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(exam.getByRole('button', { name: `Record result for ${label}` })).toBeFocused();

  await escapeBackTo(app, exam.getByRole('button', { name: `Edit ${label}` }), 'Update the exam application');

  await confirmDelete(app, exam.getByRole('button', { name: `Delete ${label}` }), 'Delete this exam application?', 'Delete application');
  await expect(exam.getByText('No exam applications on record.')).toBeFocused();

  // Newest first: the webinar of April, then the update of March.
  const entries = app.getByRole('table', { name: 'CEU activities' });
  await expect(entries.getByRole('rowheader')).toHaveText(['Outpatient CDI webinar', 'Coding update']);
  await confirmDelete(app, entries.getByRole('button', { name: 'Delete CEU entry Outpatient CDI webinar on Apr 15, 2026' }), 'Delete this CEU entry?', 'Delete entry');
  await expect(app.getByRole('button', { name: 'Delete CEU entry Coding update on Mar 10, 2026' })).toBeFocused();
  await confirmDelete(app, app.getByRole('button', { name: 'Delete CEU entry Coding update on Mar 10, 2026' }), 'Delete this CEU entry?', 'Delete entry');
  await expect(app.getByText('No CEU activities recorded.')).toBeFocused();
});
