import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/export/index';
import { DIF_SHEETS } from '../../electron/export/dif-report';
import { ELIGIBILITY_SHEETS } from '../../electron/export/eligibility-report';
import { EXPIRING_SHEET } from '../../electron/export/expiring-report';
import { ROSTER_SHEETS } from '../../electron/export/roster-report';
import { EXPORT_KINDS, type ExportKind } from '../../shared/schemas';
import type { ImportProgress } from '../../shared/view-models';
import { daysBetween } from '../../shared/dates';
import { buildDashboard } from '../../shared/views';
import { difRows } from '../../shared/dif';
import { AS_OF, FORMULA_NAMES, ORGANISATION, PEOPLE, fixtureRoster } from '../fixtures/export/roster-fixture';
import { about, headers, readWorkbook, records, reportContext, sheet, tempDir } from '../fixtures/export/read-workbook';

const dir = tempDir('export-reports-');
const books = new Map<ExportKind, ExcelJS.Workbook>();
const rowsWritten = new Map<ExportKind, number>();

beforeAll(async () => {
  for (const kind of EXPORT_KINDS) {
    const file = path.join(dir, `${kind}.xlsx`);
    const result = await writeReport(kind, file, reportContext());
    expect(result.file).toBe(file);
    rowsWritten.set(kind, result.rows);
    books.set(kind, await readWorkbook(file));
  }
});

const book = (kind: ExportKind): ExcelJS.Workbook => books.get(kind)!;
/** A date cell's calendar date: a whole-day serial, which exceljs reads back as UTC midnight. */
const isoOf = (value: ExcelJS.CellValue): string => {
  expect(value).toBeInstanceOf(Date);
  const date = value as Date;
  expect(date.getTime() % 86_400_000).toBe(0);
  return date.toISOString().slice(0, 10);
};
const num = (value: ExcelJS.CellValue): number => {
  expect(typeof value).toBe('number');
  return value as number;
};
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
/** People in scope by default: everyone but terminated staff. */
const currentStaff = fixtureRoster().people.filter((p) => p.employmentStatus !== 'terminated');

