import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText } from './decode-text';
import { restoreNeutralised } from './csv-cell';
import { checkZipLimits } from './zip-guard';
import { fileKindOf, readHead, type FileKind } from './file-kind';

export type RawCell = string | number | boolean | Date | null;

export interface RawTable {
  readonly file: string;
  readonly sheet: string | null;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  /** Row number of rows[0] as the user sees it in the file (header row + 1). */
  readonly firstRowNumber: number;
}

/** Largest CSV file accepted (bytes). */
export const CSV_MAX_BYTES = 50 * 1024 * 1024;
/** Largest XLSX file accepted (bytes); a workbook unpacks to many times its size in memory. */
export const XLSX_MAX_BYTES = 20 * 1024 * 1024;

/** A file that cannot be read as a table; the message names the file in plain words. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Reads the first table of a delimited text file or an `.xlsx` workbook: a header row, then data rows. */
export async function readTable(file: string, options?: { sheet?: string }): Promise<RawTable> {
  const name = path.basename(file);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ImportFileError(`"${name}" cannot be imported: it is a folder, not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`"${name}" cannot be imported: the file was not found or cannot be opened.`);
  }
  if (size === 0) throw new ImportFileError(`"${name}" is empty: there is nothing to import.`);
  // By content, not by name: delimited text comes as .csv, .txt, .tsv, .psv or with no extension.
  let kind: FileKind;
  try {
    kind = fileKindOf(await readHead(file), name);
  } catch {
    throw new ImportFileError(`"${name}" cannot be imported: the file cannot be opened.`);
  }
  if (kind === 'xls') {
    throw new ImportFileError(`"${name}" is in the old Excel format (.xls). Open it in Excel and save it as .xlsx or .csv, then import that file.`);
  }
  const text = kind === 'delimited';
  const limit = text ? CSV_MAX_BYTES : XLSX_MAX_BYTES;
  if (size > limit) {
    throw new ImportFileError(
      `"${name}" is ${megabytes(size)}; the largest ${text ? 'CSV' : 'Excel'} file that can be imported is ${megabytes(limit)}. Split it into smaller files.`,
    );
  }
  const grid = text ? await readCsvGrid(file, name) : await readXlsxGrid(file, name, options?.sheet);
  return toTable(name, grid.sheet, grid.cells);
}

interface Grid {
  readonly sheet: string | null;
  /** Every row of the file in order, index 0 = row 1 (handed over: toTable may keep these arrays). */
  readonly cells: RawCell[][];
}

async function readCsvGrid(file: string, name: string): Promise<Grid> {
  const { text } = decodeText(await readFile(file));
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new ImportFileError(`"${name}" cannot be read: a quoted value that starts on row ${row} is never closed (a " is missing).`);
  }
  // The parser's arrays are ours: converted in place rather than copied, on files of 100,000 rows.
  const cells = parsed.data as RawCell[][];
  for (const row of cells) for (let i = 0; i < row.length; i += 1) row[i] = csvCell(row[i] as string);
  return { sheet: null, cells };
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter is the candidate met most often outside quotes in the first non-blank line (the
 * header). A header rarely holds a quoted delimiter, while data rows often do ("Lee, Ann").
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
      for (const d of DELIMITERS) counts.set(d, 0);
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    else if (ch.trim() !== '') seenContent = true;
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function csvCell(value: string): RawCell {
  if (value.length === 0 || value.trim() === '') return null;
  // Only a leading apostrophe can be a neutralised formula.
  return value.charCodeAt(0) === 39 ? restoreNeutralised(value) : value;
}

async function readXlsxGrid(file: string, name: string, sheetName: string | undefined): Promise<Grid> {
  const unreadable = `"${name}" cannot be read as an Excel workbook. It may be damaged, password-protected or not really an .xlsx file.`;
  // Before exceljs inflates anything: it keeps every unpacked part in memory.
  const zip = await checkZipLimits(file);
  if (zip.kind === 'refused') throw new ImportFileError(`"${name}" cannot be imported: ${zip.reason}`);
  if (zip.kind === 'unreadable') throw new ImportFileError(unreadable);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    throw new ImportFileError(unreadable);
  }
  const sheets = workbook.worksheets;
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!sheet) {
    if (sheetName === undefined) throw new ImportFileError(`"${name}" has no worksheets.`);
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new ImportFileError(`"${name}" has no sheet called "${sheetName}". Its sheets are: ${names}.`);
  }
  const cells: RawCell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const values: RawCell[] = [];
    for (let c = 1; c <= width; c += 1) values.push(xlsxCell(row.getCell(c).value));
    cells.push(values);
  }
  return { sheet: sheet.name, cells };
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors) reduced to plain values. */
function xlsxCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return xlsxCell((v.richText as { text?: unknown }[]).map((part) => String(part.text ?? '')).join(''));
    }
    if ('formula' in v || 'sharedFormula' in v) return xlsxCell(v.result);
    if ('text' in v) return xlsxCell(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

const isBlank = (row: readonly RawCell[]): boolean => row.every((c) => c === null);

function toTable(file: string, sheet: string | null, cells: readonly RawCell[][]): RawTable {
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) throw new ImportFileError(`"${file}" has no rows: there is nothing to import.`);
  const headerCells = cells[headerIndex] ?? [];
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === null) width -= 1;
  const headers = uniqueHeaders(headerCells.slice(0, width).map((c, i) => headerText(c, i)));
  let end = cells.length;
  while (end > headerIndex + 1 && isBlank(cells[end - 1] ?? [])) end -= 1;
  const rows: RawCell[][] = [];
  for (let r = headerIndex + 1; r < end; r += 1) {
    const source = cells[r] ?? [];
    if (source.length === width) {
      rows.push(source);
      continue;
    }
    const row: RawCell[] = new Array<RawCell>(width);
    for (let c = 0; c < width; c += 1) row[c] = source[c] ?? null;
    rows.push(row);
  }
  return { file, sheet, headers, rows, firstRowNumber: headerIndex + 2 };
}

function headerText(cell: RawCell, index: number): string {
  if (cell === null) return `Column ${index + 1}`;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? `Column ${index + 1}` : cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

/** Repeated headers get a suffix, because a mapping is keyed by header text. */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const count = (seen.get(h) ?? 0) + 1;
    seen.set(h, count);
    return count === 1 ? h : `${h} (${count})`;
  });
}
