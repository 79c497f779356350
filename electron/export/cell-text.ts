import type { Cell, Column } from './table';

/**
 * Number formats. `_)` leaves a space the width of ")" after a number, so a right-aligned figure does
 * not run into the left-aligned text of the next column.
 */
export const NUM_FMT = {
  date: 'yyyy-mm-dd',
  integer: '0_)',
  decimal: '0.00_)',
  percent: '0.0%_)',
  text: '@',
} as const;

/** The text a cell shows, for CSV output and for fitting column widths. */
export function displayText(cell: Cell, column: Column): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  if (typeof cell === 'string') return cell;
  switch (column.kind) {
    case 'decimal':
      return cell.toFixed(2);
    case 'percent':
      return `${(cell * 100).toFixed(1)}%`;
    default:
      return String(cell);
  }
}
