import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Harness } from './harness/fixture';
import { FIXED_NOW } from '../fixtures/ui/helpers';

// The window's "today" is FIXED_NOW (2026-06-01): every date below is fixed against it.
test.use({ fixedTime: FIXED_NOW });

interface Seed {
  readonly employeeId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly credentials?: readonly { code: string; earnedOn?: string; expiresOn?: string; ceusEarned?: number }[];
}

async function seed(app: Page, harness: Harness, people: readonly Seed[]): Promise<void> {
  for (const p of people) {
    const created = await harness.invoke('person:create', {
      person: { employeeId: p.employeeId, firstName: p.firstName, lastName: p.lastName, employmentStatus: 'active', unit: 'Coding' },
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    for (const c of p.credentials ?? []) {
      const saved = await harness.invoke('credential:save', { employeeId: p.employeeId, credential: c });
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
    }
  }
  // The roster was read before the data existed; load the window again as a restart would.
  await app.reload();
}

async function openPerson(app: Page, search: string, name: string): Promise<void> {
  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  await app.getByLabel('Search', { exact: true }).fill(search);
  await app.getByRole('button', { name }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function openDashboard(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByRole('region', { name: /^Reminders/ })).toBeVisible();
}

const RHIT_HOLDER: Seed = {
  employeeId: '000101',
  firstName: 'Rosa',
  lastName: 'Ahn',
  credentials: [{ code: 'RHIT', earnedOn: '2025-01-01', expiresOn: '2026-12-31' }],
};

test('CEU entries take a body from not tracked to complete; cycle dates can be overridden', async ({ app, harness, readDataFile }) => {
  await seed(app, harness, [RHIT_HOLDER]);
  await openPerson(app, '000101', 'Ahn, Rosa');
  const recert = app.getByRole('region', { name: 'Recertification' });
  const ahima = recert.getByRole('region', { name: 'AHIMA' });
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Not tracked (no CEUs recorded)');
  await expect(ahima).toContainText('0 earned of 20 required');
  await expect(ahima).toContainText('Jan 1, 2025 – Dec 31, 2026');

  // Checked at the field before anything is sent.
  const form = ahima.getByRole('form', { name: 'Add CEUs for AHIMA' });
  await form.getByLabel('Hours').fill('lots');
  await form.getByRole('button', { name: 'Add CEU entry' }).click();
  await expect(form.getByText('needs a title')).toBeVisible();
  await expect(form.getByText('Enter the hours as a number, e.g. 1.5')).toBeVisible();
  expect(readDataFile().people[0]?.credentials[0]?.ceuEntries).toBeUndefined();

  await form.getByLabel('Date').fill('2026-03-10');
  await form.getByLabel('Title').fill('ICD-10-CM coding update');
  await form.getByLabel('Hours').fill('15');
  await form.getByLabel('Provider').fill('AHIMA');
  await form.getByRole('button', { name: 'Add CEU entry' }).click();
  // 14.1 hours are expected 17 months into the 24-month cycle.
  await expect(ahima).toContainText('15 earned of 20 required');
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('On track');

  await form.getByLabel('Date').fill('2026-05-20');
  await form.getByLabel('Title').fill('Outpatient CDI webinar');
  await form.getByLabel('Hours').fill('5');
  await form.getByLabel('Provider').fill('FHIMA');
  await form.getByRole('button', { name: 'Add CEU entry' }).click();
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Complete');
  await expect(ahima).toContainText('20 earned of 20 required');
  await expect(ahima.locator('progress')).toHaveAttribute('value', '100');

  const entries = readDataFile().people[0]?.credentials[0]?.ceuEntries;
  expect(entries).toEqual([
    { date: '2026-03-10', title: 'ICD-10-CM coding update', hours: 15, provider: 'AHIMA', hiimDomain: true },
    { date: '2026-05-20', title: 'Outpatient CDI webinar', hours: 5, provider: 'FHIMA', hiimDomain: true },
  ]);
  await expect(ahima).toContainText('20 hours within them, 16 needed: met.');
  await recert.scrollIntoViewIfNeeded();
  await recert.screenshot({ path: path.resolve('build/readme/screen-recert.png') });

  // Each row says whether it falls within the HIIM domains; 80% of the 20 hours must.
  const domain = ahima.getByRole('combobox', { name: /^Within the HIIM domains: ICD-10-CM coding update/ });
  await domain.selectOption('No');
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Hours reached, not complete');
  await expect(ahima.getByTestId('ceu-missing')).toContainText('11 more hours within the HIIM domains');
  expect(readDataFile().people[0]?.credentials[0]?.ceuEntries?.[0]).toMatchObject({ title: 'ICD-10-CM coding update', hiimDomain: false });
  await ahima.getByRole('combobox', { name: /^Within the HIIM domains: ICD-10-CM coding update/ }).selectOption('Yes');
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Complete');

  // Deleting an entry asks first, then the status falls back.
  await ahima.getByRole('button', { name: /Delete CEU entry Outpatient CDI webinar/ }).click();
  await app.getByRole('dialog', { name: 'Delete this CEU entry?' }).getByRole('button', { name: 'Delete entry' }).click();
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('On track');
  expect(readDataFile().people[0]?.credentials[0]?.ceuEntries).toHaveLength(1);

  // A cycle override wins over the recorded expiry; the March hours fall outside it.
  await ahima.getByRole('button', { name: 'Cycle dates for RHIT' }).click();
  const dialog = app.getByRole('dialog', { name: 'Cycle dates for RHIT' });
  await dialog.getByLabel('Cycle start').fill('2026-04-01');
  await dialog.getByLabel('Cycle end').fill('2026-01-01');
  await dialog.getByRole('button', { name: 'Save cycle dates' }).click();
  await expect(dialog.getByText('The cycle end is before the cycle start')).toBeVisible();
  await dialog.getByLabel('Cycle end').fill('2028-03-31');
  await dialog.getByRole('button', { name: 'Save cycle dates' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(ahima).toContainText('Apr 1, 2026 – Mar 31, 2028');
  await expect(ahima).toContainText('0 earned of 20 required');
  await expect(ahima.getByText('(outside this cycle)')).toBeVisible();
  const rhit = readDataFile().people[0]?.credentials[0];
  expect(rhit).toMatchObject({ code: 'RHIT', cycleStart: '2026-04-01', cycleEnd: '2028-03-31', expiresOn: '2026-12-31', earnedOn: '2025-01-01' });
  expect(rhit?.ceuEntries).toHaveLength(1);
});

test('acknowledging a reminder moves it to the acknowledged list and records it', async ({ app, harness, readDataFile }) => {
  await acknowledgeFlow(app, harness, readDataFile);
});

async function acknowledgeFlow(app: Page, harness: Harness, readDataFile: Harness['readDataFile']): Promise<void> {
  // Ben's CEUs are complete (36 of 36 AAPC CEUs), so the CPC's expiry is his one reminder.
  await seed(app, harness, [
    { employeeId: '000202', firstName: 'Ben', lastName: 'Okafor', credentials: [{ code: 'CPC', earnedOn: '2024-06-20', expiresOn: '2026-06-20', ceusEarned: 36 }] },
  ]);
  await openDashboard(app);
  const reminders = app.getByRole('region', { name: /^Reminders/ });
  await expect(reminders.getByRole('heading', { name: 'Reminders (1)' })).toBeVisible();
  await expect(reminders.locator('.reminder').first()).toContainText('Okafor');
  await expect(reminders.locator('.reminder').first()).toContainText('in 19 days');

  await reminders.getByRole('button', { name: /^Acknowledge: Ben/ }).click();
  const dialog = app.getByRole('dialog', { name: 'Acknowledge reminder' });
  await dialog.getByLabel('Note (optional)').fill('Emailed Ben about the CPC renewal');
  await dialog.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(reminders.getByRole('heading', { name: 'Reminders (0)' })).toBeVisible();
  const acknowledged = reminders.locator('details.acknowledged');
  await expect(acknowledged).not.toHaveAttribute('open', '');
  await acknowledged.getByText('Acknowledged (1)').click();
  await expect(acknowledged).toContainText('Emailed Ben about the CPC renewal');
  await expect(acknowledged).toContainText('Okafor');

  const acks = readDataFile().acknowledgements ?? [];
  expect(acks).toHaveLength(1);
  expect(acks[0]?.itemKey).toMatch(/^000202\|.+\|2026-06-20\|30$/);
  expect(acks[0]?.note).toBe('Emailed Ben about the CPC renewal');
  expect(acks[0]?.at.slice(0, 10)).toBe('2026-06-01');

  // After a reload the acknowledgement is still there, described from its key.
  await app.reload();
  await openDashboard(app);
  await app.getByText('Acknowledged (1)').click();
  await expect(app.locator('details.acknowledged')).toContainText('Employee 000202');
}

test('an exam application with a warning needs confirmation; a pass adds CCS and the person shows certified', async ({ app, harness, readDataFile }) => {
  await seed(app, harness, [{ employeeId: '000303', firstName: 'Dana', lastName: 'Reyes' }]);
  await openPerson(app, '000303', 'Reyes, Dana');
  const exam = app.getByRole('region', { name: 'CCS exam' });
  const eligibility = app.getByRole('region', { name: 'CCS exam eligibility' });
  await expect(eligibility.locator('.ccs-summary')).toContainText('Not yet');

  // First try: not eligible; the warning comes before anything is written, and declining keeps nothing.
  await exam.getByRole('button', { name: 'Record application' }).click();
  let form = app.getByRole('dialog', { name: 'Record an exam application' });
  await form.getByLabel('Applied on').fill('2026-02-01');
  await form.getByLabel('Approved on').fill('2026-01-15');
  await form.getByRole('button', { name: 'Save application' }).click();
  await expect(form.getByText('The approval date is before the application date')).toBeVisible();
  await form.getByLabel('Approved on').fill('2026-02-15');
  await form.getByRole('button', { name: 'Save application' }).click();
  let confirm = app.getByRole('dialog', { name: 'Confirm the exam application' });
  await expect(confirm.getByRole('list', { name: 'Warnings' })).toContainText(/not eligible/i);
  expect(readDataFile().people[0]?.examApplications ?? []).toHaveLength(0);
  await confirm.getByRole('button', { name: 'Don’t record it' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(exam.getByText('No exam applications on record.')).toBeVisible();
  expect(readDataFile().people[0]?.examApplications ?? []).toHaveLength(0);

  // Second try: confirmed and kept.
  await exam.getByRole('button', { name: 'Record application' }).click();
  form = app.getByRole('dialog', { name: 'Record an exam application' });
  await form.getByLabel('Applied on').fill('2026-02-01');
  await form.getByLabel('Approved on').fill('2026-02-15');
  await form.getByLabel('Exam scheduled on').fill('2026-05-28');
  await form.getByRole('button', { name: 'Save application' }).click();
  confirm = app.getByRole('dialog', { name: 'Confirm the exam application' });
  await expect(confirm.getByRole('list', { name: 'Warnings' })).toContainText(/not eligible/i);
  await confirm.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(confirm).toHaveCount(0);

  // Approved Feb 15 + 120 days: the window closes Jun 15, 14 days after the as-of date.
  const row = exam.getByRole('row', { name: /CCS · Feb 1, 2026/ });
  await expect(row).toContainText('Jun 15, 2026: closes in 14 days');
  await expect(row).toContainText('May 28, 2026');
  const stored = readDataFile().people[0]?.examApplications ?? [];
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ appliedOn: '2026-02-01', approvedOn: '2026-02-15', scheduledOn: '2026-05-28' });

  await row.getByRole('button', { name: /^Record result/ }).click();
  const result = app.getByRole('dialog', { name: 'Record the exam result' });
  await result.getByLabel('Scaled score').fill('high');
  await result.getByRole('button', { name: 'Save result' }).click();
  await expect(result.getByText('Enter the scaled score as a number, e.g. 312')).toBeVisible();
  await result.getByLabel('Scaled score').fill('318');
  await result.getByRole('button', { name: 'Save result' }).click();
  await expect(result).toHaveCount(0);

  await expect(exam.getByRole('status')).toContainText('CCS added');
  await expect(row).toContainText('Passed, score 318');
  await expect(eligibility.locator('.ccs-summary')).toContainText('Certified');
  await expect(app.getByRole('region', { name: 'Credentials' }).locator('.badge-active')).toContainText('CCS');
  const person = readDataFile().people[0];
  expect(person?.examApplications?.[0]).toMatchObject({ result: 'pass', scaledScore: 318, resultOn: '2026-05-28' });
  expect(person?.credentials.map((c) => c.code)).toEqual(['CCS']);
});

test('changing the reminder lead days in settings changes the reminders', async ({ app, harness, readDataFile }) => {
  await seed(app, harness, [
    // Expires in 49 days: inside the default 60-day lead time, outside 30.
    { employeeId: '000404', firstName: 'Lee', lastName: 'Moreau', credentials: [{ code: 'CPC', earnedOn: '2024-07-20', expiresOn: '2026-07-20', ceusEarned: 36 }] },
  ]);
  await openDashboard(app);
  const reminders = app.getByRole('region', { name: /^Reminders/ });
  await expect(reminders.getByRole('heading', { name: 'Reminders (1)' })).toBeVisible();
  await expect(reminders).toContainText('Moreau');

  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = app.getByRole('form', { name: 'Reminders and CCS exam facts' });
  await expect(section.getByLabel('Lead time 1 (days)')).toHaveValue('90');
  await expect(section).toContainText('Source:');
  await section.getByLabel('Lead time 2 (days)').fill('sixty');
  await section.getByRole('button', { name: 'Save reminder and exam settings' }).click();
  await expect(section.getByText('Enter a whole number of days from 0 to 3650')).toBeVisible();
  await section.getByLabel('Lead time 2 (days)').fill('60');
  await section.getByRole('button', { name: 'Remove lead time 1' }).click();
  await section.getByRole('button', { name: 'Remove lead time 1' }).click();
  await expect(section.getByLabel('Lead time 1 (days)')).toHaveValue('30');
  await section.getByLabel('Passing score').fill('310');
  await section.getByRole('button', { name: 'Save reminder and exam settings' }).click();
  await expect(section.getByText('Unsaved changes')).toHaveCount(0);
  await expect(section).toContainText('Changed by you. Default 300.');

  const settings = readDataFile().settings;
  expect(settings.reminders?.leadDays).toEqual([30, 7]);
  expect(settings.examFacts).toEqual({ passingScore: 310 });

  await openDashboard(app);
  await expect(reminders.getByRole('heading', { name: 'Reminders (0)' })).toBeVisible();
  await expect(reminders).toContainText('Nothing due on Jun 1, 2026.');
});

test.describe('accessibility', () => {
  // axe is injected as an inline script, which the window's CSP forbids; only these checks bypass it.
  test.use({ bypassCSP: true });
  const AXE = path.resolve('node_modules/axe-core/axe.min.js');

  async function expectAccessible(page: Page, where: string): Promise<void> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(found, `serious/critical axe findings on ${where}`).toEqual([]);
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`recertification, exam, reminders and settings sections (${colorScheme})`, async ({ app, harness }) => {
      await app.emulateMedia({ colorScheme });
      await seed(app, harness, [RHIT_HOLDER, { employeeId: '000202', firstName: 'Ben', lastName: 'Okafor', credentials: [{ code: 'CPC', earnedOn: '2024-06-20', expiresOn: '2026-06-20', ceusEarned: 36 }] }]);
      const rhitId = harness.readDataFile().people.find((p) => p.employeeId === '000101')?.credentials[0]?.id ?? 'missing';
      expect((await harness.invoke('ceu:add', { employeeId: '000101', credentialId: rhitId, entry: { date: '2026-03-10', title: 'Coding update', hours: 4, provider: 'AHIMA' } })).ok).toBe(true);
      await harness.invoke('exam:save', {
        employeeId: '000101',
        application: { appliedOn: '2026-02-01', approvedOn: '2026-02-15', extensions: [{ grantedOn: '2026-05-01', newEnd: '2026-06-20' }] },
      });
      await app.reload();
      await openPerson(app, '000101', 'Ahn, Rosa');
      await expect(app.getByRole('region', { name: 'Recertification' })).toBeVisible();
      await expectAccessible(app, 'person with recertification and exam sections');
      await app.getByRole('button', { name: 'Record application' }).click();
      await expectAccessible(app, 'exam application form');
      await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await app.getByRole('button', { name: /^Record result/ }).click();
      await expectAccessible(app, 'exam result form');
      await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await app.getByRole('button', { name: 'Cycle dates for RHIT' }).click();
      await expectAccessible(app, 'cycle dates form');
      await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await openDashboard(app);
      await app.getByRole('button', { name: /^Acknowledge: Ben/ }).click();
      await expectAccessible(app, 'acknowledge dialog');
      await app.getByRole('dialog').getByRole('button', { name: 'Acknowledge' }).click();
      await app.getByText('Acknowledged (1)').click();
      await expectAccessible(app, 'dashboard reminders');
      await app.getByRole('button', { name: 'Settings', exact: true }).click();
      await expect(app.getByRole('form', { name: 'Reminders and CCS exam facts' })).toBeVisible();
      await expectAccessible(app, 'settings');
    });
  }

  test('keyboard: add a CEU entry without the mouse', async ({ app, harness, readDataFile }) => {
    await seed(app, harness, [RHIT_HOLDER]);
    await openPerson(app, '000101', 'Ahn, Rosa');
    const form = app.getByRole('form', { name: 'Add CEUs for AHIMA' });
    await form.getByLabel('Title').focus();
    await app.keyboard.type('Ethics refresher');
    await app.keyboard.press('Tab');
    await app.keyboard.type('2');
    await app.keyboard.press('Tab');
    await app.keyboard.type('AHIMA');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('region', { name: 'AHIMA' })).toContainText('2 earned of 20 required');
    expect(readDataFile().people[0]?.credentials[0]?.ceuEntries?.[0]).toEqual({ date: '2026-06-01', title: 'Ethics refresher', hours: 2, provider: 'AHIMA', hiimDomain: true });
  });
});
