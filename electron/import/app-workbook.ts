/**
 * A workbook Credential Roster wrote itself (the roster export) opens on its About sheet, which
 * lists the data sheets: importing it reads those sheets, each as a table of its own.
 */
import { readTable, type RawTable } from './read-table';
import { cellText } from './columns';

/** The front sheet's name, and the report whose sheets import back. */
const ABOUT_SHEET = 'About';
const ROSTER_REPORT = 'Roster export';

/** The data sheets an app-written roster export lists on its About sheet; null for any other table. */
export function rosterExportSheets(table: RawTable): string[] | null {
  if (table.sheet !== ABOUT_SHEET || table.headers.length < 2) return null;
  // The header row may itself be the first item when the sheet is written without headings.
  const rows = [table.headers, ...table.rows];
  const items = rows.map((row) => [cellText(row[0] ?? null), cellText(row[1] ?? null)] as const);
  if (!items.some(([item, details]) => item === 'Report' && details === ROSTER_REPORT)) return null;
  const sheets = items.flatMap(([item]) => {
    const m = /^Sheet "(.+)"$/.exec(item);
    return m?.[1] === undefined ? [] : [m[1]];
  });
  return sheets.length > 0 ? sheets : null;
}

/**
 * The tables an import reads from a file: the named sheet; else, for a roster export, each of its
 * data sheets that has rows (named "roster.xlsx [Credentials]" in messages); else the first table.
 */
export async function readImportTables(file: string, sheet: string | undefined): Promise<RawTable[]> {
  if (sheet !== undefined) return [await readTable(file, { sheet })];
  const first = await readTable(file);
  const sheets = rosterExportSheets(first);
  if (sheets === null) return [first];
  const tables: RawTable[] = [];
  for (const name of sheets) {
    const table = await readTable(file, { sheet: name });
    if (table.rows.length > 0) tables.push({ ...table, file: `${table.file} [${name}]` });
  }
  return tables;
}
