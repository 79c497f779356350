/**
 * The window walked as a manager would at 1366×768, with a 24-coder HR export on disk: what is
 * marked, counts that agree and say their scope, readable charts, the focus and place kept, the
 * words used, the selection's bulk actions, and the import preview's list of changes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixture';
import { FIXED_NOW, fixture, importFiles, openImportAndPick, rosterCounts, screenshot } from '../fixtures/ui/helpers';

test.use({ fixedTime: FIXED_NOW, viewport: { width: 1366, height: 768 } });

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

test.beforeEach(async ({ app, harness }) => {
  await importFiles(app, harness, [fixture('coders-24.csv')], { skipInvalid: true });
});

async function search(app: Page, text: string, shown: number): Promise<void> {
  await app.getByLabel('Search', { exact: true }).fill(text);
  await expect.poll(async () => (await rosterCounts(app)).shown).toBe(shown);
}

const box = async (l: Locator) => (await l.boundingBox())!;

test('a row is marked only for what changes that person’s answers; the rest is counted by kind on the dashboard, urgent first', async ({ app, readDataFile }) => {
  const noFte = readDataFile().people.filter((p) => p.employmentStatus !== 'terminated' && p.fte === undefined).length;
  expect(noFte).toBe(22);
  // Park's CCS has no expiry date: that can change the answers, so the row says so, in words.
  await search(app, 'Park', 1);
  const park = app.locator('.roster-body tr', { hasText: 'Park, Min-jun' });
  await expect(park.locator('.problem-flag')).toHaveCount(1);
  await expect(park.locator('.problem-flag .visually-hidden')).toHaveText('. To check: CCS: no expiry recorded (it counts as active until one is)');
  // Brandt has no FTE, which only the DIF uses: no mark.
  await search(app, 'Brandt', 1);
  await expect(app.locator('.roster-body .problem-flag')).toHaveCount(0);

  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const actions = app.getByRole('region', { name: /Needs action/ });
  await expect(actions.getByRole('heading', { name: 'Needs action (6)' })).toBeVisible();
  await expect(actions.getByTestId('action-counts')).toHaveText('3 expiring · 2 newly eligible · 1 to check');
  const kinds = await actions.locator('.action-kind').allTextContents();
  expect(kinds.map((k) => k.replace(/^\W+/, ''))).toEqual(['Expiring', 'Expiring', 'Expiring', 'Newly eligible', 'Newly eligible', 'Check record']);
  await expect(actions.getByText(/FTE/)).toHaveCount(1);
  await expect(actions.getByTestId('record-gaps')).toHaveText(`${noFte} people have no FTE recorded: only the Magnet DIF uses it.`);
  await screenshot(app, 'dashboard', true);
  // Needs action comes before the charts.
  const order = await app.locator('.dashboard h2').allTextContents();
  expect(order.indexOf('Needs action (6)')).toBeLessThan(order.findIndex((t) => t.startsWith('CCS status by unit')));
});

test('the same question gives the same number on the dashboard and the roster, and each count says its scope', async ({ app, readDataFile }) => {
  const people = readDataFile().people;
  const terminated = people.filter((p) => p.employmentStatus === 'terminated').length;
  expect(terminated).toBe(1);
  await expect(app.getByTestId('roster-scope')).toHaveText(`people: everyone on the roster, including ${terminated} terminated (the dashboard counts current staff only)`);

  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByTestId('dashboard-scope')).toContainText(`current staff (active or on leave): ${people.length - terminated} people`);
  const eligible = Number(await app.getByTestId('headline-eligibleNow').textContent());
  await app.getByTestId('headline-eligibleNow').getByRole('button').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
  expect(await rosterCounts(app)).toEqual({ shown: eligible, total: people.length });
  await expect(app.getByTestId('roster-scope')).toHaveText('people: current staff (active or on leave), as the dashboard counts');
  await expect(app.getByLabel('CCS status', { exact: true })).toHaveValue('eligible');
  // Everyone, terminated included, is one more: the terminated coder holds an RHIT.
  await app.getByLabel('Employment', { exact: true }).selectOption('');
  expect((await rosterCounts(app)).shown).toBe(eligible + 1);

  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const staff = Number(await app.getByTestId('headline-people').textContent());
  await app.getByTestId('headline-people').getByRole('button').click();
  expect(await rosterCounts(app)).toEqual({ shown: staff, total: people.length });
});

test('charts: one scale, month names, unit and credential labels that fit, and the width they have', async ({ app }) => {
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const forecast = app.getByRole('figure', { name: /Eligibility forecast/ });
  await expect(forecast.locator('.recharts-yAxis')).toHaveCount(1);
  await expect(forecast.locator('.recharts-xAxis-tick-labels text').first()).toHaveText('Jun 2026');
  await expect(forecast.locator('.recharts-xAxis-tick-labels')).not.toContainText(/\d{4}-\d{2}/);
  await forecast.getByText('Show the numbers').click();
  await expect(forecast.getByRole('rowheader', { name: 'Jan 2027' })).toHaveCount(1);

  // Unit labels wrap beside their own bar and never overlap one another.
  const units = app.getByRole('figure', { name: /CCS status by unit/ });
  const pfs = units.locator('.recharts-yAxis-tick-labels text', { hasText: 'Patient Financial' });
  const outpatient = units.locator('.recharts-yAxis-tick-labels text', { hasText: 'Outpatient Coding' });
  const [a, b] = [await box(pfs), await box(outpatient)];
  expect(a.y >= b.y + b.height || b.y >= a.y + a.height).toBe(true);
  await expect(pfs.locator('tspan')).toHaveText(['Patient Financial', 'Services']);
  // A long credential is written whole, on two lines, inside the chart.
  const mix = app.getByRole('figure', { name: /Credential mix/ });
  const widget = mix.locator('.recharts-yAxis-tick-labels text', { hasText: 'WIDGET' });
  await expect(widget.locator('tspan')).toHaveText(['WIDGET CODING', 'CREDENTIAL']);
  expect((await box(widget)).x).toBeGreaterThanOrEqual((await box(mix)).x);
  await screenshot(app, 'window-charts-1366');

  // At 1920 px the three charts share the row.
  await app.setViewportSize({ width: 1920, height: 1080 });
  for (const chart of [units, forecast, mix]) {
    await expect.poll(async () => (await box(chart.locator('.recharts-wrapper').first())).width).toBeGreaterThan(500);
  }
  const tops = await Promise.all([units, forecast, mix].map(async (f) => (await box(f)).y));
  expect(new Set(tops).size).toBe(1);
});

test('focus returns to the row or control the user came from; the roster keeps its place; a skip link and visible rings', async ({ app }) => {
  // Sort, filter and scroll, then open a person by keyboard.
  await app.getByRole('columnheader', { name: /Unit/ }).getByRole('button').click();
  await app.getByRole('columnheader', { name: /Unit/ }).getByRole('button').click();
  await app.getByLabel('Employment', { exact: true }).selectOption('current');
  const scroller = app.getByTestId('roster-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 300));
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(300);
  const row = app.locator('.roster-body tr').nth(8);
  const name = (await row.locator('.link-button').textContent())!;
  await row.locator('.link-button').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { level: 1, name })).toBeFocused();

  await app.getByRole('button', { name: '← Roster' }).click();
  await expect(app.getByRole('button', { name, exact: true })).toBeFocused();
  await expect(app.getByRole('columnheader', { name: /Unit/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(app.getByLabel('Employment', { exact: true })).toHaveValue('current');
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(300);

  // Escape closes a dialog and the focus is back on the button that opened it.
  await app.getByRole('checkbox', { name: `Select ${name}` }).check();
  await app.getByRole('button', { name: 'Set unit…' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: 'Set the unit' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Set unit…' })).toBeFocused();

  // From the dashboard: the back button says where it goes, and the action gets the focus again.
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const first = app.locator('.action-list .action').first();
  await first.focus();
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: '← Dashboard' }).click();
  await expect(app.locator('.action-list .action').first()).toBeFocused();

  // The skip link is the first stop on the page and lands on the first roster row.
  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  await app.getByLabel('Employment', { exact: true }).selectOption('');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  await app.getByRole('button', { name: 'Roster', exact: true }).focus();
  await app.keyboard.press('Shift+Tab');
  const skip = app.getByRole('button', { name: 'Skip to the roster table' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport({ ratio: 1 });
  await app.keyboard.press('Enter');
  await expect(app.locator('.roster-body tr').first().locator('.link-button')).toBeFocused();

  // A sort header's ring is drawn inside its cell, so the cell's clipping never hides it.
  const idSort = app.getByRole('columnheader', { name: /Employee ID/ }).getByRole('button');
  await idSort.focus();
  const ring = await idSort.evaluate((el) => {
    const s = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: s.outlineWidth, offset: s.outlineOffset };
  });
  expect(ring).toEqual({ visible: true, style: 'solid', width: '3px', offset: '-3px' });
});

test('every column is readable at 1366 px: headers whole, the name column stays while the table scrolls sideways', async ({ app }) => {
  const headers = app.locator('.roster-head .sort-button');
  await expect(headers).toHaveCount(8);
  for (const header of await headers.all()) {
    const cut = await header.evaluate((el) => [...el.querySelectorAll('span, div')].some((s) => s.scrollWidth > s.clientWidth + 1) || el.scrollWidth > el.clientWidth + 1);
    expect(cut, await header.textContent() ?? '').toBe(false);
  }
  await search(app, 'Mensah', 1);
  const unit = app.locator('.roster-body tr').first().locator('td').nth(1);
  expect(await unit.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(unit).toHaveText('Patient Financial Services');
  const scroller = app.getByTestId('roster-scroll');
  const nameCell = app.locator('.roster-body tr').first().locator('th');
  const before = await box(nameCell);
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const last = app.locator('.roster-body tr').first().locator('td').last();
  await expect(last).toBeInViewport();
  expect((await box(nameCell)).x).toBe(before.x);
  await expect(app.getByRole('columnheader', { name: /Coding exp\./ })).toBeInViewport({ ratio: 1 });
});

test('words: the mapping drop-down, rule-set names, one date style and the eligibility headline', async ({ app, harness }) => {
  await openImportAndPick(app, harness, [fixture('coders-24.csv')]);
  const options = await app.getByLabel('Field for column FTE').locator('option').allTextContents();
  for (const words of ['Employee ID', 'FTE', 'RN', 'High-school diploma', 'CEUs earned', 'CAHIIM-accredited program']) expect(options).toContain(words);
  for (const machine of ['Employee id', 'Fte', 'Is rn', 'Hs diploma', 'Ceus earned', 'Cahiim accredited']) expect(options).not.toContain(machine);
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);

  const picker = app.getByLabel('Rule set', { exact: true });
  expect(await picker.locator('option').allTextContents()).toEqual(['Pathway required', 'Diploma required']);
  await expect(picker).toHaveAccessibleDescription(/one pathway required/);
  await app.getByLabel('Export a report').selectOption('eligibility');
  const exportDialog = app.getByRole('dialog', { name: /Export/ });
  expect(await exportDialog.getByLabel('Rule set').locator('option').allTextContents()).toEqual(['Pathway required', 'Diploma required']);
  await expect(exportDialog).not.toContainText('ccs-required');
  await exportDialog.getByRole('button', { name: 'Cancel' }).click();
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  expect(await app.getByLabel('Default rule set').locator('option').allTextContents()).toEqual(['Pathway required', 'Diploma required']);

  // Dates in sentences read as the window writes them.
  await app.getByRole('button', { name: 'Dashboard', exact: true }).click();
  await expect(app.getByRole('region', { name: /Needs action/ })).not.toContainText(ISO_DATE);
  await expect(app.getByRole('region', { name: /Reminders/ })).toContainText('RHIT expires on Jun 20, 2026 (in 19 days)');
  await expect(app.getByRole('region', { name: /Reminders/ })).not.toContainText(ISO_DATE);

  // Met pathways first, one headline.
  await app.getByRole('button', { name: 'Roster', exact: true }).click();
  await search(app, 'Abara', 1);
  await app.getByRole('button', { name: 'Abara, Nneka' }).click();
  const panel = app.getByRole('region', { name: 'CCS exam eligibility' });
  await expect(panel.getByTestId('eligibility-headline')).toHaveText('Eligible since Apr 2, 2019 (holds RHIT)');
  const states = await panel.locator('.pathway').evaluateAll((els) => els.map((e) => e.className.replace('pathway pathway-', '')));
  expect(states.slice(0, 2)).toEqual(['met', 'met']);
  expect(states.indexOf('met')).toBe(0);
  await expect(panel).not.toContainText(ISO_DATE);
  await screenshot(app, 'person', true);

  await app.getByRole('button', { name: '← Roster' }).click();
  await search(app, 'Ito', 1);
  await app.getByRole('button', { name: 'Ito, Kenji' }).click();
  const headline = (await panel.getByTestId('eligibility-headline').textContent())!;
  expect(headline).toMatch(/^Not yet: eligible on Sep 1, 2027/);
  expect(headline.match(/Not yet/gi)).toHaveLength(1);
  await expect(panel.locator('.pathway').first()).toHaveClass(/pathway-will-meet/);
  await expect(panel).not.toContainText('Cannot meet yet');
});

test('the backups list says why each copy was taken, and no two times read the same', async ({ app, harness, store }) => {
  // Copies taken in the same second, as a start-up and an import right after it are.
  store.backup('when the app started');
  store.backup('before import of hr-export.csv');
  await harness.invoke('people:bulk', { employeeIds: ['200101'], change: { kind: 'fte', fte: 0.9 } });
  await app.getByRole('button', { name: 'Settings', exact: true }).click();
  const table = app.getByRole('region', { name: 'Backups' }).getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Why' })).toBeVisible();
  await expect(table).toContainText('When the app started');
  await expect(table).toContainText('Before import of hr-export.csv');
  await expect(table).toContainText('Before a change to 1 person at once');
  const times = await table.locator('tbody th').allTextContents();
  expect(times.length).toBeGreaterThanOrEqual(4);
  expect(new Set(times).size).toBe(times.length);
});

test('bulk actions on a selection: set unit, set FTE, mark diploma, acknowledge, export the selection', async ({ app, harness, readDataFile }) => {
  const picked = ['Brandt, Ines', 'Castillo, Marco', 'Eriksen, Sofie'];
  for (const name of picked) await app.getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(app.getByTestId('selected-count')).toHaveText('3 people selected');
  const ids = ['200102', '200103', '200105'];
  const backupsBefore = (await harness.invoke('backups:list', undefined)).ok;
  expect(backupsBefore).toBe(true);

  await app.getByRole('button', { name: 'Set unit…' }).click();
  let dialog = app.getByRole('dialog', { name: 'Set the unit' });
  await dialog.getByLabel('Unit').fill('Coding Quality');
  await dialog.getByRole('button', { name: 'Apply to 3 people' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.getByRole('status')).toContainText('3 people changed.');
  expect(readDataFile().people.filter((p) => ids.includes(p.employeeId)).map((p) => p.unit)).toEqual(['Coding Quality', 'Coding Quality', 'Coding Quality']);

  await app.getByRole('button', { name: 'Set FTE…' }).click();
  dialog = app.getByRole('dialog', { name: 'Set the FTE' });
  await dialog.getByLabel('FTE').fill('2');
  await dialog.getByRole('button', { name: 'Apply to 3 people' }).click();
  await expect(dialog.getByText(/Enter a number from 0 to 1.5/)).toBeVisible();
  await dialog.getByLabel('FTE').fill('0.8');
  await dialog.getByRole('button', { name: 'Apply to 3 people' }).click();
  await expect(dialog).toHaveCount(0);
  expect(readDataFile().people.filter((p) => ids.includes(p.employeeId)).map((p) => p.fte)).toEqual([0.8, 0.8, 0.8]);

  await app.getByRole('button', { name: 'Mark diploma on record…' }).click();
  await app.getByRole('dialog', { name: /diploma/ }).getByRole('button', { name: 'Apply to 3 people' }).click();
  await expect(app.getByRole('dialog')).toHaveCount(0);
  expect(readDataFile().people.filter((p) => ids.includes(p.employeeId)).every((p) => p.hsDiploma === true)).toBe(true);

  await app.getByRole('button', { name: 'Acknowledge reminders…' }).click();
  dialog = app.getByRole('dialog', { name: 'Acknowledge reminders' });
  await dialog.getByLabel('Note (optional)').fill('Renewals booked');
  await dialog.getByRole('button', { name: 'Apply to 3 people' }).click();
  // Each of the two has an expiring credential and CEUs not tracked for it: two reminders each.
  await expect(app.getByRole('status')).toContainText('4 reminders acknowledged for 2 people.');
  const acks = readDataFile().acknowledgements ?? [];
  expect(acks.map((a) => a.itemKey.split('|')[0]).sort()).toEqual(['200102', '200102', '200103', '200103']);
  expect(acks.every((a) => a.note === 'Renewals booked')).toBe(true);

  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'roster-selection-')), 'selection.xlsx');
  await app.getByRole('button', { name: 'Export selection…' }).click();
  const exportDialog = app.getByRole('dialog', { name: /Export: Roster \(3 selected\)/ });
  await expect(exportDialog.getByTestId('export-selection')).toHaveText('Only the 3 people selected in the roster.');
  harness.nextSavePath = out;
  await exportDialog.getByRole('button', { name: 'Export…' }).click();
  await expect(exportDialog.getByTestId('export-saved')).toContainText('(3 rows)');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.getWorksheet('People')!;
  const exported: string[] = [];
  sheet.eachRow((r, i) => {
    if (i > 1) exported.push(String(r.getCell(1).value));
  });
  expect(exported).toEqual(ids);
  await exportDialog.getByRole('button', { name: 'Done' }).click();
  await screenshot(app, 'roster', true);

  await app.getByRole('button', { name: 'Clear selection' }).click();
  await expect(app.getByTestId('selected-count')).toHaveCount(0);
});

test('the import preview lists who will be created and updated, each changed value before → after', async ({ app, harness }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-update-'));
  const file = path.join(dir, 'hr-update.csv');
  writeFileSync(file, 'Employee ID,Last Name,First Name,Unit,FTE,Credential,Issue Date,Expiration Date\r\n200102,Brandt,Ines,CDI,0.8,CCA,2024-01-10,2028-07-10\r\n200199,Young,Zara,CDI,1.0,,,\r\n');
  await openImportAndPick(app, harness, [file]);
  await app.getByRole('button', { name: 'Next: check the rows' }).click();
  const preview = app.getByRole('dialog', { name: 'Import — check before importing' });
  const changes = preview.getByTestId('import-changes');
  await expect(preview.getByRole('heading', { name: 'Who will change: 1 new, 1 updated' })).toBeVisible();
  const brandt = changes.getByRole('row', { name: /Brandt, Ines/ });
  await expect(brandt).toContainText('Updated');
  await expect(brandt).toContainText('Unit: Inpatient Coding → CDI');
  await expect(brandt).toContainText('FTE: not recorded → 0.8');
  await expect(brandt).toContainText('CCA expiry date: Jul 10, 2026 → Jul 10, 2028');
  const young = changes.getByRole('row', { name: /Young, Zara/ });
  await expect(young).toContainText('New');
  await expect(young).toContainText('FTE: 1');
  await screenshot(app, 'import-preview', true);
});
