import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, neutraliseFormula, restoreNeutralised } from '../../electron/import/csv-cell';
import { planImport } from '../../electron/import/plan';
import { TEMPLATE_EXAMPLE_ROW, writeImportTemplate } from '../../electron/import/template';
import { emptyRoster } from '../../electron/store/schema';
import { IMPORT_FIELDS } from '../../shared/types';
import { findPerson, tempDir } from '../fixtures/import/helpers';

describe('csv cells', () => {
  it('neutralises cells that would start a formula, and only those', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx']) expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    for (const fine of ['Lee', '2024-01-01', "'quoted", '']) expect(neutraliseFormula(fine)).toBe(fine);
    expect(restoreNeutralised("'=1+1")).toBe('=1+1');
    expect(restoreNeutralised("'Lee")).toBe("'Lee");
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('Lee, Ann')).toBe('"Lee, Ann"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, true, undefined])).toBe('a,1,true,');
  });
});

describe('import template', () => {
  it('the CSV has exactly the canonical headers and one example row, and imports cleanly', async () => {
    const file = path.join(tempDir(), 'template.csv');
    await writeImportTemplate('csv', file);
    const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(IMPORT_FIELDS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    const plan = await planImport(emptyRoster(), [file], {});
    expect(plan.preview.problems).toEqual([]);
    expectExampleImported(plan.next);
  });

  it('the XLSX has the canonical headers, a text ID and real dates, and imports cleanly', async () => {
    const file = path.join(tempDir(), 'template.xlsx');
    await writeImportTemplate('xlsx', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual([...IMPORT_FIELDS]);
    expect(sheet?.getRow(2).getCell(1).value).toBe('000123');
    expect(sheet?.getRow(2).getCell(IMPORT_FIELDS.indexOf('hire_date') + 1).value).toBeInstanceOf(Date);
    const plan = await planImport(emptyRoster(), [file], {});
    expect(plan.preview.problems).toEqual([]);
    expectExampleImported(plan.next);
  });

  it('the example row fills every field but the ongoing end date', () => {
    const blank = IMPORT_FIELDS.filter((f) => TEMPLATE_EXAMPLE_ROW[f] === '');
    expect(blank).toEqual(['experience_end']);
  });
});

function expectExampleImported(next: Awaited<ReturnType<typeof planImport>>['next']): void {
  const maria = findPerson(next, '000123');
  expect(maria).toMatchObject({ firstName: 'Maria', lastName: 'Lopez', hireDate: '2019-06-03', fte: 1, isRn: false, hsDiploma: true });
  expect(maria.credentials).toEqual([expect.objectContaining({ code: 'CCS', number: 'AH-123456', earnedOn: '2021-04-15', ceusEarned: 12 })]);
  expect(maria.experience).toEqual([expect.objectContaining({ start: '2019-06-03', directCoding: true })]);
  expect(maria.education[0]?.components).toHaveLength(7);
}
