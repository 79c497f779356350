/**
 * Text typed by anyone (an HR system, an import, the window) never becomes a formula in a report:
 * in every report, as XLSX and CSV, a person whose fields start with = + - @ (or a tab) comes out
 * as that exact text in a string cell, and with a guarding apostrophe in CSV.
 * export-reports.test.ts checks formula-like last names; this puts them in every text field.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPORT_KINDS } from '../../shared/schemas';
import { writeReport } from '../../electron/export/index';
import { person, rosterWith, tempDir } from '../fixtures/store/roster-builders';
import { changeLogOf } from '../fixtures/stored-roster';

const AS_OF = '2026-03-31';
const HOSTILE = ['=HYPERLINK("http://x","y")', '+1-1', '-2+3', '@SUM(A1)', '=cmd|"/c calc"!A1', '\t=1+1'] as const;

const roster = rosterWith(
  person('000001', {
    firstName: HOSTILE[0],
    lastName: HOSTILE[1],
    unit: HOSTILE[2],
    jobTitle: HOSTILE[3],
    notes: HOSTILE[4],
    email: 'a@example.org',
    isRn: true,
    credentials: [{ id: 'c1', code: 'CCS', issuer: HOSTILE[5], number: HOSTILE[0], earnedOn: '2020-01-01', expiresOn: '2026-04-15' }],
    experience: [{ id: 'e1', employer: HOSTILE[3], start: '2019-01-01', directCoding: true }],
  }),
  person('000002', { firstName: HOSTILE[1], lastName: HOSTILE[0], unit: HOSTILE[0], credentials: [{ id: 'c2', code: 'CCA', earnedOn: '2021-01-01', expiresOn: '2026-05-01' }] }),
);
const ctx = { roster, changeLog: changeLogOf(roster), asOf: AS_OF, ruleSet: 'ccs-required' as const, appVersion: '0.0.0-test', producedAt: new Date('2026-03-31T12:00:00Z'), allEmployees: true };

describe('formula-looking text in reports', () => {
  const dir = tempDir('reliability-export-');

  it.each(EXPORT_KINDS)('%s.xlsx: every cell holding such text is a string cell with the exact text, none a formula', async (kind) => {
    const file = path.join(dir, `${kind}.xlsx`);
    await writeReport(kind, file, ctx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const seen = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeFalsy();
          for (const text of HOSTILE) {
            if (typeof cell.value === 'string' && cell.value.includes(text.trim())) {
              expect(cell.type).toBe(ExcelJS.ValueType.String);
              seen.add(text);
            }
          }
        }),
      ),
    );
    // The names at least appear in every report (the last name and first name carry the first two).
    expect(seen.has(HOSTILE[0]) || seen.has(HOSTILE[1])).toBe(true);
  });

  it.each(EXPORT_KINDS)('%s.csv: no field starts a formula; each such value is guarded with an apostrophe', async (kind) => {
    const file = path.join(dir, `${kind}.csv`);
    await writeReport(kind, file, ctx);
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const fields = parseCsv(text);
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field, 'a CSV field starts a formula').not.toMatch(/^[=+\-@\t\r]/);
    const guarded = fields.filter((f) => HOSTILE.some((h) => f.startsWith(`'${h}`)));
    expect(guarded.length).toBeGreaterThan(0);
  });
});

/** Every field of a CSV (RFC 4180 quoting), flattened. */
function parseCsv(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      fields.push(field.replace(/\r$/, ''));
      field = '';
    } else field += ch;
  }
  if (field) fields.push(field);
  return fields;
}