describe('every workbook', () => {
  it.each(EXPORT_KINDS)('%s: About first, document properties, and a bold frozen filtered landscape header on every sheet', (kind) => {
    const wb = book(kind);
    expect(wb.worksheets[0]?.name).toBe('About');
    expect(wb.company).toBe(ORGANISATION);
    expect(wb.creator).toBe('Credential Roster 9.8.7');
    expect(wb.title).toBeTruthy();
    expect(wb.subject).toContain(AS_OF);
    expect(wb.description).toContain(AS_OF);
    for (const ws of wb.worksheets) {
      const head = headers(ws);
      expect(head.length, ws.name).toBeGreaterThan(1);
      expect(ws.getRow(1).getCell(1).font?.bold, ws.name).toBe(true);
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBe(`A1:${String.fromCharCode(64 + head.length)}${Math.max(ws.rowCount, 1)}`);
      expect(ws.pageSetup, ws.name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      for (let c = 1; c <= head.length; c += 1) {
        const width = ws.getColumn(c).width ?? 0;
        expect(width, `${ws.name} column ${c}`).toBeGreaterThanOrEqual(Math.min(60, head[c - 1]!.length));
      }
    }
  });

  it.each(EXPORT_KINDS)('%s: the About sheet gives the as-of date as a date, the filters and what produced it', (kind) => {
    const info = about(book(kind));
    expect(isoOf(info.get('As-of date') ?? null)).toBe(AS_OF);
    expect(info.get('Organisation')).toBe(ORGANISATION);
    expect(info.get('Produced')).toBe('2026-03-31 14:05');
    expect(info.get('Produced by')).toBe('Credential Roster 9.8.7');
    expect(String(info.get('What it is'))).not.toBe('');
    if (kind !== 'roster' && kind !== 'change-log') {
      expect(info.get('Filter: Employment')).toMatch(/terminated staff are left out/);
      expect(info.get('Filter: Role')).toMatch(/RN and non-RN/);
    }
  });
});

describe('change-log workbook', () => {
  it('has one row per changed field, with real date cells, the user, where from and the values', () => {
    const changes = sheet(book('change-log'), 'Changes');
    expect(headers(changes)).toEqual(['Change', 'Date (UTC)', 'Time (UTC)', 'User', 'From', 'Employee ID', 'Name', 'Record', 'Record ID', 'Change type', 'What', 'Before', 'After']);
    const rows = records(changes);
    expect(rows.length).toBe(rowsWritten.get('change-log'));
    expect(rows.length).toBeGreaterThan(fixtureRoster().people.length);
    const first = rows[0]!;
    expect(isoOf(first['Date (UTC)']!)).toBe('2026-03-30');
    expect(first).toMatchObject({ 'Time (UTC)': '15:04:05', User: 'hmanager', From: 'import of hr export.csv', 'Change type': 'Added' });
    expect(changes.getCell('F2').numFmt).toBe('@');
  });
});

describe('Magnet DIF workbook', () => {
  it('has the summary, detail and accepted-certification sheets with the documented headers', () => {
    expect(book('dif').worksheets.map((w) => w.name)).toEqual(['About', DIF_SHEETS.summary, DIF_SHEETS.byCertification, DIF_SHEETS.detail, DIF_SHEETS.accepted]);
    expect(headers(sheet(book('dif'), DIF_SHEETS.detail))).toEqual([
      'Employee ID', 'Name', 'Unit', 'RN', 'FTE', 'FTE source', 'Counted certification', 'Full name', 'Certifying body',
      'Earned on', 'Expires on', 'Status on as-of date', 'Other accepted certifications held',
    ]);
    const info = about(book('dif'));
    expect(info.get('Accepted certifications')).toBe('CCS, CCA');
    expect(String(info.get('Counting rule'))).toMatch(/latest expiry.*no expiry date on record ranks after.*earned first.*listed first/);
    expect(info.get('Assumed FTE')).toMatch(/^None/);
  });

  it('leaves FTE figures blank with a note, never 0 or 0%, when HR sent no FTE; states an assumed FTE when one is set', async () => {
    const base = fixtureRoster();
    const noFte = { ...base, people: base.people.map(({ fte: _fte, isRn: _rn, ...p }) => p) };
    const file = path.join(dir, 'dif-no-fte.xlsx');
    await writeReport('dif', file, reportContext({ roster: noFte }));
    const wb = await readWorkbook(file);
    const summary = records(sheet(wb, DIF_SHEETS.summary));
    for (const line of summary) {
      expect(line.FTE ?? null).toBeNull();
      expect(line['% certified (FTE)'] ?? null).toBeNull();
      expect(line['FTE not recorded (people)']).toBe(line.Headcount);
      expect(line.Note).toBe('No FTE recorded: FTE figures left blank');
    }
    const detail = records(sheet(wb, DIF_SHEETS.detail));
    expect(detail.every((r) => (r.FTE ?? null) === null && r['FTE source'] === 'Not recorded' && r.RN === 'Not recorded')).toBe(true);
    expect(String(about(wb).get('Missing FTE'))).toMatch(/people have no FTE on record: FTE figures leave them out/);

    const assumedFile = path.join(dir, 'dif-assumed-fte.xlsx');
    await writeReport('dif', assumedFile, reportContext({ roster: { ...noFte, settings: { ...noFte.settings, difAssumedFte: 0.9 } } }));
    const assumed = await readWorkbook(assumedFile);
    expect(String(about(assumed).get('Assumed FTE'))).toMatch(/^0\.9, used for every person with no FTE on record/);
    const total = records(sheet(assumed, DIF_SHEETS.summary)).at(-1)!;
    expect(num(total.FTE)).toBeCloseTo(0.9 * num(total.Headcount), 6);
    expect(records(sheet(assumed, DIF_SHEETS.detail)).every((r) => r['FTE source'] === 'Assumed (setting)')).toBe(true);
  });

  it('gives headcount and FTE per unit and counted certification, agreeing with the detail', () => {
    const detail = records(sheet(book('dif'), DIF_SHEETS.detail));
    const groups = records(sheet(book('dif'), DIF_SHEETS.byCertification));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const mine = detail.filter((r) => r.Unit === g.Unit && r['Counted certification'] === g['Counted certification']);
      expect(g.Headcount).toBe(mine.length);
      expect(num(g.FTE)).toBeCloseTo(sum(mine.map((r) => num(r.FTE))), 6);
    }
    expect(sum(groups.map((g) => num(g.Headcount)))).toBe(detail.filter((r) => r['Counted certification'] !== null).length);
  });

  it('indents figures so a printed number never runs into the next column', () => {
    const detail = sheet(book('dif'), DIF_SHEETS.detail);
    const fte = detail.getCell(2, 5);
    expect(typeof fte.value).toBe('number');
    expect(fte.alignment).toMatchObject({ horizontal: 'right', indent: 1 });
  });

  it('has one detail row per person in scope, with ids as text and real dates', () => {
    const detail = records(sheet(book('dif'), DIF_SHEETS.detail));
    expect(detail).toHaveLength(currentStaff.length);
    expect(rowsWritten.get('dif')).toBe(currentStaff.length);
    expect(new Set(detail.map((r) => r['Employee ID']))).toEqual(new Set(currentStaff.map((p) => p.employeeId)));
    for (const r of detail) {
      expect(typeof r['Employee ID']).toBe('string');
      expect(r['Employee ID']).toMatch(/^0\d{5}$/);
      expect(typeof r.FTE).toBe('number');
      if (r['Counted certification'] !== null) {
        expect(['CCS', 'CCA']).toContain(r['Counted certification']);
        expect(r['Certifying body']).toBe('AHIMA');
        expect(isoOf(r['Expires on']!) >= AS_OF).toBe(true);
        expect(isoOf(r['Earned on']!) <= AS_OF).toBe(true);
        expect(r['Status on as-of date']).toMatch(/^Active/);
      } else {
        expect(r['Status on as-of date']).toBe('No accepted certification active');
      }
    }
    // Person 000007 holds CCS (expiring sooner) and CCA (later): CCA counts, CCS is listed as held.
    const seven = detail.find((r) => r['Employee ID'] === '000007')!;
    expect(seven).toMatchObject({ 'Counted certification': 'CCA', 'Other accepted certifications held': 'CCS' });
    expect(isoOf(seven['Expires on']!)).toBe('2027-06-30');
  });

  it('has summary figures per unit that agree with the detail, and a total line', () => {
    const detail = records(sheet(book('dif'), DIF_SHEETS.detail));
    const summary = records(sheet(book('dif'), DIF_SHEETS.summary));
    const total = summary[summary.length - 1]!;
    expect(total.Unit).toBe('Total');
    for (const line of summary.slice(0, -1)) {
      const mine = detail.filter((r) => r.Unit === line.Unit);
      const certified = mine.filter((r) => r['Counted certification'] !== null);
      expect(line.Headcount).toBe(mine.length);
      expect(line['Certified headcount']).toBe(certified.length);
      expect(num(line.FTE)).toBeCloseTo(sum(mine.map((r) => num(r.FTE))), 6);
      expect(num(line['Certified FTE'])).toBeCloseTo(sum(certified.map((r) => num(r.FTE))), 6);
      expect(num(line['% certified (headcount)'])).toBeCloseTo(certified.length / mine.length, 9);
      expect(num(line['% certified (FTE)'])).toBeCloseTo(num(line['Certified FTE']) / num(line.FTE), 9);
    }
    expect(total.Headcount).toBe(detail.length);
    expect(total['Certified headcount']).toBe(detail.filter((r) => r['Counted certification'] !== null).length);
    expect(num(total.FTE)).toBeCloseTo(sum(detail.map((r) => num(r.FTE))), 6);
    expect(sheet(book('dif'), DIF_SHEETS.summary).getCell(2, 6).numFmt).toBe('0.0%_)');
    expect(sheet(book('dif'), DIF_SHEETS.summary).getRow(summary.length + 1).getCell(1).font?.bold).toBe(true);
  });

  it('lists the accepted certifications with how many people each is counted for', () => {
    const accepted = records(sheet(book('dif'), DIF_SHEETS.accepted));
    expect(accepted.map((r) => [r.Code, r.Name, r['Certifying body']])).toEqual([
      ['CCS', 'Certified Coding Specialist', 'AHIMA'],
      ['CCA', 'Certified Coding Associate', 'AHIMA'],
    ]);
    const detail = records(sheet(book('dif'), DIF_SHEETS.detail));
    for (const r of accepted) {
      expect(r['People counted with it']).toBe(detail.filter((d) => d['Counted certification'] === r.Code).length);
    }
  });

  it('applies the RN-only and all-employees filters and says so on the About sheet', async () => {
    const file = path.join(dir, 'dif-rn.xlsx');
    const { rows } = await writeReport('dif', file, reportContext({ rnOnly: true, allEmployees: true }));
    const wb = await readWorkbook(file);
    const expected = fixtureRoster().people.filter((p) => p.isRn);
    expect(rows).toBe(expected.length);
    expect(records(sheet(wb, DIF_SHEETS.detail)).map((r) => r.RN)).toEqual(expected.map(() => 'Yes'));
    expect(about(wb).get('Filter: Role')).toBe('Registered nurses (RN) only');
    expect(about(wb).get('Filter: Employment')).toMatch(/including terminated/);
    expect(wb.description).toMatch(/all employees, RNs only/);
  });
});

