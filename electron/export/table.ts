import type { IsoDate } from '../../shared/types';

/**
 * A report table as plain data: the writers (XLSX, CSV) decide how each kind of column is stored.
 * Date columns hold calendar dates (`YYYY-MM-DD`) and become real date cells in a workbook.
 */

export type ColumnKind =
  /** Free text, e.g. a name. */
  | 'text'
  /** An identifier kept as text so leading zeros survive (employee ids). */
  | 'id'
  | 'date'
  | 'integer'
  /** Decimal figures such as FTE, shown with two decimals. */
  | 'decimal'
  /** A fraction 0..1 shown as a percentage. */
  | 'percent';

export interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** A date in a column of another kind (the front sheet's as-of date). */
export interface DateCell {
  readonly date: IsoDate;
}

export type Cell = string | number | DateCell | null;
export type Row = readonly Cell[];

export interface Table {
  /** Sheet name: 31 characters at most, none of `[]:*?/\`. */
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** The last row is a total line and is shown bold. */
  readonly totalRow?: boolean;
}

export const text = (header: string): Column => ({ header, kind: 'text' });
export const id = (header: string): Column => ({ header, kind: 'id' });
export const date = (header: string): Column => ({ header, kind: 'date' });
export const integer = (header: string): Column => ({ header, kind: 'integer' });
export const decimal = (header: string): Column => ({ header, kind: 'decimal' });
export const percent = (header: string): Column => ({ header, kind: 'percent' });

/** "Yes"/"No" for display columns; reports read better with words than TRUE/FALSE. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
