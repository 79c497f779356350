import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Credential, ExperiencePeriod, Person } from '../../shared/types';
import { expect, test, type Harness } from './harness/fixture';
import { expectAccessible } from './harness/axe';
import { FIXED_NOW, openImportAndPick } from '../fixtures/ui/helpers';

// The window's "today" is FIXED_NOW (2026-06-01): every date below is fixed against it. axe needs
// the CSP bypassed to inject itself.
test.use({ fixedTime: FIXED_NOW, bypassCSP: true });

type Seed = Pick<Person, 'employeeId' | 'firstName' | 'lastName'> &
  Partial<Pick<Person, 'employmentStatus' | 'hireDate' | 'fte' | 'isRn' | 'unit'>> & {
    readonly credentials?: readonly Omit<Credential, 'id'>[];
    readonly experience?: readonly Omit<ExperiencePeriod, 'id'>[];
  };

async function seed(app: Page, harness: Harness, people: readonly Seed[]): Promise<void> {
  for (const { credentials = [], experience = [], ...fields } of people) {
    const created = await harness.invoke('person:create', { person: { employmentStatus: 'active', unit: 'Coding', ...fields } });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    for (const credential of credentials) {
      const saved = await harness.invoke('credential:save', { employeeId: fields.employeeId, credential });
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
    }
    for (const period of experience) {
      const saved = await harness.invoke('experience:save', { employeeId: fields.employeeId, experience: period });
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
    }
  }
  // The roster was read before the data existed; load the window again as a restart would.
  await app.reload();
}

/** What the store holds now, read back through the handlers (not the window). */
async function storedPerson(harness: Harness, employeeId: string): Promise<Person | undefined> {
  const got = await harness.invoke('person:get', { employeeId, asOf: '2026-06-01' });
  return got.ok ? got.value.person : undefined;
}
async function storedSettings(harness: Harness) {
  const got = await harness.invoke('settings:get', undefined);
  if (!got.ok) throw new Error(got.error);
  return got.value;
}

async function chooseRules(app: Page, id: 'ccs-required' | 'ccs-recommended'): Promise<void> {
  const select = app.getByRole('group', { name: 'View settings' }).getByLabel('Rule set');
  await select.selectOption(id);
}

async function rosterRow(app: Page, name: string) {
  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  return app.getByRole('row').filter({ has: app.getByRole('button', { name }) });
}

async function openPerson(app: Page, name: string): Promise<void> {
  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  await app.getByRole('button', { name }).click();
  await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
}

const PREPARED: Seed = {
  employeeId: '000201',
  firstName: 'Ada',
  lastName: 'Prepared',
  experience: [{ start: '2019-05-10', end: '2023-12-31', directCoding: true }],
};
const WAITING: Seed = {
  employeeId: '000202',
  firstName: 'Ben',
  lastName: 'Waiting',
  experience: [{ start: '2025-03-01', directCoding: true }],
};
const NOTHING: Seed = { employeeId: '000203', firstName: 'Cy', lastName: 'Nothing' };