describe('CCS eligibility workbook', () => {
  it('has one row per person with status, pathways, dates and what is missing', () => {
    const wb = book('eligibility');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', ELIGIBILITY_SHEETS.summary, ELIGIBILITY_SHEETS.people, ELIGIBILITY_SHEETS.upcoming]);
    const people = records(sheet(wb, ELIGIBILITY_SHEETS.people));
    expect(people).toHaveLength(currentStaff.length);
    for (const r of people) {
      expect(['Certified', 'Eligible', 'Not yet']).toContain(r.Status);
      if (r.Status === 'Eligible') {
        expect(r['Pathways met (date)']).toBeTruthy();
        expect(isoOf(r['First met on']!) <= AS_OF).toBe(true);
        expect(r['What is missing']).toBeNull();
      }
      if (r.Status === 'Not yet') {
        expect(r['What is missing']).toBeTruthy();
        if (r['Will qualify on'] !== null) expect(isoOf(r['Will qualify on']) > AS_OF).toBe(true);
      }
    }
    expect(String(about(wb).get('Rule set'))).toContain('ccs-required');
  });

  it('has a summary by unit that agrees with the rows', () => {
    const wb = book('eligibility');
    const people = records(sheet(wb, ELIGIBILITY_SHEETS.people));
    const summary = records(sheet(wb, ELIGIBILITY_SHEETS.summary));
    const upcoming = records(sheet(wb, ELIGIBILITY_SHEETS.upcoming));
    for (const line of summary.slice(0, -1)) {
      const mine = people.filter((r) => r.Unit === line.Unit);
      expect(line.People).toBe(mine.length);
      expect(line.Certified).toBe(mine.filter((r) => r.Status === 'Certified').length);
      expect(line.Eligible).toBe(mine.filter((r) => r.Status === 'Eligible').length);
      expect(line['Not yet']).toBe(mine.filter((r) => r.Status === 'Not yet').length);
      expect(line['Qualify in the next 12 months']).toBe(upcoming.filter((r) => r.Unit === line.Unit).length);
    }
    expect(summary[summary.length - 1]).toMatchObject({ Unit: 'Total', People: people.length, 'Qualify in the next 12 months': upcoming.length });
  });

  it('lists who qualifies in each of the next 12 months, the same people the dashboard forecasts', () => {
    const upcoming = records(sheet(book('eligibility'), ELIGIBILITY_SHEETS.upcoming));
    expect(upcoming.length).toBeGreaterThan(0);
    const forecast = buildDashboard(fixtureRoster(), AS_OF, 'ccs-required').forecast;
    for (const month of forecast) {
      expect(upcoming.filter((r) => r.Month === month.month).length, month.month).toBe(month.newlyEligible);
    }
    const dates = upcoming.map((r) => isoOf(r['Eligible on']!));
    expect(dates).toEqual([...dates].sort());
    for (const [i, r] of upcoming.entries()) {
      expect(dates[i]! > AS_OF).toBe(true);
      expect(r.Month).toBe(dates[i]!.slice(0, 7));
      expect(r.Pathway).toBeTruthy();
      expect(typeof r['Employee ID']).toBe('string');
    }
  });

  it('under the recommended rule set reports the diploma and the preparation separately', async () => {
    const file = path.join(dir, 'eligibility-recommended.xlsx');
    await writeReport('eligibility', file, reportContext({ ruleSet: 'ccs-recommended' }));
    const wb = await readWorkbook(file);
    const people = records(sheet(wb, ELIGIBILITY_SHEETS.people));
    expect(headers(sheet(wb, ELIGIBILITY_SHEETS.people))).toContain('Recommended preparation met');
    expect(people.some((r) => r.Status === 'Diploma not recorded')).toBe(true);
    for (const r of people) {
      if (r.Status === 'Eligible') expect(r['Diploma on record']).toBe('On record');
      if (r.Status === 'Diploma not recorded') expect(r['Diploma on record']).toBe('Not recorded');
      // Never "not yet" under the diploma rule set, and the preparation date is never an eligibility date.
      expect(r.Status).not.toBe('Not yet');
      if (r['Recommended preparation met'] === 'Yes') expect(r['Prepared on']).toBeTruthy();
      if (r.Status !== 'Certified') expect(r['Will qualify on']).toBeUndefined();
    }
    expect(headers(sheet(wb, ELIGIBILITY_SHEETS.summary))).toContain('Diploma not recorded');

    // The organisation's statement is used for current staff, and said so, on the sheet and the About sheet.
    // Diplomas left unrecorded (a recorded "No" is never overridden).
    const fixture = fixtureRoster();
    const base = { ...fixture, people: fixture.people.map(({ hsDiploma: _diploma, ...p }) => p) };
    const assumedFile = path.join(dir, 'eligibility-assumed.xlsx');
    await writeReport('eligibility', assumedFile, reportContext({ ruleSet: 'ccs-recommended', roster: { ...base, settings: { ...base.settings, diplomaConditionOfEmployment: true } } }));
    const assumed = await readWorkbook(assumedFile);
    const rows = records(sheet(assumed, ELIGIBILITY_SHEETS.people));
    expect(rows.some((r) => r['Diploma on record'] === 'Assumed (condition of employment)' && r.Status === 'Eligible')).toBe(true);
    for (const r of rows) if (r.Status !== 'Certified') expect(r['Diploma on record']).toBe('Assumed (condition of employment)');
    expect(String(about(assumed).get('Statuses'))).toContain('condition of employment');
    expect(String(about(wb).get('Rule set'))).toContain('ccs-recommended');
    expect(wb.subject).toContain('ccs-recommended');
  });
});

