/** One row being read: its cells, how a cell is parsed, and the problems found so far. */
import type { ImportProblem, IsoDate } from '../../shared/types';
import { cellText } from './columns';
import { parseDateCell, quickDate, type Parsed } from './parse-dates';
import { parseText } from './parse-values';
import type { ValueReaders } from './value-answers';
import type { RawCell } from './read-table';
import { firstControlCharacter } from './readable-value';
import type { Column } from './row-layout';
import type { CellSource } from './row-records';
import { valueMessage, type SchemaIssue } from '../../shared/messages';

export class RowBeingRead {
  readonly problems: ImportProblem[] = [];
  constructor(readonly file: string, readonly row: number, readonly cells: readonly RawCell[], readonly values: ValueReaders) {}

  add(column: Column | undefined, header: string, message: string, severity: ImportProblem['severity'] = 'error'): void {
    const value = column ? cellText(this.cells[column.index] ?? null) : '';
    this.problems.push({ file: this.file, row: this.row, column: header, value, message, severity });
  }

  raw(column: Column): RawCell {
    return this.cells[column.index] ?? null;
  }

  /** Runs a parser on a cell (once per distinct value of the column); a failure becomes an error naming the column and value. */
  parse<T>(column: Column, parser: (raw: RawCell) => Parsed<T>, cache = true): T | undefined {
    const raw = this.raw(column);
    let result: Parsed<T>;
    if (cache && (typeof raw === 'string' || typeof raw === 'number')) {
      const known = column.parsed.get(raw) as Parsed<T> | undefined;
      result = known ?? parser(raw);
      if (known === undefined) column.parsed.set(raw, result);
    } else {
      result = parser(raw);
    }
    if (result.ok) return result.value;
    this.add(column, column.header, `${column.header} "${cellText(raw)}" ${result.message}.`);
    return undefined;
  }

  date(column: Column | undefined): IsoDate | undefined {
    if (column === undefined) return undefined;
    const raw = this.raw(column);
    const quick = typeof raw === 'string' ? quickDate(raw, column.dayFirst) : null;
    return quick ?? this.parse(column, column.dayFirst ? parseDayFirst : parseMonthFirst);
  }

  /**
   * IDs and names must be plain text: a control character (a NUL, an escape, a line break) is
   * invisible in the window and lost or changed in an exported workbook, so a round trip would
   * change the ID. Refused with its place; true when the text is plain.
   */
  plainText(column: Column, text: string, what: string): boolean {
    const control = firstControlCharacter(text);
    if (control === null) return true;
    this.add(column, column.header,
      `${column.header} "${text}" has ${control.name} at character ${control.position}; ${what} must be plain text. Retype it in the file and import again.`);
    return false;
  }

  text(column: Column | undefined): string | undefined {
    const text = column ? parseText(this.raw(column)) : '';
    return text === '' ? undefined : text;
  }
}

const parseDayFirst = (raw: RawCell): Parsed<IsoDate> => parseDateCell(raw, true);
const parseMonthFirst = (raw: RawCell): Parsed<IsoDate> => parseDateCell(raw, false);

export function sourceOf(current: RowBeingRead, column: Column | undefined): CellSource | undefined {
  return column ? { column: column.header, value: cellText(current.raw(column)) } : undefined;
}

/** Schema issues as row errors; a value that already failed to parse is not reported twice. */
export function reportIssues(current: RowBeingRead, issues: readonly SchemaIssue[], sourceFor: (key: string) => CellSource | undefined): void {
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    const source = sourceFor(key);
    const column = source?.column ?? key;
    current.problems.push({
      file: current.file, row: current.row, column, value: source?.value ?? '', severity: 'error',
      message: valueMessage(`${column} "${source?.value ?? ''}"`, issue),
    });
  }
}
