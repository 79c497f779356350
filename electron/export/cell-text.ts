import type { Cell, Column } from './table';

/** Number formats, shared by the workbook writer and the width estimate. */
export const NUM_FMT = {
  date: 'yyyy-mm-dd',
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
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
