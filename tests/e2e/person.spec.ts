import { expect, test } from './harness/fixture';
import type { Page } from '@playwright/test';
import { FIXED_NOW, fixture, importFiles, screenshot } from '../fixtures/ui/helpers';
import { deleteCredential } from '../../electron/store/operations';

test.use({ fixedTime: FIXED_NOW });

test.beforeEach(async ({ app, harness }) => {
  await importFiles(app, harness, [fixture('hris-long-export.csv'), fixture('coding-experience.csv')], { skipInvalid: true });
});

async function openPerson(app: Page, search: string, name: string): Promise<void> {
  await app.getByLabel('Search', { exact: true }).fill(search);
  await app.getByRole('button', { name }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('adding direct coding experience makes a person eligible, with the explanation', async ({ app, readDataFile }) => {
  await openPerson(app, '071525', 'Jovanovic, Jade');
  const eligibility = app.getByRole('region', { name: 'CCS exam eligibility' });
  await expect(eligibility.locator('.ccs-summary')).toContainText('Not yet');

  await app.getByRole('button', { name: 'Add experience' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add experience' });
  await dialog.getByLabel('Employer').fill('Mercy General');
  await dialog.getByLabel('Start').fill('2026-01-01');
  await dialog.getByLabel('End').fill('2025-01-01');
  await dialog.getByRole('button', { name: 'Save experience' }).click();
  // Validation at the field, from the shared schema.
  await expect(dialog.getByText('The end date is before the start date')).toBeVisible();
  await dialog.getByLabel('Start').fill('2023-01-01');
  await dialog.getByLabel('End').fill('');
  await dialog.getByRole('button', { name: 'Save experience' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(eligibility.locator('.ccs-summary')).toContainText('Eligible');
  const experiencePathway = eligibility.locator('.pathway').filter({ hasText: /experience/i }).filter({ hasText: 'Met on' }).first();
  await expect(experiencePathway).toContainText('Jan 1, 2025');
  await expect(experiencePathway).toContainText('Mercy General');
  await expect(app.locator('.timeline-span')).toHaveCount(1);
  const saved = readDataFile().people.find((p) => p.employeeId === '071525');
  expect(saved?.experience.some((e) => e.start === '2023-01-01' && e.directCoding && e.end === undefined)).toBe(true);
  await screenshot(app, 'person-1280');
});

test('credentials: add, fix an expiry date, renew and delete with confirmation', async ({ app, readDataFile }) => {
  await openPerson(app, '053701', 'Jovanovic, Vera');
  const credentials = app.getByRole('region', { name: 'Credentials' });

  await credentials.getByRole('button', { name: 'Add credential' }).click();
  let dialog = app.getByRole('dialog', { name: 'Add a credential' });
  await dialog.getByLabel('Credential').fill('cca');
  await dialog.getByLabel('Earned on').fill('2025-05-01');
  await dialog.getByLabel('Expires on').fill('2024-01-01');
  await dialog.getByRole('button', { name: 'Save credential' }).click();
  await expect(dialog.getByText('The expiry date is before the date it was earned')).toBeVisible();
  await dialog.getByLabel('Expires on').fill('2026-06-20');
  await dialog.getByRole('button', { name: 'Save credential' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(credentials.locator('.badge-expiring')).toContainText('CCA');

  await credentials.getByRole('button', { name: 'Renew CCA' }).click();
  dialog = app.getByRole('dialog', { name: 'Renew CCA' });
  await expect(dialog.getByLabel('Expires on')).toHaveValue('2028-06-20');
  await expect(dialog.getByLabel('Verified on')).toHaveValue('2026-06-01');
  await dialog.getByRole('button', { name: 'Save credential' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(credentials.locator('.badge-active')).toContainText('CCA');
  const cca = readDataFile().people.find((p) => p.employeeId === '053701')?.credentials.find((c) => c.code === 'CCA');
  expect(cca?.expiresOn).toBe('2028-06-20');
  expect(cca?.earnedOn).toBe('2025-05-01');

  await credentials.getByRole('button', { name: 'Delete CCA' }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete CCA?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(readDataFile().people.find((p) => p.employeeId === '053701')?.credentials).toHaveLength(1);
  await credentials.getByRole('button', { name: 'Delete CCA' }).click();
  await app.getByRole('dialog', { name: 'Delete CCA?' }).getByRole('button', { name: 'Delete credential' }).click();
  await expect(credentials.getByText('No credentials on record.')).toBeVisible();
  expect(readDataFile().people.find((p) => p.employeeId === '053701')?.credentials).toHaveLength(0);
});

test('education: the seven subjects as checkboxes', async ({ app, readDataFile }) => {
  await openPerson(app, '071525', 'Jovanovic, Jade');
  await app.getByRole('button', { name: 'Add education' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add education' });
  await dialog.getByRole('button', { name: 'Save education' }).click();
  await expect(dialog.getByText(/required/i)).toBeVisible();
  await dialog.getByLabel('Program', { exact: true }).fill('Community College Coding Certificate');
  await dialog.getByLabel('Completed on').fill('2025-12-15');
  for (const label of ['Anatomy & physiology', 'Pathophysiology', 'Pharmacology', 'Medical terminology', 'Reimbursement methodology', 'Intermediate/advanced ICD diagnostic/procedural coding', 'CPT coding']) {
    await dialog.getByLabel(label).check();
  }
  await dialog.getByRole('button', { name: 'Save education' }).click();
  await expect(dialog).toHaveCount(0);
  const saved = readDataFile().people.find((p) => p.employeeId === '071525')?.education[0];
  expect(saved?.components).toHaveLength(7);
  await expect(app.getByRole('region', { name: 'CCS exam eligibility' }).locator('.ccs-summary')).toContainText('Eligible');
});

test('person fields: validation at the field, save, and the unsaved-changes guard', async ({ app, readDataFile }) => {
  await openPerson(app, '032448', 'Tanaka, Aaliyah');
  const form = app.getByRole('form', { name: 'Details' });
  await form.getByLabel('FTE').fill('3');
  await form.getByLabel('Email').fill('not-an-email');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByText('Must be 1.5 or less')).toBeVisible();
  await expect(form.getByText(/Enter an email address/)).toBeVisible();
  await expect(form.getByLabel('FTE')).toHaveAttribute('aria-invalid', 'true');

  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  const guard = app.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(guard).toBeVisible();
  await guard.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Tanaka, Aaliyah' })).toBeVisible();

  await form.getByLabel('FTE').fill('0.75');
  await form.getByLabel('Email').fill('aaliyah.tanaka@example.org');
  await form.getByLabel('Unit').fill('Inpatient Coding');
  await form.getByLabel('Notes').fill('Studying for CCS.');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(app.getByRole('status')).toContainText('Saved.');
  const saved = readDataFile().people.find((p) => p.employeeId === '032448');
  expect(saved).toMatchObject({ fte: 0.75, email: 'aaliyah.tanaka@example.org', unit: 'Inpatient Coding', notes: 'Studying for CCS.' });

  // Emptying an optional field clears it in the roster.
  await form.getByLabel('Email').fill('');
  await form.getByLabel('Notes').fill('');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form.getByLabel('Email')).toHaveValue('');
  await expect.poll(() => readDataFile().people.find((p) => p.employeeId === '032448')?.email ?? 'cleared').toBe('cleared');
  const cleared = readDataFile().people.find((p) => p.employeeId === '032448');
  expect(cleared && 'notes' in cleared).toBe(false);
  expect(cleared).toMatchObject({ fte: 0.75, unit: 'Inpatient Coding' });

  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
});

test('a new person: required fields, then their page', async ({ app, readDataFile }) => {
  await app.getByRole('button', { name: 'New person' }).click();
  const dialog = app.getByRole('dialog', { name: 'New person' });
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog.getByText('Employee ID is required')).toBeVisible();
  await expect(dialog.getByText('Enter a first name')).toBeVisible();
  await dialog.getByLabel('Employee ID').fill('007001');
  await dialog.getByLabel('First name').fill('Grace');
  await dialog.getByLabel('Last name').fill('Hopper');
  await dialog.getByLabel('Unit').fill('CDI');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Hopper, Grace' })).toBeVisible();
  expect(readDataFile().people.find((p) => p.employeeId === '007001')).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', unit: 'CDI' });
});

test('a delete that fails says why, and the rest of the record stays', async ({ app, store, readDataFile }) => {
  const person = readDataFile().people.find((p) => p.credentials.length >= 2);
  if (!person) throw new Error('the imported fixture should hold someone with two credentials');
  const [gone, kept] = person.credentials;
  await openPerson(app, person.employeeId, `${person.lastName}, ${person.firstName}`);
  const credentials = app.getByRole('region', { name: 'Credentials' });
  await credentials.getByRole('button', { name: `Delete ${gone!.code}` }).click();
  // Another window (or the command line) removes it while the question is open.
  store.update((d) => deleteCredential(d, person.employeeId, gone!.id));
  await app.getByRole('dialog', { name: `Delete ${gone!.code}?` }).getByRole('button', { name: 'Delete credential' }).click();
  await expect(credentials.getByRole('alert')).toContainText(/credential/i);
  const after = readDataFile().people.find((p) => p.employeeId === person.employeeId);
  expect(after?.credentials.map((c) => c.id)).toEqual(person.credentials.slice(1).map((c) => c.id));
  expect(after?.credentials.some((c) => c.id === kept!.id)).toBe(true);
});