describe('Expiring workbook', () => {
  it('lists lapsed and expiring credentials, soonest expiry first, in the right window', () => {
    const rows = records(sheet(book('expiring'), EXPIRING_SHEET));
    expect(rows.length).toBeGreaterThan(0);
    expect(rowsWritten.get('expiring')).toBe(rows.length);
    const dates = rows.map((r) => isoOf(r['Expires on']!));
    expect(dates).toEqual([...dates].sort());
    for (const [i, r] of rows.entries()) {
      const days = num(r['Days left']);
      expect(days).toBe(daysBetween(AS_OF, dates[i]!));
      expect(days).toBeLessThanOrEqual(90);
      const bucket = days < 0 ? 'Expired' : days <= 30 ? '0–30 days' : days <= 60 ? '31–60 days' : '61–90 days';
      expect(r.Window).toBe(bucket);
      expect(typeof r['Employee ID']).toBe('string');
    }
    const buckets = new Set(rows.map((r) => r.Window));
    expect(buckets).toEqual(new Set(['Expired', '0–30 days', '31–60 days', '61–90 days']));
    // The renewed CCS of 000008 replaced the lapsed record: it is not reported as expired.
    expect(rows.filter((r) => r['Employee ID'] === '000008')).toEqual([]);
  });

  it('uses the windows it is given', async () => {
    const file = path.join(dir, 'expiring-custom.xlsx');
    await writeReport('expiring', file, reportContext({ windows: [45, 15] }));
    const rows = records(sheet(await readWorkbook(file), EXPIRING_SHEET));
    expect(rows.every((r) => num(r['Days left']) <= 45)).toBe(true);
    expect(new Set(rows.map((r) => r.Window))).toEqual(new Set(['Expired', '0–15 days', '16–45 days']));
  });
});

