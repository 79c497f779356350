import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellStyle, cellValue, DateCells } from '../../electron/export/cell-content';
import { ProgressCounter } from '../../electron/export/progress';
import type { Row, Table } from '../../electron/export/table';
import { date, decimal, id, integer, percent, text } from '../../electron/export/table';
import { writeXlsx } from '../../electron/export/xlsx-writer';
import { readWorkbook, tempDir } from '../fixtures/export/read-workbook';

const PROPERTIES = {
  title: 't',
  subject: 's',
  description: 'd',
  company: 'c',
  creator: 'Credential Roster test',
  keywords: 'k',
  producedAt: new Date('2026-03-31T12:00:00Z'),
};

const TABLE: Table = {
  name: 'Mixed',
  columns: [id('Employee ID'), text('Name'), date('Earned on'), integer('Count'), decimal('FTE'), percent('Share'), text('Notes')],
  rows: [
    ['00123', '=HYPERLINK("http://x","y")', '2024-02-29', 3, 0.5, 0.125, 'plain'],
    ['00124', `O'Brien & <Sons> "Ltd"`, null, 0, 1, 1, 'tab\there, bell\u0007, del\u007F, 🩺'],
    [null, null, null, null, null, null, null],
    ['00125', '', '1999-12-31', -7, 0.25, 0, 'x'.repeat(150)],
    ['00126', '+1-1', { date: '2026-06-30' }, 12345678, 123.456, 0.999, null],
    ['Total', 'everyone', null, 12345674, 1.75, 0.5, null],
  ],
  totalRow: true,
};

/** The same table written the plain exceljs way: a row object and a cell object per value. */
async function writeWithExceljsRows(file: string, table: Table): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(table.name);
  sheet.addRow(table.columns.map((c) => c.header)).commit();
  const dates = new DateCells();
  table.rows.forEach((values: Row, index) => {
    const row = sheet.addRow([]);
    values.forEach((value, c) => {
      const column = table.columns[c]!;
      const cell = row.getCell(c + 1);
      const content = cellValue(value, column, table.name, index + 2, dates);
      if (content !== null) cell.value = content;
      cell.style = cellStyle(value, column);
    });
    row.commit();
  });
  sheet.commit();
  await workbook.commit();
}

interface CellModel {
  readonly value: unknown;
  readonly type: number;
  readonly numFmt: string | undefined;
  readonly alignment: unknown;
}

function cellsOf(sheet: ExcelJS.Worksheet): (CellModel | null)[][] {
  const rows: (CellModel | null)[][] = [];
  for (let r = 2; r <= TABLE.rows.length + 1; r += 1) {
    const row = sheet.getRow(r);
    const cells: (CellModel | null)[] = [];
    for (let c = 1; c <= TABLE.columns.length; c += 1) {
      const cell = row.getCell(c);
      cells.push(cell.type === ExcelJS.ValueType.Null ? null : { value: cell.value, type: cell.type, numFmt: cell.numFmt, alignment: cell.alignment });
    }
    rows.push(cells);
  }
  return rows;
}

describe('writeXlsx data rows', () => {
  const dir = tempDir('export-xlsx-rows-');

  it('read back exactly as exceljs reads its own rows: values, types, number formats, alignment', async () => {
    const ours = path.join(dir, 'ours.xlsx');
    const reference = path.join(dir, 'reference.xlsx');
    await writeXlsx(ours, PROPERTIES, [TABLE], new ProgressCounter(TABLE.rows.length));
    await writeWithExceljsRows(reference, TABLE);
    const a = cellsOf((await readWorkbook(ours)).getWorksheet(TABLE.name)!);
    const b = cellsOf((await readWorkbook(reference)).getWorksheet(TABLE.name)!);
    // The reference has no wrapped-row heights or bold total: compare values and formats only.
    const strip = (rows: (CellModel | null)[][]) =>
      rows.map((cells) => cells.map((cell) => (cell === null ? null : { ...cell, alignment: undefined })));
    expect(strip(a)).toEqual(strip(b));
    // Plain rows carry the very same looks as exceljs's own.
    expect(a[0]).toEqual(b[0]);
    expect(a[1]).toEqual(b[1]);
  });

  it('keeps text, figures and dates as written; drops only what XML cannot hold; leaves an empty row empty', async () => {
    const file = path.join(dir, 'values.xlsx');
    await writeXlsx(file, PROPERTIES, [TABLE], new ProgressCounter(TABLE.rows.length));
    const sheet = (await readWorkbook(file)).getWorksheet(TABLE.name)!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '00123',
      '=HYPERLINK("http://x","y")',
      new Date(Date.UTC(2024, 1, 29)),
      3,
      0.5,
      0.125,
      'plain',
    ]);
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('@');
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(3).getCell(2).value).toBe(`O'Brien & <Sons> "Ltd"`);
    expect(sheet.getRow(3).getCell(7).value).toBe('tab\there, bell, del, 🩺');
    expect(sheet.getRow(4).hasValues).toBe(false);
    // An empty text is an empty cell to a reader, as with exceljs's own rows.
    expect(sheet.getRow(5).getCell(2).value).toBeNull();
    expect(sheet.getRow(6).getCell(3).alignment).toEqual({ horizontal: 'left' });
  });

  it('still gives a wrapped row its height and top alignment, and the total line its bold font', async () => {
    const file = path.join(dir, 'looks.xlsx');
    await writeXlsx(file, PROPERTIES, [TABLE], new ProgressCounter(TABLE.rows.length));
    const sheet = (await readWorkbook(file)).getWorksheet(TABLE.name)!;
    const wrapped = sheet.getRow(5);
    expect(wrapped.height).toBeGreaterThan(15);
    expect(wrapped.getCell(7).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(wrapped.getCell(1).alignment).toMatchObject({ vertical: 'top' });
    expect(sheet.getRow(2).height).toBeUndefined();
    expect(sheet.getRow(7).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(6).getCell(1).font?.bold).toBeUndefined();
  });

  it('names the sheet, row and column of a value that is not a date', async () => {
    const bad: Table = { name: 'Bad', columns: [id('Employee ID'), date('Earned on')], rows: [['1', '2024-01-01'], ['2', '2023-02-30']] };
    await expect(writeXlsx(path.join(dir, 'bad.xlsx'), PROPERTIES, [bad], new ProgressCounter(2))).rejects.toThrow(
      'Sheet "Bad" row 3, column "Earned on": "2023-02-30" is not a date (YYYY-MM-DD)',
    );
  });
});
