import { rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { displayText, NUM_FMT } from './cell-text';
import type { ProgressCounter } from './progress';
import type { Cell, Column, Table } from './table';

/** Document properties every report carries (File ▸ Properties in Excel). */
export interface WorkbookProperties {
  readonly title: string;
  readonly subject: string;
  readonly description: string;
  readonly company: string;
  readonly creator: string;
  readonly keywords: string;
  readonly producedAt: Date;
}

const MIN_WIDTH = 10;
/** Characters the autofilter drop-down button covers in a header cell. */
const HEADER_BUTTON = 2;
const MAX_WIDTH = 60;
/** A font without a name makes LibreOffice fall back to a serif face; name the workbook default. */
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };
const LINE_HEIGHT = 15;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * Writes the tables as sheets of one workbook with exceljs's streaming writer: each row is committed
 * as soon as it is written, so a 50,000-person roster never sits in memory as exceljs cell objects.
 * Text is always a string cell, never a formula (see formula-guard.ts). The file appears under its
 * name only when complete: it is written next to it first, then renamed.
 */
export async function writeXlsx(
  outFile: string,
  properties: WorkbookProperties,
  tables: readonly Table[],
  progress: ProgressCounter,
): Promise<void> {
  const partial = `${outFile}.${process.pid}.partial`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: false, useStyles: true });
    setProperties(workbook, properties);
    for (const table of tables) writeSheet(workbook, table, progress);
    await workbook.commit();
    await rename(partial, outFile);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function setProperties(workbook: ExcelJS.stream.xlsx.WorkbookWriter, p: WorkbookProperties): void {
  workbook.title = p.title;
  workbook.subject = p.subject;
  workbook.description = p.description;
  workbook.keywords = p.keywords;
  workbook.company = p.company;
  workbook.creator = p.creator;
  workbook.lastModifiedBy = p.creator;
  workbook.created = p.producedAt;
  workbook.modified = p.producedAt;
  // The streaming writer leaves the company out of docProps/app.xml, so that part is written here.
  const internals = workbook as unknown as { zip: { append(data: string, options: { name: string }): void } };
  workbook.addApp = () => {
    internals.zip.append(appXml(p.company, p.creator), { name: 'docProps/app.xml' });
    return Promise.resolve();
  };
}

function appXml(company: string, application: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(application)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<Company>${escapeXml(company)}</Company><LinksUpToDate>false</LinksUpToDate>` +
    '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
    '</Properties>'
  );
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than breaking the file.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: Table, progress: ProgressCounter): void {
  if (table.name.length > 31 || INVALID_SHEET_CHARS.test(table.name)) {
    throw new Error(`Sheet name "${table.name}" is not allowed in Excel`);
  }
  const widths = fittedWidths(table);
  const lastColumn = columnLetter(table.columns.length);
  const lastRow = table.rows.length + 1;
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${table.name}&RPage &P of &N` },
  });
  // The typings omit it, but the streaming sheet writes whatever autoFilter holds when committed.
  (sheet as unknown as { autoFilter: string }).autoFilter = `A1:${lastColumn}${lastRow}`;
  sheet.columns = table.columns.map((column, i) => ({ key: `c${i}`, width: widths[i] ?? MIN_WIDTH }));

  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.eachCell((cell, c) => {
    const kind = table.columns[c - 1]?.kind;
    // Headers of figures line up with the figures.
    const numeric = kind === 'integer' || kind === 'decimal' || kind === 'percent';
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: numeric ? 'right' : 'left', wrapText: false };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  table.rows.forEach((values, index) => {
    const row = sheet.addRow([]);
    let lines = 1;
    values.forEach((value, c) => {
      const column = table.columns[c];
      if (column === undefined) throw new Error(`Sheet "${table.name}" row ${index + 2} has more cells than columns`);
      const cell = row.getCell(c + 1);
      writeCell(cell, value, column, table.name, index + 2);
      lines = Math.max(lines, wrapLines(cell, widths[c] ?? MIN_WIDTH));
    });
    // Spreadsheets do not grow a row for wrapped text they did not lay out themselves.
    if (lines > 1) {
      row.height = lines * LINE_HEIGHT;
      row.eachCell((cell) => {
        cell.style = { ...cell.style, alignment: { ...cell.style.alignment, vertical: 'top' } };
      });
    }
    if (table.totalRow && index === table.rows.length - 1) {
      // Own copies first: setting the font changes the cell's style object, and those are shared.
      row.eachCell((cell) => {
        cell.style = { ...cell.style };
      });
      row.font = BOLD;
    }
    row.commit();
    progress.tick();
  });
  sheet.commit();
}