test('under ccs-recommended, no diploma is "Diploma not recorded" with the preparation date, never an eligibility date; recording one or the organisation setting makes them eligible', async ({
  app,
  harness,
}) => {
  await seed(app, harness, [PREPARED, WAITING, NOTHING]);
  await chooseRules(app, 'ccs-recommended');

  const prepared = await rosterRow(app, 'Prepared, Ada');
  await expect(prepared).toContainText('Diploma not recorded · prepared since May 10, 2021');
  await expect(prepared).not.toContainText('Eligible');
  await expect(await rosterRow(app, 'Waiting, Ben')).toContainText('Diploma not recorded · prepared on Mar 1, 2027 if current work continues');
  await expect(await rosterRow(app, 'Nothing, Cy')).toContainText('Diploma not recorded · recommended preparation not met');
  // The filter offers the status by its words.
  await app.getByLabel('CCS status').selectOption({ label: 'Diploma not recorded' });
  await expect(app.getByRole('button', { name: /^(Prepared|Waiting|Nothing),/ })).toHaveCount(3);
  await app.getByLabel('CCS status').selectOption({ label: 'Eligible' });
  await expect(app.getByRole('button', { name: /^(Prepared|Waiting|Nothing),/ })).toHaveCount(0);
  await app.getByLabel('CCS status').selectOption({ index: 0 });

  // The dashboard forecasts no one on a diploma nobody recorded, and says how to record them.
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByTestId('headline-eligibleNow')).toHaveText('0');
  await expect(app.getByTestId('headline-diplomaNotRecorded')).toHaveText('3');
  await expect(app.getByTestId('headline-eligibleNext90')).toHaveCount(0);
  await expect(app.getByTestId('diploma-note')).toContainText('3 current staff have none recorded');
  await expect(app.getByRole('figure', { name: 'Eligibility forecast, next 12 months' })).toHaveCount(0);
  await expectAccessible(app, 'dashboard under ccs-recommended');

  // The person page shows the three facts apart, and records a diploma in one click.
  await openPerson(app, 'Prepared, Ada');
  const eligibility = app.getByRole('region', { name: 'CCS exam eligibility' });
  await expect(eligibility.locator('.ccs-summary')).toContainText('Diploma not recorded — meets the recommended preparation since May 10, 2021');
  await expect(eligibility.getByTestId('fact-eligible-on')).toHaveText('Unknown until a diploma is recorded');
  await expect(eligibility.getByTestId('fact-prepared-on')).toHaveText('May 10, 2021');
  await expect(eligibility.getByTestId('fact-diploma')).toContainText('Not recorded');
  await expectAccessible(app, 'person with no diploma recorded');
  await eligibility.getByRole('button', { name: 'Record diploma on file' }).click();
  await expect(eligibility.getByTestId('fact-diploma')).toHaveText('On record');
  await expect(eligibility.locator('.ccs-summary')).toContainText('Eligible: diploma on record');
  expect((await storedPerson(harness, '000201'))?.hsDiploma).toBe(true);

  // The organisation's statement counts the current staff, shown as assumed.
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await app.getByLabel('A high-school diploma or equivalent is a condition of employment for our coding positions').check();
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  expect((await storedSettings(harness)).diplomaConditionOfEmployment).toBe(true);
  await expect(await rosterRow(app, 'Nothing, Cy')).toContainText('Eligible · diploma assumed (condition of employment)');
  await expect(await rosterRow(app, 'Prepared, Ada')).toContainText('Eligible · diploma on record');
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByTestId('headline-eligibleNow')).toHaveText('3');
  await expect(app.getByTestId('headline-diplomaAssumed')).toHaveText('2');
  await expect(app.getByTestId('diploma-note')).toContainText('A diploma is assumed for 2 current staff');
});

test('under ccs-required a not-yet person reads "Not yet · eligible on <date>", and no pathway in reach is said in plain words', async ({ app, harness }) => {
  await seed(app, harness, [WAITING, NOTHING, { ...WAITING, employeeId: '000204', firstName: 'Dee', lastName: 'Left', employmentStatus: 'terminated' }]);
  await chooseRules(app, 'ccs-required');
  const waiting = await rosterRow(app, 'Waiting, Ben');
  await expect(waiting).toContainText('Not yet · eligible on Mar 1, 2027');
  await expect(waiting).not.toContainText('Eligible Mar');
  await expect(await rosterRow(app, 'Nothing, Cy')).toContainText('Not yet — no pathway can be met from the records on file');
  // Someone who has left gets no projected date from an open-ended period.
  await app.getByLabel('Employment').selectOption({ label: 'Terminated' });
  await expect(await rosterRow(app, 'Left, Dee')).toContainText('Not yet — no pathway can be met from the records on file');
});

test('an inactive CCS says by when it can be reinstated, in the person status and the needs-action list', async ({ app, harness }) => {
  await seed(app, harness, [
    {
      employeeId: '000301',
      firstName: 'Ivy',
      lastName: 'Lapsed',
      credentials: [{ code: 'CCS', earnedOn: '2019-01-01', expiresOn: '2026-05-09' }],
      experience: [{ start: '2019-01-01', directCoding: true }],
    },
    { employeeId: '000302', firstName: 'No', lastName: 'Expiry', credentials: [{ code: 'CCA', earnedOn: '2020-01-01' }] },
  ]);
  await expect(await rosterRow(app, 'Lapsed, Ivy')).toContainText('CCS inactive — reinstate by Nov 5, 2026, revoked after');
  await openPerson(app, 'Lapsed, Ivy');
  await expect(app.getByRole('region', { name: 'CCS exam eligibility' }).locator('.ccs-summary')).toContainText(
    'Eligible since Jan 1, 2021 (2 years of coding experience); CCS inactive — reinstate by Nov 5, 2026, revoked after',
  );
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const actions = app.getByRole('region', { name: /Needs action/ });
  await expect(actions).toContainText('CCS inactive — reinstate by Nov 5, 2026, revoked after');
  await expect(actions).toContainText('CCA: no expiry recorded');
});