describe('Roster workbook', () => {
  it('has People, Credentials, Experience and Education sheets headed by the import fields', () => {
    const wb = book('roster');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['About', ...Object.values(ROSTER_SHEETS)]);
    expect(headers(sheet(wb, ROSTER_SHEETS.people))).toEqual([
      'employee_id', 'first_name', 'last_name', 'unit', 'job_title', 'employment_status', 'hire_date', 'fte', 'email', 'is_rn', 'hs_diploma',
    ]);
    expect(headers(sheet(wb, ROSTER_SHEETS.credentials))).toEqual([
      'employee_id', 'first_name', 'last_name', 'credential', 'credential_number', 'issuer', 'earned_on', 'expires_on', 'verified_on', 'ceus_earned',
    ]);
    const roster = fixtureRoster();
    expect(records(sheet(wb, ROSTER_SHEETS.people))).toHaveLength(PEOPLE);
    expect(records(sheet(wb, ROSTER_SHEETS.credentials))).toHaveLength(sum(roster.people.map((p) => p.credentials.length)));
    expect(records(sheet(wb, ROSTER_SHEETS.experience))).toHaveLength(sum(roster.people.map((p) => p.experience.length)));
    expect(records(sheet(wb, ROSTER_SHEETS.education))).toHaveLength(sum(roster.people.map((p) => p.education.length)));
    const first = records(sheet(wb, ROSTER_SHEETS.people))[0]!;
    expect(first.employee_id).toBe('000001');
    expect(isoOf(first.hire_date!)).toBe(roster.people[0]!.hireDate);
    expect(sheet(wb, ROSTER_SHEETS.people).getCell('A2').numFmt).toBe('@');
  });
});

