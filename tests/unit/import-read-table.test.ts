import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_MAX_BYTES, ImportFileError, XLSX_MAX_BYTES, readTable } from '../../electron/import/read-table';
import { sample, tempDir, tempFile, tempXlsx } from '../fixtures/import/helpers';

describe('readTable: CSV', () => {
  it('reads the HRIS sample with its BOM and CRLF line ends', async () => {
    const table = await readTable(sample('hris-long-export.csv'));
    expect(table.headers[0]).toBe('PERSON_NUMBER');
    expect(table.headers).toHaveLength(13);
    expect(table.rows).toHaveLength(110);
    expect(table.firstRowNumber).toBe(2);
    expect(table.rows[0]?.[0]).toBe('016613');
    expect(table.rows[0]?.[12]).toBe('09/24/2026');
    expect(table.sheet).toBeNull();
  });

  it.each([
    ['comma', 'Employee ID,Last Name\r\n001,"Smith, Jr."\r\n'],
    ['semicolon', 'Employee ID;Last Name\n001;"Smith, Jr."\n'],
    ['tab', 'Employee ID\tLast Name\n001\t"Smith, Jr."\n'],
  ])('detects a %s delimiter and keeps quoted commas', async (_name, text) => {
    const table = await readTable(tempFile('t.csv', text));
    expect(table.headers).toEqual(['Employee ID', 'Last Name']);
    expect(table.rows).toEqual([['001', 'Smith, Jr.']]);
  });

  it('keeps quoted line breaks and doubled quotes inside one cell', async () => {
    const table = await readTable(tempFile('q.csv', 'ID,Note\n7,"line one\nline ""two"""\n8,x\n'));
    expect(table.rows).toEqual([['7', 'line one\nline "two"'], ['8', 'x']]);
  });

  it('reads windows-1252 bytes instead of failing', async () => {
    const bytes = Buffer.concat([Buffer.from('ID,Last Name\n1,Ren'), Buffer.from([0xe9]), Buffer.from('e\n')]);
    const table = await readTable(tempFile('ansi.csv', bytes));
    expect(table.rows[0]?.[1]).toBe('Renée');
  });

  it('reads UTF-16 "Unicode text" saved by Excel', async () => {
    const body = Buffer.from('ID\tLast Name\r\n1\tZoë\r\n', 'utf16le');
    const table = await readTable(tempFile('u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), body])));
    expect(table.rows).toEqual([['1', 'Zoë']]);
  });

  it('skips blank lines before the header and counts rows as the user sees them', async () => {
    const table = await readTable(tempFile('blank.csv', '\n,,\nID,Name\n1,A\n\n2,B\n\n'));
    expect(table.headers).toEqual(['ID', 'Name']);
    expect(table.firstRowNumber).toBe(4);
    // The blank line stays, so row numbers stay true: "2,B" is row 6.
    expect(table.rows).toEqual([['1', 'A'], [null, null], ['2', 'B']]);
  });

  it('names blank and repeated headers', async () => {
    const table = await readTable(tempFile('h.csv', 'ID,,Email,Email\n1,x,a@b.org,c@d.org\n'));
    expect(table.headers).toEqual(['ID', 'Column 2', 'Email', 'Email (2)']);
  });

  it('reads back a cell this app neutralised against formulas', async () => {
    const table = await readTable(tempFile('n.csv', "ID,Name\n1,'=cmd\n2,'plain\n"));
    expect(table.rows).toEqual([['1', '=cmd'], ['2', "'plain"]]);
  });
});

describe('readTable: refusals in plain words', () => {
  it('refuses the old binary Excel format by its content, and a workbook that is no zip', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
    await expect(readTable(tempFile('old.xls', ole))).rejects.toThrow(/old Excel format \(\.xls\)/);
    await expect(readTable(tempFile('renamed.csv', ole))).rejects.toThrow(/old Excel format \(\.xls\)/);
    await expect(readTable(tempFile('bad.xlsx', 'ID,Name\n1,Ann'))).rejects.toThrow(/cannot be read as an Excel workbook/);
  });

  it('refuses an empty file and a file of blank lines', async () => {
    await expect(readTable(tempFile('empty.csv', ''))).rejects.toThrow(/"empty.csv" is empty/);
    await expect(readTable(tempFile('blank.csv', '\n\n,,\n'))).rejects.toThrow(/"blank.csv" has no rows/);
  });

  it('refuses a missing file', async () => {
    const missing = path.join(tempDir(), 'gone.csv');
    await expect(readTable(missing)).rejects.toBeInstanceOf(ImportFileError);
  });

  it('refuses files over the size limits and says the limit', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, 'ID\n1\n');
    fs.truncateSync(big, CSV_MAX_BYTES + 1);
    await expect(readTable(big)).rejects.toThrow(/"big.csv" is 50 MB; the largest CSV file that can be imported is 50 MB/);
    const bigX = path.join(dir, 'big.xlsx');
    fs.writeFileSync(bigX, 'x');
    fs.truncateSync(bigX, XLSX_MAX_BYTES + 5 * 1024 * 1024);
    await expect(readTable(bigX)).rejects.toThrow(/is 25 MB; the largest Excel file that can be imported is 20 MB/);
  });

  it('refuses a damaged workbook', async () => {
    await expect(readTable(tempFile('bad.xlsx', 'not a zip at all'))).rejects.toThrow(/"bad.xlsx" cannot be read as an Excel workbook/);
  });

  it('refuses an unclosed quote, naming the row', async () => {
    await expect(readTable(tempFile('q.csv', 'ID,Name\n1,ok\n2,"never closed\n3,x\n'))).rejects.toThrow(/starts on row 3/);
  });
});

describe('readTable: XLSX', () => {
  it('reads Date cells, serial numbers, numeric and text ids from the first sheet', async () => {
    const file = await tempXlsx([
      ['Employee ID', 'Hire Date', 'Expiration Date', 'Name'],
      ['00123', new Date(Date.UTC(2024, 2, 5)), 45000, 'Lee, Ann'],
      [4567, null, '2025-01-31', { toString: () => '' } as unknown as string],
    ]);
    const table = await readTable(file);
    expect(table.sheet).toBe('Sheet1');
    expect(table.headers).toEqual(['Employee ID', 'Hire Date', 'Expiration Date', 'Name']);
    const first = table.rows[0] ?? [];
    expect(first[0]).toBe('00123');
    expect(first[1]).toBeInstanceOf(Date);
    expect((first[1] as Date).toISOString().slice(0, 10)).toBe('2024-03-05');
    expect(first[2]).toBe(45000);
    expect(table.rows[1]?.[0]).toBe(4567);
    expect(table.rows[1]?.[1]).toBeNull();
  });

  it('reads a named sheet and lists the sheets when the name is wrong', async () => {
    const file = await tempXlsx([['ID'], ['9']], { sheet: 'Coders', extraSheets: ['Summary'] });
    expect((await readTable(file)).headers).toEqual(['Nothing', 'here']);
    const coders = await readTable(file, { sheet: 'Coders' });
    expect(coders.rows).toEqual([['9']]);
    await expect(readTable(file, { sheet: 'Nope' })).rejects.toThrow(/no sheet called "Nope". Its sheets are: "Summary", "Coders"/);
  });

  it('reads formula results and rich text as plain values', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['ID', 'Name', 'FTE']);
    ws.addRow(['1', { richText: [{ text: 'Lee, ' }, { text: 'Ann', font: { bold: true } }] }, { formula: '0.5*2', result: 1 }]);
    const file = path.join(tempDir(), 'f.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await readTable(file)).rows).toEqual([['1', 'Lee, Ann', 1]]);
  });
});
