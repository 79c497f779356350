/**
 * The cells of one worksheet as rows, reading only the cells the file holds. A sheet's extent is
 * set by its farthest cell: one stray value at XFD1 or A1048576 makes a 5 KB workbook a grid of
 * seventeen billion cells, so walking the grid cell by cell exhausts memory. The table is bounded
 * instead by what the sheet really holds: its rows × columns may be at most SPARSE_FACTOR times
 * the values present (or MIN_AREA, for small sheets), and never more than MAX_AREA.
 */
import ExcelJS from 'exceljs';
import type { RawCell } from './read-table';

/** A sheet this small (rows × columns of its table) is read however empty it is. */
export const MIN_AREA = 2_000_000;
/** A larger table must hold at least one value in this many of its cells. */
export const SPARSE_FACTOR = 32;
/** No table larger than this is read, however full: ten times a 50,000-person long export. */
export const MAX_AREA = 30_000_000;

export interface SheetGrid {
  readonly sheet: string;
  /** Row 1 first; rows holding no value are the one shared empty array. */
  readonly cells: readonly (readonly RawCell[])[];
}

/** Why a sheet cannot be read; `reason` completes the sentence `"name" cannot be imported: …`. */
export class SheetRefusal extends Error {
  override readonly name = 'SheetRefusal';
}

/** A row of the sheet that holds a value: its number and its values by column number. */
interface HeldRow {
  readonly row: number;
  readonly values: (readonly [column: number, value: RawCell])[];
}

const NO_CELLS: readonly RawCell[] = Object.freeze([]);

/** Column number (1-based) in Excel's letters: 1 → A, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** Reads the sheet's values; throws SheetRefusal when its table is far larger than what it holds. */
export function readSheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const held: HeldRow[] = [];
  // eachRow and eachCell visit only rows and cells present in the file.
  sheet.eachRow((row, rowNumber) => {
    const values: (readonly [number, RawCell])[] = [];
    row.eachCell((cell, columnNumber) => {
      const value = xlsxCell(cell.value);
      if (value !== null) values.push([columnNumber, value]);
    });
    if (values.length > 0) held.push({ row: rowNumber, values });
  });
  const header = held[0];
  if (header === undefined) return { sheet: sheet.name, cells: [] };
  let width = 0;
  for (const [column] of header.values) width = Math.max(width, column);
  // Values right of the header's last column are not part of the table: they are not read.
  let present = 0;
  let last = header;
  for (const entry of held) {
    let inTable = 0;
    for (const [column] of entry.values) if (column <= width) inTable += 1;
    present += inTable;
    if (inTable > 0) last = entry;
  }
  const height = last.row - header.row + 1;
  const area = height * width;
  if (area > Math.min(MAX_AREA, Math.max(MIN_AREA, SPARSE_FACTOR * present))) {
    throw new SheetRefusal(refusal(sheet.name, header, width, last, area, present));
  }
  const cells: (readonly RawCell[])[] = new Array<readonly RawCell[]>(last.row).fill(NO_CELLS);
  for (const entry of held) {
    if (entry.row > last.row) break;
    const row = new Array<RawCell>(width).fill(null);
    let any = false;
    for (const [column, value] of entry.values) {
      if (column > width) continue;
      row[column - 1] = value;
      any = true;
    }
    if (any) cells[entry.row - 1] = row;
  }
  return { sheet: sheet.name, cells };
}

function refusal(sheet: string, header: HeldRow, width: number, last: HeldRow, area: number, present: number): string {
  const farRight = `${columnLetters(width)}${header.row}`;
  const lastColumn = last.values.find(([column]) => column <= width)?.[0] ?? 1;
  const farDown = `${columnLetters(lastColumn)}${last.row}`;
  const stray = farRight === farDown ? farRight : `${farRight} and ${farDown}`;
  const size = area > MAX_AREA && SPARSE_FACTOR * present >= area
    ? `more than the ${count(MAX_AREA)} cells that can be read safely`
    : `but holds only ${count(present)} ${present === 1 ? 'value' : 'values'}, so nearly all of it is empty`;
  return (
    `its sheet "${sheet}" is a table of ${count(height(header, last))} rows by ${count(width)} columns (${count(area)} cells) ${size}. ` +
    `Its farthest values are at ${stray}: in Excel, delete any stray values there (Ctrl+End goes to the last cell) and the empty rows and columns before them, ` +
    `or save the sheet as CSV, and import again.`
  );
}

const height = (header: HeldRow, last: HeldRow): number => last.row - header.row + 1;

/** exceljs cell values (rich text, formulas, hyperlinks, errors) reduced to plain values. */
export function xlsxCell(value: unknown): RawCell {
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