describe('text that looks like a formula', () => {
  it.each(EXPORT_KINDS)('%s: stays a plain string cell, never a formula', (kind) => {
    let seen = 0;
    for (const ws of book(kind).worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && FORMULA_NAMES.some((n) => (cell.value as string).startsWith(n))) {
            expect(cell.type).toBe(ExcelJS.ValueType.String);
            seen += 1;
          }
        }),
      );
    }
    if (kind !== 'expiring') expect(seen).toBeGreaterThanOrEqual(2);
  });

  it('is written with a guarding apostrophe in CSV, and the CSV has the main table', async () => {
    const file = path.join(dir, 'dif.csv');
    const { rows } = await writeReport('dif', file, reportContext());
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFEmployee ID,Name,Unit,RN,FTE,')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(rows + 1);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y""), Hana"`);
    expect(text).toContain(`"'+1-1, Ivan"`);
    expect(lines.find((l) => l.startsWith('000009,'))).toMatch(/,0\.75,Recorded,CCS,Certified Coding Specialist,AHIMA,2019-06-01,2027-01-31,Active,CCA$/);
  });
});

describe('progress, errors and large rosters', () => {
  it('reports progress about every 1000 rows and once when done', async () => {
    const roster = fixtureRoster(2500);
    const seen: ImportProgress[] = [];
    const { rows } = await writeReport('dif', path.join(dir, 'big.xlsx'), reportContext({ roster, onProgress: (p) => seen.push(p) }));
    expect(rows).toBe(difRows(roster, { asOf: AS_OF }).length);
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(writing.map((p) => p.done)).toEqual([1000, 2000]);
    expect(seen[seen.length - 1]).toMatchObject({ phase: 'done' });
    expect(seen[seen.length - 1]!.done).toBe(seen[seen.length - 1]!.total);
  });

  it('refuses a file type it cannot write', async () => {
    await expect(writeReport('dif', path.join(dir, 'report.pdf'), reportContext())).rejects.toThrow(/\.xlsx or \.csv.*report\.pdf/);
  });

  it('names the sheet, row, column and value of a bad date, and leaves no file behind', async () => {
    const roster = fixtureRoster(3);
    const people = roster.people.map((p, i) => (i === 1 ? { ...p, hireDate: '2023-02-30' } : p));
    const file = path.join(dir, 'bad.xlsx');
    await expect(writeReport('roster', file, reportContext({ roster: { ...roster, people } }))).rejects.toThrow(
      'Sheet "People" row 3, column "hire_date": "2023-02-30" is not a date (YYYY-MM-DD)',
    );
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('bad.xlsx'))).toEqual([]);
  });

  it('leaves an earlier report of the same name as it was when writing the new one fails', async () => {
    const file = path.join(dir, 'kept.xlsx');
    await writeReport('roster', file, reportContext());
    const before = fs.readFileSync(file);
    const roster = fixtureRoster(3);
    const people = roster.people.map((p, i) => (i === 0 ? { ...p, hireDate: '2023-02-30' } : p));
    await expect(writeReport('roster', file, reportContext({ roster: { ...roster, people } }))).rejects.toThrow(/is not a date/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('kept.xlsx'))).toEqual(['kept.xlsx']);
  });

  it.each(['xlsx', 'csv'])('says in plain words when the chosen folder cannot take the %s report, and leaves nothing', async (ext) => {
    const notAFolder = path.join(dir, `not-a-folder-${ext}`);
    fs.writeFileSync(notAFolder, 'a file where a folder should be');
    await expect(writeReport('dif', path.join(notAFolder, `report.${ext}`), reportContext())).rejects.toThrow(
      `The report could not be saved as report.${ext}: ${notAFolder} is not a usable folder. Nothing was changed.`,
    );
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('a file where a folder should be');
  });
});

describe('dates in any time zone', () => {
  it.each(['Asia/Kolkata', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'written in %s, a date cell still holds the calendar date',
    async (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const file = path.join(dir, `tz-${zone.replace('/', '-')}.xlsx`);
        await writeReport('roster', file, reportContext({ roster: fixtureRoster(2) }));
        const people = records(sheet(await readWorkbook(file), ROSTER_SHEETS.people));
        expect(people.map((p) => isoOf(p.hire_date!))).toEqual(fixtureRoster(2).people.map((p) => p.hireDate));
        expect(isoOf(about(await readWorkbook(file)).get('As-of date') ?? null)).toBe(AS_OF);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );
});
