/**
 * Writing CSV cells that are safe to open in a spreadsheet.
 * A cell starting with one of these characters is read by Excel/LibreOffice as a formula, so a
 * name like `=HYPERLINK(...)` typed into an HR system could run when a manager opens the file.
 */
export const FORMULA_PREFIXES: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** The text with a leading apostrophe when it would otherwise start a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_PREFIXES.some((p) => value.startsWith(p)) ? `'${value}` : value;
}

/** Undoes `neutraliseFormula`, so a file this app wrote reads back as it was written. */
export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && FORMULA_PREFIXES.some((p) => value.startsWith(p, 1)) ? value.slice(1) : value;
}

/** One CSV field: neutralised, then quoted when it holds a delimiter, quote or line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return /[",;\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line end). */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

/** CRLF line ends, as RFC 4180 and Excel expect. */
export const CSV_LINE_END = '\r\n';
