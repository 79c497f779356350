/**
 * Writing CSV cells that are safe to open in a spreadsheet. The formula rule itself lives in
 * `export/formula-guard.ts`, one rule for every file the app writes or reads back.
 */
import { neutraliseFormula, restoreNeutralised } from '../export/formula-guard';

export { neutraliseFormula, restoreNeutralised };

/** Quotes a field that holds a delimiter, quote, line break or edge spaces (RFC 4180 style). */
export function quoteCsvField(text: string): string {
  return /[",;\r\n\t]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV field: neutralised, then quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return quoteCsvField(neutraliseFormula(String(value)));
}

/** One CSV line (no line end). */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

/** CRLF line ends, as RFC 4180 and Excel expect. */
export const CSV_LINE_END = '\r\n';
