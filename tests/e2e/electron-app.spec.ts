/**
 * The real desktop app, driven by Playwright's Electron support: start, see the roster, import a
 * file, quit. It needs Electron's binary, which npm fetches lazily on first use; where it is absent
 * (offline build machines) the test is skipped with the reason.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ImportResult } from '../../shared/types';
import type { IpcResult } from '../../shared/ipc';
import type { RosterView } from '../../shared/view-models';
import { storedRoster } from '../fixtures/stored-roster';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Finds Electron's executable without `require('electron')`, which would try to download it. */
function findElectronBinary(): { readonly path: string } | { readonly missing: string } {
  const packageDir = path.join(ROOT, 'node_modules/electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!override && !existsSync(pathFile)) {
    return { missing: 'node_modules/electron/path.txt is absent, so the Electron binary was never downloaded' };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executable = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  if (!existsSync(executable)) return { missing: `${executable} does not exist` };
  return { path: executable };
}

const binary = findElectronBinary();

const HR_EXPORT = [
  'PERSON_NUMBER,LAST_NAME,FIRST_NAME,DEPARTMENT,JOB_TITLE,ASSIGNMENT_STATUS,HIRE_DATE,FTE,CERTIFICATION_NAME,ISSUED_BY,CERTIFICATION_NUMBER,ISSUE_DATE,EXPIRATION_DATE',
  '016613,Quispe,Kofi,Outpatient Coding,CDI Specialist,Active,06/24/2023,1.0,CCS,AHIMA,AH-87689,09/24/2018,09/24/2026',
  '082459,Nakamura,Rosa,HIM Operations,Coding Trainee,Active,11/03/2024,0.8,RHIA,AHIMA,AH-92551,07/27/2016,07/27/2027',
].join('\r\n');

test.describe('the desktop app', () => {
  // Electron downloads its binary on first run; where that cannot happen (a closed network, CI here)
  // the real app cannot start, so this spec skips and says why. Everywhere else it runs.
  test.skip('missing' in binary, `Electron binary not installed: ${'missing' in binary ? binary.missing : ''}`);

  test('starts, shows the roster, imports a file and quits', async () => {
    if (!('path' in binary)) return;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roster-electron-'));
    const csv = path.join(dataDir, 'hr-export.csv');
    writeFileSync(csv, HR_EXPORT);
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT],
      cwd: ROOT,
      env: { ...process.env, CREDENTIAL_ROSTER_DATA: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await expect(page).toHaveTitle(/Credential Roster/);

      // The page gets the bridge and nothing of Node or Electron.
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys(window.roster).length)).toBeGreaterThan(20);

      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

      const committed = await page.evaluate(
        (file) => window.roster['import:commit']({ files: [file], options: {} }),
        csv,
      ) as IpcResult<ImportResult>;
      expect(committed).toMatchObject({ ok: true, value: { created: 2 } });

      const listed = await page.evaluate(() => window.roster['roster:list']({ asOf: '2026-01-15' })) as IpcResult<RosterView>;
      expect(listed.ok && listed.value.people.map((p) => p.employeeId).sort()).toEqual(['016613', '082459']);

      await page.reload();
      await expect(page.getByText('Quispe').first()).toBeVisible();
      expect(storedRoster(dataDir).people).toHaveLength(2);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