test('the DIF export dialog shows the accepted list, warns about missing FTE before writing, and states an assumed FTE once set', async ({
  app,
  harness,
}) => {
  await seed(app, harness, [
    { employeeId: '000401', firstName: 'Fe', lastName: 'Noftee', credentials: [{ code: 'CCS', earnedOn: '2020-01-01', expiresOn: '2027-12-31' }] },
    { employeeId: '000402', firstName: 'Gil', lastName: 'Hasfte', fte: 0.8, isRn: true },
  ]);
  await harness.emit('menu:command', { command: 'export-dif' });
  const dialog = app.getByRole('dialog', { name: 'Export: Magnet DIF certifications' });
  await expect(dialog.getByTestId('dif-check')).toContainText('Accepted certifications (');
  await expect(dialog.getByTestId('dif-check')).toContainText('CCS');
  await expect(dialog.getByTestId('dif-fte-warning')).toContainText('1 person in the report has no FTE recorded');
  await expect(dialog.getByLabel('Include terminated staff')).toBeVisible();
  await expect(dialog.getByText('Include employees without a counted certification')).toHaveCount(0);
  await expectAccessible(app, 'DIF export dialog with its checks');

  // "Change in Settings" goes to the list; an assumed FTE set there is stated before the next export.
  await dialog.getByRole('button', { name: 'Change in Settings' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await app.getByLabel('FTE to use when none is recorded').fill('0');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Enter an FTE from 0.01 to 1.5, or leave it empty to assume none')).toBeVisible();
  await app.getByLabel('FTE to use when none is recorded').fill('0.9');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  expect((await storedSettings(harness)).difAssumedFte).toBe(0.9);

  await harness.emit('menu:command', { command: 'export-dif' });
  await expect(dialog.getByTestId('dif-fte-warning')).toContainText('will be counted at the assumed FTE of 0.9');
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'roster-dif-')), 'dif.xlsx');
  harness.nextSavePath = out;
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByTestId('export-saved')).toContainText(out);

  // Emptying the field goes back to no assumed FTE.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await app.getByLabel('FTE to use when none is recorded').fill('');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  expect((await storedSettings(harness)).difAssumedFte ?? null).toBeNull();
});

test('CEUs: no CEUs is "not tracked"; a look-alike provider does not count as AHIMA; complete needs the coding self-reviews', async ({ app, harness }) => {
  await seed(app, harness, [{ employeeId: '000501', firstName: 'Kay', lastName: 'Ceus', credentials: [{ code: 'CCS', earnedOn: '2025-01-01', expiresOn: '2026-12-31' }] }]);
  await openPerson(app, 'Ceus, Kay');
  const ahima = app.getByRole('region', { name: 'Recertification' }).getByRole('region', { name: 'AHIMA' });
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Not tracked (no CEUs recorded)');
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByTestId('headline-ceu-not-tracked')).toHaveText('1');
  await expect(app.getByRole('region', { name: /^Reminders/ })).toContainText('AHIMA CEUs not tracked');

  await openPerson(app, 'Ceus, Kay');
  const form = ahima.getByRole('form', { name: 'Add CEUs for AHIMA' });
  const add = async (date: string, title: string, hours: string, provider: string, selfReview = false) => {
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Hours').fill(hours);
    await form.getByLabel('Provider').fill(provider);
    if (selfReview) await form.getByLabel(/mandatory annual coding self-reviews/).check();
    await form.getByRole('button', { name: 'Add CEU entry' }).click();
    await expect(form.getByLabel('Title')).toHaveValue('');
  };
  await add('2025-03-01', 'Inpatient coding bootcamp', '20', 'Kashima Training LLC');
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Hours reached, not complete');
  await expect(ahima.getByTestId('ceu-missing')).toContainText('8 more hours from AHIMA resources or a component state association');
  await expect(ahima.getByTestId('ceu-missing')).toContainText('The 2 mandatory annual coding self-reviews not recorded');
  await add('2025-06-01', 'Coding self-review 2025', '5', 'AHIMA', true);
  await add('2026-02-01', 'Coding self-review 2026', '5', 'HCPro', true);
  await expect(ahima.getByTestId('ceu-status-AHIMA')).toContainText('Complete');
  await expect(ahima).toContainText('2 of 2 recorded');
  await expectAccessible(app, 'person with CEUs and self-reviews');
});

