import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, openImportAndPick, screenshot } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW });

const HR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import/hr-systems');
const UNKNOWN_VALUES = path.join(HR, 'unknown-values.csv');
const WORKDAY = path.join(HR, 'workday-coding-experience.csv');
const UKG_TSV = path.join(HR, 'ukg-kronos-people.tsv');

test('the value step lists each unknown value with its count; the answers are applied and remembered', async ({ app, harness, readDataFile }) => {
  await openImportAndPick(app, harness, [UNKNOWN_VALUES]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  const step = preview.getByTestId('value-mapping-step');
  await expect(step).toBeVisible();
  const inactive = step.getByRole('row').filter({ hasText: 'Inactive' });
  await expect(inactive).toContainText('Employment status');
  await expect(inactive.getByRole('cell').nth(1)).toHaveText('2');
  await expect(step.getByRole('row').filter({ hasText: 'Coding Specialist II' }).getByRole('cell').nth(1)).toHaveText('2');
  // Unanswered, "Inactive" is never read as terminated: the rows are held back.
  const importButton = preview.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(preview.getByRole('row').filter({ hasText: 'can mean on leave or terminated' }).first()).toBeVisible();
  await screenshot(app, 'import-value-step');

  await step.getByRole('combobox', { name: 'What "Inactive" means' }).selectOption('leave');
  await step.getByRole('combobox', { name: 'What "GED" means' }).selectOption('yes');
  await step.getByRole('combobox', { name: 'What "Equivalent" means' }).selectOption('yes');
  await step.getByRole('combobox', { name: 'What "Coding Specialist II" means' }).selectOption('CCS');
  await expect(importButton).toBeEnabled();
  await expect(preview.getByTestId('preview-invalid')).toHaveText('0');
  await importButton.click();
  await expect(app.getByTestId('import-result')).toBeVisible();

  const data = readDataFile();
  const rosa = data.people.find((p) => p.employeeId === '082459');
  expect(rosa).toMatchObject({ employmentStatus: 'leave', hsDiploma: true, credentials: [expect.objectContaining({ code: 'CCS' })] });
  expect(data.customCredentials).toEqual([]);
  expect(data.settings.importValueMappings).toEqual({
    credential: { codingspecialistii: 'CCS' },
    employment_status: { inactive: 'leave' },
    yes_no: { ged: true, equivalent: true },
  });

  // The next file with these values is read with the remembered answers, shown in the step.
  await app.getByRole('button', { name: 'Done' }).click();
  await openImportAndPick(app, harness, [UKG_TSV]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const again = app.getByRole('dialog', { name: 'Import — check before importing' });
  await expect(again.getByRole('combobox', { name: 'What "Inactive" means' })).toHaveValue('leave');
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
});

test('a coding-experience file with no direct-coding column asks; the default counts the periods as direct coding', async ({ app, harness, readDataFile }) => {
  await openImportAndPick(app, harness, [WORKDAY]);
  const mapping = app.getByRole('dialog', { name: 'Import — match columns' });
  await expect(mapping.getByRole('combobox', { name: 'Field for column Coding Start' })).toHaveValue('experience_start');
  await expect(mapping.getByRole('combobox', { name: 'Field for column Worker', exact: true })).toHaveValue('full_name');
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  const question = preview.getByTestId('direct-coding-question');
  await expect(question).toContainText('Were these 4 coding experience periods direct coding?');
  await expect(question.getByRole('radio', { name: /Yes, these periods are direct coding/ })).toBeChecked();
  await screenshot(app, 'import-direct-coding');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.getByTestId('import-result')).toBeVisible();
  const periods = readDataFile().people.flatMap((p) => p.experience);
  expect(periods).toHaveLength(4);
  expect(periods.every((e) => e.directCoding)).toBe(true);
});

test('answering "not direct coding" records the periods that way', async ({ app, harness, readDataFile }) => {
  await openImportAndPick(app, harness, [WORKDAY]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  const no = preview.getByRole('radio', { name: 'No, record them as not direct coding' });
  await no.check();
  await expect(no).toBeChecked();
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.getByTestId('import-result')).toBeVisible();
  const periods = readDataFile().people.flatMap((p) => p.experience);
  expect(periods).toHaveLength(4);
  expect(periods.every((e) => !e.directCoding)).toBe(true);
});

test.describe('delimited text dropped on the window', () => {
  test.use({ dropDir: HR });
  test('a pipe-delimited .txt and a tab-separated .tsv open the wizard with their columns matched', async ({ app }) => {
    const dataTransfer = await app.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'oracle-hcm-certifications.txt', { type: 'text/plain' }));
      dt.items.add(new File(['x'], 'ukg-kronos-people.tsv', { type: 'text/tab-separated-values' }));
      return dt;
    });
    await app.dispatchEvent('main', 'dragenter', { dataTransfer });
    await app.dispatchEvent('main', 'drop', { dataTransfer });
    const mapping = app.getByRole('dialog', { name: 'Import — match columns' });
    await expect(mapping).toBeVisible();
    await expect(mapping.getByRole('combobox', { name: 'Field for column CERTIFICATION_NAME' })).toHaveValue('credential');
    await expect(mapping.getByRole('combobox', { name: 'Field for column Home Labor Account' })).toHaveValue('unit');
  });
});
