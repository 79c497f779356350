import ExcelJS from 'exceljs';
import { cellStyle, cellValue, DateCells, freezeStyle, MAX_WIDTH, STYLE } from './cell-content';
import { displayText } from './cell-text';
import { writeThroughPartial } from './partial-file';
import type { ProgressCounter } from './progress';
import type { Row, Table } from './table';

export { excelDate } from './cell-content';

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
/** A font without a name makes LibreOffice fall back to a serif face; name the workbook default. */
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, bold: true };
const LINE_HEIGHT = 15;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/**
 * Writes the tables as sheets of one workbook with exceljs's streaming writer: each row is committed
 * as soon as it is written, so a large roster never sits in memory as exceljs cell objects.
 * Text is always a string cell, never a formula (see formula-guard.ts). The file appears under its
 * name only when complete (partial-file.ts).
 */
export async function writeXlsx(
  outFile: string,
  properties: WorkbookProperties,
  tables: readonly Table[],
  progress: ProgressCounter,
): Promise<void> {
  await writeThroughPartial(outFile, async (stream) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
    setProperties(workbook, properties);
    for (const table of tables) writeSheet(workbook, table, progress);
    await workbook.commit();
  });
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
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.columns.length } };
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

  const dates = new DateCells();
  const last = table.rows.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const values = table.rows[index]!;
    const rowNumber = index + 2;
    if (values.length > table.columns.length) throw new Error(`Sheet "${table.name}" row ${rowNumber} has more cells than columns`);
    writeRow(sheet, rowNumber, values, table, widths, table.totalRow === true && index === last, dates);
    progress.tick();
  }
  sheet.commit();
}

/** Lines a wrapped text needs at the column's width (a little under one character per width unit). */
function wrapLines(text: string, width: number): number {
  return Math.ceil(text.length / Math.max(1, width - 4));
}

/** One data row, committed at once; a row with wrapped text gets the height to show it, the total line a bold font. */
function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  values: Row,
  table: Table,
  widths: readonly number[],
  isTotal: boolean,
  dates: DateCells,
): void {
  const row = sheet.getRow(rowNumber);
  // A row's own style object is one exceljs's style table cannot find by identity; the shared empty
  // one writes the same (docs/performance.md). The total line keeps its own: its font changes it.
  if (!isTotal) (row as unknown as { style: Partial<ExcelJS.Style> }).style = STYLE.plain;
  let lines = 1;
  for (let c = 0; c < values.length; c += 1) {
    const value = values[c] ?? null;
    // An empty unstyled cell writes nothing, so it gets no cell object; the total line's bold reaches its empty cells too.
    if (value === null && !isTotal) continue;
    const column = table.columns[c]!;
    const cell = row.getCell(c + 1);
    const content = cellValue(value, column, table.name, rowNumber, dates);
    if (content !== null) cell.value = content;
    cell.style = cellStyle(value, column);
    if (cell.style === STYLE.wrappedText) lines = Math.max(lines, wrapLines(String(content), widths[c] ?? MIN_WIDTH));
  }
  // Spreadsheets do not grow a row for wrapped text they did not lay out themselves.
  if (lines > 1) {
    row.height = lines * LINE_HEIGHT;
    row.eachCell(alignTop);
  }
  if (isTotal) {
    // Own copies first: setting the font changes the cell's style object, and those are shared.
    // Empty cells too: the row's font reaches every cell it has.
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.style = { ...cell.style };
    });
    row.font = BOLD;
  }
  row.commit();
}

/**
 * The top-aligned look of each shared style, made once and shared in turn: a roster whose education
 * rows all wrap would otherwise give every one of their cells a new style object to look up.
 */
const topAligned = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();

function alignTop(cell: ExcelJS.Cell): void {
  const base = cell.style;
  let top = topAligned.get(base);
  if (top === undefined) {
    top = freezeStyle({ ...base, alignment: { ...base.alignment, vertical: 'top' } });
    // Only the shared styles are remembered; a cell's own style object stays its own.
    if (Object.isFrozen(base)) topAligned.set(base, top);
  }
  cell.style = top;
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
