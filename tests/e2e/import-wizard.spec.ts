import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, fixture, importFiles, openImportAndPick, previewAndCommit, rosterCounts, screenshot, UI_FIXTURES } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW });

const HRIS = fixture('hris-long-export.csv');
const MESSY = fixture('messy-roster.csv');
const peopleInHris = new Set(
  readFileSync(HRIS, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0]),
).size;

test('an empty roster says what to do, an import fills it and undo empties it again', async ({ app, harness, readDataFile }) => {
  await expect(app.getByRole('heading', { name: 'No one in the roster yet' })).toBeVisible();
  await screenshot(app, 'roster-empty');

  await app.getByRole('button', { name: 'Import an HR export…' }).click();
  harness.nextOpenFiles = [HRIS];
  await screenshot(app, 'import-pick', true);
  await app.getByRole('button', { name: 'Choose files…' }).click();
  const mapping = app.getByRole('dialog', { name: 'Import — match columns' });
  await expect(mapping.getByRole('combobox', { name: 'Field for column PERSON_NUMBER' })).toHaveValue('employee_id');
  await expect(mapping.getByRole('combobox', { name: 'Field for column EXPIRATION_DATE' })).toHaveValue('expires_on');
  await screenshot(app, 'import-mapping', true);

  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  await expect(preview.getByTestId('preview-create')).toHaveText(String(peopleInHris));
  await expect(preview.getByTestId('preview-update')).toHaveText('0');
  await screenshot(app, 'import-preview-1280');

  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.getByTestId('import-result')).toContainText(`${peopleInHris} people added`);
  expect(harness.emitted.some((e) => e.event === 'import:progress')).toBe(true);
  expect(readDataFile().people).toHaveLength(peopleInHris);
  await screenshot(app, 'import-result');

  await app.getByRole('button', { name: 'Undo this import' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Import undone' }).first()).toBeVisible();
  expect(readDataFile().people).toHaveLength(0);
  await app.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByRole('heading', { name: 'No one in the roster yet' })).toBeVisible();
});

test('problems are listed with row, column and value, and invalid rows can be skipped', async ({ app, harness, readDataFile }) => {
  await openImportAndPick(app, harness, [MESSY]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  const problemRow = preview.getByRole('row').filter({ hasText: '13/45/2020' });
  await expect(problemRow).toBeVisible();
  await expect(problemRow).toContainText('4');
  await expect(problemRow).toContainText('Issue Date');
  await expect(preview.getByTestId('preview-invalid')).toHaveText('1');
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expect(preview.getByRole('alert')).toContainText('Skip rows with errors');

  await preview.getByLabel('Skip rows with errors and import the rest').check();
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.getByTestId('import-result')).toContainText('1 rows skipped');
  const ids = readDataFile().people.map((p) => p.employeeId).sort();
  expect(ids).toEqual(['100001', '100002', '100004']);
});

test('a column can be remapped or ignored before importing', async ({ app, harness, readDataFile }) => {
  await openImportAndPick(app, harness, [MESSY]);
  const jobTitle = app.getByRole('combobox', { name: 'Field for column Job Title' });
  await expect(jobTitle).toHaveValue('job_title');
  await jobTitle.selectOption('');
  await expect(app.getByRole('row', { name: /^Job Title/ })).toContainText('Not matched');
  await previewAndCommit(app, { skipInvalid: true });
  const ada = readDataFile().people.find((p) => p.employeeId === '100001');
  expect(ada?.firstName).toBe('Ada');
  expect(ada?.jobTitle ?? '').toBe('');
});

test.describe('files dropped on the window', () => {
  test.use({ dropDir: UI_FIXTURES });
  test('open the wizard on the column mapping', async ({ app }) => {
    await expect(app.getByRole('heading', { name: 'No one in the roster yet' })).toBeVisible();
    const dataTransfer = await app.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'messy-roster.csv', { type: 'text/csv' }));
      return dt;
    });
    await app.dispatchEvent('main', 'dragenter', { dataTransfer });
    await app.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(app.getByRole('dialog', { name: 'Import — match columns' })).toBeVisible();
    await expect(app.getByText('messy-roster.csv').first()).toBeVisible();
  });
});

test('files opened with the app and the Import menu command open the wizard', async ({ app, harness }) => {
  await harness.emit('files:opened', { files: [MESSY] });
  await expect(app.getByRole('dialog', { name: 'Import — match columns' })).toBeVisible();
  await app.getByRole('button', { name: 'Close' }).click();
  await harness.emit('menu:command', { command: 'import' });
  await expect(app.getByRole('dialog', { name: 'Import — choose files' })).toBeVisible();
});

test('the import template is saved where the user chooses', async ({ app, harness }) => {
  await app.getByRole('button', { name: 'Import…' }).click();
  const target = path.join(os.tmpdir(), `roster-template-${Date.now()}.csv`);
  harness.nextSavePath = target;
  await app.getByRole('button', { name: 'CSV template' }).click();
  await expect(app.getByRole('status')).toContainText('Template saved to');
  expect(existsSync(target)).toBe(true);
  expect(readFileSync(target, 'utf8')).toContain('employee_id');
});

test('a second import of the same file changes nothing', async ({ app, harness }) => {
  await importFiles(app, harness, [HRIS]);
  expect((await rosterCounts(app)).total).toBe(peopleInHris);
  await openImportAndPick(app, harness, [HRIS]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(app.getByTestId('preview-unchanged')).toHaveText(String(peopleInHris));
  await expect(app.getByTestId('preview-create')).toHaveText('0');
});