test('dates after today are warned about on the person page; impossible exam records are refused in words', async ({ app, harness }) => {
  await seed(app, harness, [
    {
      employeeId: '000601',
      firstName: 'Lu',
      lastName: 'Future',
      hireDate: '2030-01-05',
      credentials: [{ code: 'RHIT', earnedOn: '2027-02-01' }],
      experience: [{ start: '2027-01-02', directCoding: true }],
    },
  ]);
  await openPerson(app, 'Future, Lu');
  const banner = app.getByTestId('future-dates');
  await expect(banner).toContainText('The hire date 2030-01-05 is after today (2026-06-01): check it.');
  await expect(banner).toContainText('RHIT is recorded as earned on 2027-02-01, after today');
  await expect(banner).toContainText('Coding experience starting on 2027-01-02, after today');
  await expectAccessible(app, 'person with dates in the future');
  await app.getByRole('button', { name: 'Add experience' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add experience' });
  await dialog.getByLabel('Start').fill('2027-03-01');
  await expect(dialog.getByText('After today: check the date (it is kept as entered)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const first = await harness.invoke('exam:save', { employeeId: '000601', application: { appliedOn: '2026-05-01', extensions: [] } });
  expect(first.ok).toBe(true);
  const second = await harness.invoke('exam:save', { employeeId: '000601', application: { appliedOn: '2026-05-20', extensions: [] } });
  expect(second).toEqual({
    ok: false,
    error:
      'The CCS application of 2026-05-01 is still open (no result recorded), so a second CCS application cannot be added. ' +
      'Record its result (or that it was withdrawn), or delete it, first.',
  });
  const id = first.ok ? first.value.application.id : '';
  const result = await harness.invoke('exam:result', { employeeId: '000601', applicationId: id, score: 320, on: '2026-05-30' });
  expect(result).toEqual({ ok: false, error: 'The CCS application of 2026-05-01 was never approved, so no exam result can be recorded on it.' });
});

test('the import reads a diploma column, and says when nothing tells who holds a diploma under ccs-recommended', async ({ app, harness }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-diploma-'));
  const withDiploma = path.join(dir, 'diplomas.csv');
  writeFileSync(withDiploma, 'Employee ID,Name,High School Diploma/GED\n000701,"Moe, Ana",Yes\n000702,"Ng, Bo",N\n000703,"Oz, Cai",X\n');
  const without = path.join(dir, 'staff.csv');
  writeFileSync(without, 'Employee ID,Name\n000704,"Po, Dee"\n');

  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  await app.getByLabel('Default rule set').selectOption('ccs-recommended');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByRole('button', { name: 'Save settings' })).toBeDisabled();

  await openImportAndPick(app, harness, [without]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  await expect(preview).toContainText('nothing in this import says who holds one: 1 current staff member will show "Diploma not recorded"');
  await preview.getByRole('button', { name: 'Back' }).click();
  await app.getByRole('dialog', { name: 'Import — match columns' }).getByRole('button', { name: 'Back' }).click();
  await app.getByRole('dialog', { name: /Import/ }).getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('dialog', { name: /Import/ })).toHaveCount(0);

  await openImportAndPick(app, harness, [withDiploma]);
  await expect(app.getByRole('dialog', { name: 'Import — match columns' }).getByLabel('Field for column High School Diploma/GED')).toHaveValue('hs_diploma');
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(preview).not.toContainText('who holds one');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  const stored = await Promise.all(['000701', '000702', '000703'].map((id) => storedPerson(harness, id)));
  expect(stored.map((p) => p?.hsDiploma)).toEqual([true, false, true]);
});
