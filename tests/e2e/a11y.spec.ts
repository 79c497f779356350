import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, fixture, importFiles, openImportAndPick, screenshot } from '../fixtures/ui/helpers';

// axe is injected as an inline script, which the window's CSP (rightly) forbids; only this spec bypasses it.
test.use({ fixedTime: FIXED_NOW, bypassCSP: true });

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Serious and critical axe findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<readonly Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await seriousViolations(page);
  const report = found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(report, `serious/critical axe findings on ${screen}`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ app }) => {
      await app.emulateMedia({ colorScheme });
    });

    test('empty roster and the import wizard steps', async ({ app, harness }) => {
      await expect(app.getByRole('heading', { name: 'No one in the roster yet' })).toBeVisible();
      await expectAccessible(app, 'empty roster');
      await app.getByRole('button', { name: 'Import…' }).click();
      await expect(app.getByRole('dialog', { name: 'Import — choose files' })).toBeVisible();
      await expectAccessible(app, 'import: choose files');
      harness.nextOpenFiles = [fixture('messy-roster.csv')];
      await app.getByRole('button', { name: 'Choose files…' }).click();
      await expect(app.getByRole('dialog', { name: 'Import — match columns' })).toBeVisible();
      await expectAccessible(app, 'import: mapping');
      await app.getByRole('button', { name: 'Next: check the rows' }).click();
      await expect(app.getByRole('dialog', { name: 'Import — check before importing' })).toBeVisible();
      await expectAccessible(app, 'import: preview');
      await app.getByLabel('Skip rows with errors and import the rest').check();
      await app.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(app.getByTestId('import-result')).toBeVisible();
      await expectAccessible(app, 'import: result');
    });

    test('the import value step and the direct-coding question', async ({ app, harness }) => {
      const hr = (name: string) => path.resolve('tests/fixtures/import/hr-systems', name);
      await app.getByRole('button', { name: 'Import…' }).click();
      harness.nextOpenFiles = [hr('unknown-values.csv'), hr('workday-coding-experience.csv')];
      await app.getByRole('button', { name: 'Choose files…' }).click();
      await app.getByRole('button', { name: 'Next: check the rows' }).click();
      await expect(app.getByTestId('value-mapping-step')).toBeVisible();
      await expect(app.getByTestId('direct-coding-question')).toBeVisible();
      await expectAccessible(app, 'import: value step and direct-coding question');
    });

    test('roster, person, dashboard and settings', async ({ app, harness }) => {
      await importFiles(app, harness, [fixture('hris-long-export.csv'), fixture('coding-experience.csv')], { skipInvalid: true });
      await expectAccessible(app, 'roster');
      await app.getByLabel('Search', { exact: true }).fill('Tanaka');
      await app.getByRole('button', { name: 'Tanaka, Aaliyah' }).click();
      await expect(app.getByRole('heading', { level: 1, name: 'Tanaka, Aaliyah' })).toBeVisible();
      await expectAccessible(app, 'person');
      await app.getByRole('button', { name: 'Add credential' }).click();
      await expectAccessible(app, 'credential form');
      await app.getByRole('button', { name: 'Cancel' }).click();
      await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
      await expect(app.getByTestId('headline-people')).toBeVisible();
      await expectAccessible(app, 'dashboard');
      if (colorScheme === 'dark') await screenshot(app, 'dashboard-dark', true);
      await app.getByRole('button', { name: 'Settings', exact: true }).click();
      await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expectAccessible(app, 'settings');
      await app.getByLabel('Export a report').selectOption('dif');
      await expectAccessible(app, 'export dialog');
    });

    test('the roster selection and its bulk actions, and an import preview listing changes', async ({ app, harness }) => {
      await importFiles(app, harness, [fixture('coders-24.csv')], { skipInvalid: true });
      await app.getByRole('checkbox', { name: 'Select Abara, Nneka' }).check();
      await app.getByRole('checkbox', { name: 'Select Brandt, Ines' }).check();
      await expect(app.getByTestId('selected-count')).toBeVisible();
      await expectAccessible(app, 'roster with a selection');
      await app.getByRole('button', { name: 'Set FTE…' }).click();
      await expectAccessible(app, 'bulk FTE dialog');
      await app.getByRole('button', { name: 'Cancel' }).click();
      await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
      await expect(app.getByTestId('record-gaps')).toBeVisible();
      await expectAccessible(app, 'dashboard with record gaps');
      await openImportAndPick(app, harness, [fixture('messy-roster.csv')]);
      await app.getByRole('button', { name: 'Next: check the rows' }).click();
      await expect(app.getByTestId('import-changes')).toBeVisible();
      await expectAccessible(app, 'import preview with changes');
    });
  });
}

test('keyboard only: tab to a person and open them', async ({ app, harness }) => {
  await importFiles(app, harness, [fixture('hris-long-export.csv')]);
  await app.getByLabel('Search', { exact: true }).focus();
  await app.keyboard.type('Tanaka');
  await expect(app.getByRole('button', { name: 'Tanaka, Aaliyah' })).toBeVisible();
  // Tab through the filters to the table; the name button is reachable and opens the person with Enter.
  for (let i = 0; i < 40; i += 1) {
    await app.keyboard.press('Tab');
    const focused = await app.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.includes('Tanaka, Aaliyah')) break;
  }
  await expect(app.getByRole('button', { name: 'Tanaka, Aaliyah' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name: 'Tanaka, Aaliyah' })).toBeVisible();
});
