/**
 * The window given odd files: a named pipe is refused at once in words, and a file read in a
 * guessed encoding, or mixing encodings, says so in the preview with the rows it cannot read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, openImportAndPick } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW });

const folder = mkdtempSync(path.join(os.tmpdir(), 'e2e-hostile-'));

test('a named pipe is refused at once: not a regular file', async ({ app, harness }) => {
  test.skip(process.platform === 'win32', 'named pipes are made with mkfifo');
  const pipe = path.join(folder, 'pipe.csv');
  execFileSync('mkfifo', [pipe]);
  await app.getByRole('button', { name: 'Import…' }).click();
  const dialog = app.getByRole('dialog', { name: /Import/ });
  harness.nextOpenFiles = [pipe];
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('"pipe.csv" cannot be imported: it is not a regular file (it is a named pipe).');
});

test('the preview says a file was read as windows-1252', async ({ app, harness }) => {
  const ansi = path.join(folder, 'ansi.csv');
  writeFileSync(ansi, Buffer.from('Employee ID,First Name,Last Name\n000001,José,Núñez\n', 'latin1'));
  await openImportAndPick(app, harness, [ansi]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  await expect(preview.getByRole('row').filter({ hasText: 'read as windows-1252' })).toContainText('Warning');
});

test('the preview names the row saved in another encoding than the rest of the file', async ({ app, harness }) => {
  const mixed = path.join(folder, 'mixed.csv');
  writeFileSync(mixed, Buffer.concat([
    Buffer.from('Employee ID,First Name,Last Name\n000001,José,Núñez\n', 'utf8'),
    Buffer.from('000002,Zoë,Müller\n', 'latin1'),
  ]));
  await openImportAndPick(app, harness, [mixed]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  const problem = preview.getByRole('row').filter({ hasText: 'is not UTF-8 text like the rest' });
  await expect(problem).toContainText('Error');
  await expect(problem.getByRole('cell').nth(2)).toHaveText('3');
  await expect(problem.getByRole('cell').nth(3)).toHaveText('First Name');
});
