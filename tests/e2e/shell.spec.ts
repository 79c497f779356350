/**
 * The whole chain in a real browser: the built window, its `window.roster` bridge, the real
 * handlers and the data file on disk. Also: the page makes no request outside its own origin,
 * and the CSP the server sends (the same as the app's) is in force.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNELS, type IpcResult } from '../../shared/ipc';
import type { Person } from '../../shared/types';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { HOST_CRASHED_MESSAGE } from '../../electron/host/service-host';
import { expect, test } from './harness/fixture';

test('a person created from the page is written to disk and shown by the window', async ({ app, harness, readDataFile }) => {
  const keys = await app.evaluate(() => Object.keys(window.roster).sort());
  expect(keys).toEqual([...CHANNELS, 'on', 'pathForFile'].sort());

  const created = (await app.evaluate(() =>
    window.roster['person:create']({
      person: { employeeId: '00042', firstName: 'Maya', lastName: 'Okafor', employmentStatus: 'active', unit: 'Inpatient Coding' },
    }),
  )) as IpcResult<Person>;
  expect(created).toMatchObject({ ok: true, value: { employeeId: '00042', lastName: 'Okafor' } });

  const onDisk = readDataFile();
  expect(onDisk.people).toEqual([expect.objectContaining({ employeeId: '00042', firstName: 'Maya', unit: 'Inpatient Coding' })]);

  // A bad request from the page comes back as words, and nothing changes on disk.
  const refused = await app.evaluate(() =>
    window.roster['credential:save']({ employeeId: '00042', credential: { code: 'CCS', expiresOn: '31/12/2026' } }),
  );
  expect(refused).toEqual({ ok: false, error: 'Credential ▸ Expiry date: must be a date written YYYY-MM-DD' });
  expect(readDataFile()).toEqual(onDisk);

  await app.reload();
  await expect(app.getByText('Okafor').first()).toBeVisible();

  const origin = new URL(app.url()).origin;
  expect(harness.requests.length).toBeGreaterThan(0);
  expect(harness.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test('main-process events reach the page; dropped files resolve against the drop folder', async ({ app, harness, dropDir }) => {
  const received = app.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const off = window.roster.on('store:recovered', (payload) => {
          off();
          resolve(payload);
        });
      }),
  );
  await harness.emit('store:recovered', { message: 'The data file was damaged; a backup was restored.' });
  expect(await received).toEqual({ message: 'The data file was damaged; a backup was restored.' });

  const resolved = await app.evaluate(() => window.roster.pathForFile(new File(['a'], 'hr.csv')));
  expect(resolved).toBe(`${dropDir}/hr.csv`);
  expect(await app.evaluate(() => Object.isFrozen(window.roster))).toBe(true);
});

test('dialogs are stand-ins the test controls', async ({ app, harness, dataDir }) => {
  const file = path.join(dataDir, 'picked.csv');
  writeFileSync(file, 'employee_id\n1\n');
  harness.nextOpenFiles = [file];
  expect(await app.evaluate(() => window.roster['import:pick'](undefined))).toEqual({ ok: true, value: [file] });
  expect(await app.evaluate(() => window.roster['import:pick'](undefined))).toEqual({ ok: true, value: null });

  const blocked = await app.evaluate(() => window.roster['shell:openExternal']({ url: 'javascript:alert(1)' }));
  expect(blocked.ok).toBe(false);
  expect(await app.evaluate(() => window.roster['shell:openExternal']({ url: 'https://www.ahima.org/' }))).toEqual({ ok: true, value: null });
  expect(harness.openedExternal).toEqual(['https://www.ahima.org/']);
});

test('the page is served with the app’s CSP, which blocks inline script and remote requests', async ({ app, page }) => {
  const response = await page.request.get('/index.html');
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

  const violations = app.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.body.append(script);
        setTimeout(() => resolve(seen), 200);
      }),
  );
  expect(await violations).toContain('script-src-elem');
  expect(await app.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  const external = await app.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return 'fetched';
    } catch {
      return 'blocked';
    }
  });
  expect(external).toBe('blocked');
});

test.describe('a service host that falls over during a request', () => {
  test.use({ hostMisbehaves: { how: 'crash', on: 'person:create' } });

  test('the window says so in words, the host is restarted, and trying again works', async ({ app, harness, readDataFile }) => {
    await app.getByRole('button', { name: 'New person' }).click();
    const dialog = app.getByRole('dialog', { name: 'New person' });
    await dialog.getByLabel('Employee ID').fill('007001');
    await dialog.getByLabel('First name').fill('Grace');
    await dialog.getByLabel('Last name').fill('Hopper');
    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(dialog.getByRole('alert')).toContainText(HOST_CRASHED_MESSAGE);
    await expect(dialog.getByRole('button', { name: 'Add person' })).toBeEnabled();

    await dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Hopper, Grace' })).toBeVisible();
    expect(readDataFile().people.map((p) => p.employeeId)).toEqual(['007001']);
    expect(harness.emitted.filter((e) => e.event === 'store:recovered')).toEqual([]);
  });
});
