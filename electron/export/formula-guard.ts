/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell whose text starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return may be read as a formula by Excel or LibreOffice.
 *
 * The approach, per format:
 * - XLSX: every text value is written as a string cell (never a formula cell) with its exact text, so
 *   the value round-trips unchanged; `needsFormulaGuard` lets the writer mark such cells as text.
 * - CSV: a CSV has no cell types, so a risky value gets a leading apostrophe (OWASP's recommendation).
 *   Spreadsheets show the apostrophe as part of the text instead of running a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when the text would start a formula if typed or opened as CSV. */
export function needsFormulaGuard(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Text that would start a formula (= + - @ tab CR) is prefixed with an apostrophe so it stays text; other text is unchanged. */
export function neutraliseFormula(text: string): string {
  return needsFormulaGuard(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula`, so a CSV this app wrote reads back exactly as it was written. */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