/*
 * One shared, frozen style object per kind of cell. exceljs gives every cell its own style object
 * and, when a row is written, looks each one up by rendering it to XML; a style object it has seen
 * before is found by identity instead. Sharing them took a fifth off the time of a large report.
 * Frozen, so that changing one cell's look by mistake throws instead of changing a whole column;
 * code that does change a cell's look gives the cell its own copy first.
 */
const freeze = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> =>
  Object.freeze({ ...style, ...(style.alignment ? { alignment: Object.freeze({ ...style.alignment }) } : {}) });
const STYLE = {
  /** Every cell is looked up, the unstyled ones too. */
  plain: freeze({}),
  date: freeze({ numFmt: NUM_FMT.date }),
  /** A lone date among text reads better lined up with the text. */
  dateInText: freeze({ numFmt: NUM_FMT.date, alignment: { horizontal: 'left' } }),
  integer: freeze({ numFmt: NUM_FMT.integer }),
  decimal: freeze({ numFmt: NUM_FMT.decimal }),
  percent: freeze({ numFmt: NUM_FMT.percent }),
  /** Text format keeps an edited id such as 00123 from turning into the number 123. */
  id: freeze({ numFmt: NUM_FMT.text }),
  wrappedText: freeze({ alignment: { wrapText: true, vertical: 'top' } }),
} as const;

function writeCell(cell: ExcelJS.Cell, value: Cell, column: Column, sheet: string, rowNumber: number): void {
  if (value === null) {
    cell.style = STYLE.plain;
    return;
  }
  if (typeof value === 'object') {
    cell.value = dateValue(value.date, column, sheet, rowNumber);
    cell.style = STYLE.dateInText;
    return;
  }
  switch (column.kind) {
    case 'date':
      cell.value = dateValue(String(value), column, sheet, rowNumber);
      cell.style = STYLE.date;
      return;
    case 'integer':
    case 'decimal':
    case 'percent':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`Sheet "${sheet}" row ${rowNumber}, column "${column.header}": "${String(value)}" is not a number`);
      }
      cell.value = value;
      cell.style = STYLE[column.kind];
      return;
    case 'id':
      cell.value = String(value);
      cell.style = STYLE.id;
      return;
    case 'text': {
      const text = typeof value === 'string' ? value : String(value);
      cell.value = text;
      cell.style = text.length > MAX_WIDTH ? STYLE.wrappedText : STYLE.plain;
      return;
    }
  }
}

/** Lines a wrapped text cell needs at the column's width (a little under one character per width unit). */
function wrapLines(cell: ExcelJS.Cell, width: number): number {
  if (typeof cell.value !== 'string' || cell.alignment?.wrapText !== true) return 1;
  return Math.ceil(cell.value.length / Math.max(1, width - 4));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date cell value for a calendar date: midnight UTC. exceljs turns a Date into a serial number
 * from its UTC time, so UTC midnight gives a whole-day serial, which every office suite shows as the
 * same calendar date in every time zone. (Local midnight would be the previous day's evening in UTC
 * for anyone east of Greenwich, and Excel would show the previous day.) Readers (exceljs, the import)
 * read such cells back by their UTC date.
 */
export function excelDate(iso: string): Date | null {
  if (!ISO_DATE.test(iso)) return null;
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Built and read back, so 2023-02-30 (which Date would roll to 2 March) is refused.
  const real = date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
  return real ? date : null;
}

function dateValue(iso: string, column: Column, sheet: string, rowNumber: number): Date {
  const date = excelDate(iso);
  if (date === null) throw new Error(`Sheet "${sheet}" row ${rowNumber}, column "${column.header}": "${iso}" is not a date (YYYY-MM-DD)`);
  return date;
}

/**
 * Widths from the longest text each column shows, within MIN..MAX characters. The header gets room
 * for the filter button. (The minimum also keeps clear of 9, which exceljs takes for "default" and
 * leaves out of the file.)
 */
export function fittedWidths(table: Table): number[] {
  return table.columns.map((column, c) => {
    let longest = column.header.length + HEADER_BUTTON;
    for (const row of table.rows) {
      const cell = row[c] ?? null;
      const length = displayText(cell, column).length;
      if (length > longest) longest = length;
      if (longest >= MAX_WIDTH) break;
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
