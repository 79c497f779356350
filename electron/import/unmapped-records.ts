/**
 * An import that leaves every credential column out and reports success gives wrong answers for
 * everyone. When a file has columns that look like credentials or coding experience and none is
 * imported as such, the file is refused until they are mapped or ignored on purpose.
 */
import type { ColumnMatch, ImportOptions, ImportProblem } from '../../shared/types';
import { headerNamesCredentials, headerNamesExperience, looksLikeCredentials } from './header-roles';
import type { RawCell } from './read-table';

const SCAN_ROWS = 200;

function columnValues(rows: readonly (readonly RawCell[])[], index: number): RawCell[] {
  const values: RawCell[] = [];
  for (let r = 0; r < Math.min(rows.length, SCAN_ROWS); r += 1) values.push(rows[r]?.[index] ?? null);
  return values;
}

const quoted = (headers: readonly string[]): string => headers.map((h) => `"${h}"`).join(', ');

/** Error-level problems for record columns nobody mapped; empty when the file is clear. */
export function unmappedRecordProblems(
  file: string,
  columns: readonly ColumnMatch[],
  mapping: ImportOptions['mapping'],
  rows: readonly (readonly RawCell[])[],
): ImportProblem[] {
  const ignoredOnPurpose = (header: string): boolean => mapping !== undefined && Object.hasOwn(mapping, header) && mapping[header] === '';
  const open = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.field === null && !ignoredOnPurpose(column.header));
  const problems: ImportProblem[] = [];
  const report = (headers: readonly string[], what: string, field: string, label: string): void => {
    const first = headers[0] ?? '';
    problems.push({
      file, row: 0, column: first, value: '', severity: 'error',
      message:
        `"${file}" has columns that look like ${what} (${quoted(headers)}) but none is imported as ${label}: importing it would leave ` +
        `everyone's ${what} out. Map one of them to ${label}, or set them to "Ignore this column" if they are not ${what}.`,
      commandLine: `--map "${first}=${field}", or --map "${first}=" to ignore it`,
    });
  };
  if (!columns.some((c) => c.field === 'credential')) {
    const found = open
      .filter(({ column, index }) => headerNamesCredentials(column.header) || looksLikeCredentials(columnValues(rows, index)))
      .map(({ column }) => column.header);
    if (found.length > 0) report(found, 'credentials', 'credential', 'Credential');
  }
  if (!columns.some((c) => c.field === 'experience_start')) {
    const found = open.filter(({ column }) => headerNamesExperience(column.header)).map(({ column }) => column.header);
    if (found.length > 0) report(found, 'coding experience', 'experience_start', 'Experience start');
  }
  return problems;
}
