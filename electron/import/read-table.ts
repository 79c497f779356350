import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { decodeText, UNREADABLE, type TextEncodingName } from './decode-text';
import { restoreNeutralised } from './csv-cell';
import { ImportFileRefusal, readImportBytes, tooBig } from './import-file-bytes';
import { readableValue } from './readable-value';
import { readSheetGrid, SheetRefusal } from './xlsx-grid';
import { checkZipLimits } from './zip-guard';
import { fileKindOf } from './file-kind';
import { UserError } from '../../shared/user-error';

export type RawCell = string | number | boolean | Date | null;

export interface RawTable {
  readonly file: string;
  readonly sheet: string | null;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  /** Row number of rows[0] as the user sees it in the file (header row + 1). */
  readonly firstRowNumber: number;
  /** How a CSV's bytes were read; absent for a workbook. */
  readonly encoding?: { readonly name: TextEncodingName; readonly fallback: boolean };
  /** Rows (numbered as the user sees them) with bytes that could not be read in the file's encoding. */
  readonly unreadableRows?: readonly number[];
}

/** Largest CSV file accepted (bytes). */
export const CSV_MAX_BYTES = 50 * 1024 * 1024;
/** Largest XLSX file accepted (bytes); a workbook unpacks to many times its size in memory. */
export const XLSX_MAX_BYTES = 20 * 1024 * 1024;

/** A file that cannot be read as a table; the message names the file in plain words. */
export class ImportFileError extends UserError {
  override readonly name = 'ImportFileError';
}

/** Reads the first table of a delimited text file or an `.xlsx` workbook: a header row, then data rows. */
export async function readTable(file: string, options?: { sheet?: string }): Promise<RawTable> {
  const name = path.basename(file);
  // The name sets the size limit; the content then decides how the bytes are read.
  const namedExcel = path.extname(file).toLowerCase() === '.xlsx';
  let bytes: Buffer;
  try {
    bytes = namedExcel ? await readImportBytes(file, XLSX_MAX_BYTES, 'Excel') : await readImportBytes(file, CSV_MAX_BYTES, 'CSV');
  } catch (error) {
    if (!(error instanceof ImportFileRefusal)) throw error;
    throw new ImportFileError(error.sentence(name));
  }
  // By content, not by name: delimited text comes as .csv, .txt, .tsv, .psv or with no extension.
  const kind = fileKindOf(bytes, name);
  if (kind === 'xls') {
    throw new ImportFileError(`"${name}" is in the old Excel format (.xls). Open it in Excel and save it as .xlsx or .csv, then import that file.`);
  }
  if (kind === 'delimited') return readCsvTable(bytes, name);
  if (bytes.length > XLSX_MAX_BYTES) throw new ImportFileError(tooBig(bytes.length, XLSX_MAX_BYTES, 'Excel').sentence(name));
  const grid = await readXlsxGrid(bytes, name, options?.sheet);
  return toTable(name, grid.sheet, grid.cells);
}

interface Grid {
  readonly sheet: string | null;
  /** Every row of the file in order, index 0 = row 1 (handed over: toTable may keep these arrays). */
  readonly cells: readonly (readonly RawCell[])[];
}

function readCsvTable(bytes: Buffer, name: string): RawTable {
  const decoded = decodeText(bytes);
  const { text } = decoded;
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new ImportFileError(`"${name}" cannot be read: a quoted value that starts on row ${row} is never closed (a " is missing).`);
  }
  // The parser's arrays are ours: converted in place rather than copied, on files of 100,000 rows.
  const cells = parsed.data as RawCell[][];
  const unreadable: number[] = [];
  if (decoded.damaged) {
    // Only then: the rows holding what could not be read, numbered as the user sees them.
    cells.forEach((row, i) => {
      if (row.some((cell) => (cell as string).includes(UNREADABLE))) unreadable.push(i + 1);
    });
  }
  for (const row of cells) for (let i = 0; i < row.length; i += 1) row[i] = csvCell(row[i] as string);
  const table = toTable(name, null, cells);
  return {
    ...table,
    encoding: { name: decoded.encoding, fallback: decoded.fallback },
    ...(unreadable.length > 0 ? { unreadableRows: unreadable } : {}),
  };
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

async function readXlsxGrid(bytes: Buffer, name: string, sheetName: string | undefined): Promise<Grid> {
  const unreadable = `"${name}" cannot be read as an Excel workbook. It may be damaged, password-protected or not really an .xlsx file.`;
  // Before exceljs inflates anything: it keeps every unpacked part in memory.
  const zip = await checkZipLimits(bytes);
  if (zip.kind === 'refused') throw new ImportFileError(`"${name}" cannot be imported: ${zip.reason}`);
  if (zip.kind === 'unreadable') throw new ImportFileError(unreadable);
  const workbook = new ExcelJS.Workbook();
  try {
    // The bytes already checked, never the path again: the file may have been replaced since.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
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
  try {
    return readSheetGrid(sheet);
  } catch (error) {
    if (error instanceof SheetRefusal) throw new ImportFileError(`"${name}" cannot be imported: ${error.message}`);
    throw error;
  }
}

const isBlank = (row: readonly RawCell[]): boolean => row.every((c) => c === null);

function toTable(file: string, sheet: string | null, cells: readonly (readonly RawCell[])[]): RawTable {
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) throw new ImportFileError(`"${file}" has no rows: there is nothing to import.`);
  const headerCells = cells[headerIndex] ?? [];
  let width = headerCells.length;
  while (width > 0 && headerCells[width - 1] === null) width -= 1;
  const headers = uniqueHeaders(headerCells.slice(0, width).map((c, i) => headerText(c, i)));
  let end = cells.length;
  while (end > headerIndex + 1 && isBlank(cells[end - 1] ?? [])) end -= 1;
  const rows: (readonly RawCell[])[] = [];
  // Blank rows share one row: a sparse sheet's gaps cost a pointer each, not a row of cells.
  const blank: readonly RawCell[] = Object.freeze(new Array<RawCell>(width).fill(null));
  for (let r = headerIndex + 1; r < end; r += 1) {
    const source = cells[r] ?? blank;
    if (source.length === width || source === blank) {
      rows.push(source);
      continue;
    }
    if (isBlank(source)) {
      rows.push(blank);
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
  // A header is shown in every message about its column: a cell of megabytes is cut to a readable name.
  return readableValue(String(cell).replace(/\s+/g, ' ').trim(), HEADER_CHARACTERS);
}

/** Characters of a header kept: far more than any HR system's column name. */
const HEADER_CHARACTERS = 200;

/** Repeated headers get a suffix, because a mapping is keyed by header text. */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const count = (seen.get(h) ?? 0) + 1;
    seen.set(h, count);
    return count === 1 ? h : `${h} (${count})`;
  });
}
