import type ExcelJS from 'exceljs';
import { NUM_FMT } from './cell-text';
import type { Cell, Column } from './table';
import { dayNumber, isIsoDate } from '../../shared/dates';

/** Text longer than this wraps in its cell; columns are never fitted wider. */
export const MAX_WIDTH = 60;

/*
 * One shared, frozen style object per kind of cell. exceljs looks each cell's style up by rendering
 * it to XML; a style object it has seen before is found by identity instead. Sharing them took a
 * fifth off the time of a large report. Frozen, so that changing one cell's look by mistake throws
 * instead of changing a whole column; code that does change a cell's look gives the cell its own
 * copy first.
 */
export const freezeStyle = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> =>
  Object.freeze({ ...style, ...(style.alignment ? { alignment: Object.freeze({ ...style.alignment }) } : {}) });

export const STYLE = {
  /** Every cell is looked up, the unstyled ones too. */
  plain: freezeStyle({}),
  date: freezeStyle({ numFmt: NUM_FMT.date }),
  /** A lone date among text reads better lined up with the text. */
  dateInText: freezeStyle({ numFmt: NUM_FMT.date, alignment: { horizontal: 'left' } }),
  // Figures sit right-aligned with an indent: printed, a number flush against the next column's
  // left-aligned text reads as one run ("0.90CCS").
  integer: freezeStyle({ numFmt: NUM_FMT.integer, alignment: { horizontal: 'right', indent: 1 } }),
  decimal: freezeStyle({ numFmt: NUM_FMT.decimal, alignment: { horizontal: 'right', indent: 1 } }),
  percent: freezeStyle({ numFmt: NUM_FMT.percent, alignment: { horizontal: 'right', indent: 1 } }),
  /** Text format keeps an edited id such as 00123 from turning into the number 123. */
  id: freezeStyle({ numFmt: NUM_FMT.text }),
  wrappedText: freezeStyle({ alignment: { wrapText: true, vertical: 'top' } }),
} as const;

/** What a workbook cell holds: text is always a string cell, never a formula (see formula-guard.ts). */
export type CellValue = string | number | Date | null;

/** The look of a report cell. */
export function cellStyle(value: Cell, column: Column): Partial<ExcelJS.Style> {
  if (value === null) return STYLE.plain;
  if (typeof value === 'object') return STYLE.dateInText;
  switch (column.kind) {
    case 'date':
      return STYLE.date;
    case 'integer':
    case 'decimal':
    case 'percent':
      return STYLE[column.kind];
    case 'id':
      return STYLE.id;
    case 'text':
      return (typeof value === 'string' ? value.length : String(value).length) > MAX_WIDTH ? STYLE.wrappedText : STYLE.plain;
  }
}

/**
 * The value a report cell holds in the workbook; a date that is not a calendar date or a figure that
 * is not a number is refused with the sheet, row and column named.
 */
export function cellValue(value: Cell, column: Column, sheet: string, rowNumber: number, dates: DateCells): CellValue {
  if (value === null) return null;
  if (typeof value === 'object') return dates.value(value.date, column, sheet, rowNumber);
  switch (column.kind) {
    case 'date':
      return dates.value(String(value), column, sheet, rowNumber);
    case 'integer':
    case 'decimal':
    case 'percent':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`Sheet "${sheet}" row ${rowNumber}, column "${column.header}": "${String(value)}" is not a number`);
      }
      return value;
    case 'id':
      return String(value);
    case 'text':
      return typeof value === 'string' ? value : String(value);
  }
}


/**
 * The date cell value for a calendar date: midnight UTC. exceljs turns a Date into a serial number
 * from its UTC time, so UTC midnight gives a whole-day serial, which every office suite shows as the
 * same calendar date in every time zone. (Local midnight would be the previous day's evening in UTC
 * for anyone east of Greenwich, and Excel would show the previous day.) Readers (exceljs, the import)
 * read such cells back by their UTC date.
 */
export function excelDate(iso: string): Date | null {
  return isIsoDate(iso) ? new Date(dayNumber(iso) * DAY_MS) : null;
}
const DAY_MS = 86_400_000;

/**
 * Date cell values for one sheet. A roster repeats the same dates many times over, and the writers
 * only read a cell's Date, so one Date per distinct text serves every cell that shows it.
 */
export class DateCells {
  private readonly seen = new Map<string, Date>();

  value(iso: string, column: Column, sheet: string, rowNumber: number): Date {
    const known = this.seen.get(iso);
    if (known !== undefined) return known;
    const date = excelDate(iso);
    if (date === null) throw new Error(`Sheet "${sheet}" row ${rowNumber}, column "${column.header}": "${iso}" is not a date (YYYY-MM-DD)`);
    this.seen.set(iso, date);
    return date;
  }
}
