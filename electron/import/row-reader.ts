/**
 * Turns the rows of one table into typed row records: a person's fields plus the credentials,
 * experience periods and education records the row carries, with every problem found.
 */
import type { ColumnMatch, ImportField, ImportProblem } from '../../shared/types';
import { columnDateOrderEvidence, decideDayFirst, isAmbiguousOrder } from './parse-dates';
import { parseEmployeeId } from './parse-values';
import { PLAIN, type ValueReaders } from './value-answers';
import { describeColumns } from './closest-field';
import type { RawCell, RawTable } from './read-table';
import { isBlankCell, pick, rowLayout, type Column, type RowLayout } from './row-layout';
import { RowBeingRead } from './row-being-read';
import { readPerson, samePersonCells, type PersonReading } from './person-reader';
import { readCredential, readEducation, readExperience } from './record-readers';
import type { CredentialResolver, CredentialRow, EducationRow, ExperienceRow, RowRecord, TableReading } from './row-records';

export type {
  CellSource, CredentialResolver, CredentialRow, EducationRow, ExperienceRow, PersonKey, PersonPatch, RowRecord, TableReading,
} from './row-records';
export type { RowLayout } from './row-layout';
export { personSource } from './person-reader';

const DATE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'hire_date', 'earned_on', 'expires_on', 'verified_on', 'experience_start', 'experience_end', 'completed_on',
]);

/** Reads every non-blank row of a table. */
export function readRows(
  table: RawTable,
  matches: readonly ColumnMatch[],
  preferDayFirst: boolean,
  resolveCredential: CredentialResolver,
  values: ValueReaders = PLAIN,
): TableReading {
  const problems: ImportProblem[] = [];
  const columns: Column[] = [];
  let anyDayFirst = false;
  const ambiguousDateColumns: string[] = [];
  matches.forEach((m, index) => {
    if (m.field === null) return;
    let dayFirst = false;
    if (DATE_FIELDS.has(m.field)) {
      const evidence = columnDateOrderEvidence(table.rows, index);
      dayFirst = decideDayFirst(evidence, preferDayFirst);
      anyDayFirst ||= dayFirst;
      if (isAmbiguousOrder(evidence)) ambiguousDateColumns.push(m.header);
      if (evidence.dayFirstSeen && evidence.monthFirstSeen) {
        problems.push(fileProblem(table.file, m.header, 'warning',
          `${m.header} mixes day-first and month-first dates; it is read ${dayFirst ? 'day first' : 'month first'} and the other dates are marked as errors.`));
      }
    }
    columns.push({ index, header: m.header, field: m.field, group: m.group ?? 0, dayFirst, parsed: new Map() });
  });
  const layout = rowLayout(columns);
  if (!layout.hasIdColumn) {
    problems.push({
      ...fileProblem(table.file, '', 'error',
        `"${table.file}" has no employee ID column, so its rows cannot be matched to people. Its columns: ${describeColumns(matches)}. Map the column that holds the employee ID to Employee ID.`),
      commandLine: '--map "COLUMN=employee_id"',
    });
  }
  const records: RowRecord[] = [];
  let previous: RowRecord | null = null;
  for (let i = 0; i < table.rows.length; i += 1) {
    const cells = table.rows[i] ?? [];
    if (cells.every(isBlankCell)) continue;
    previous = readRow(table.file, table.firstRowNumber + i, cells, layout, resolveCredential, values, previous);
    records.push(previous);
  }
  return { records, problems, dayFirst: anyDayFirst, ambiguousDateColumns };
}

function fileProblem(file: string, column: string, severity: ImportProblem['severity'], message: string): ImportProblem {
  return { file, row: 0, column, value: '', message, severity };
}

/** Shared by every row that has none of a kind of record; never written to. */
const NO_CREDENTIALS: readonly CredentialRow[] = Object.freeze([]);
const NO_EXPERIENCE: readonly ExperienceRow[] = Object.freeze([]);
const NO_EDUCATION: readonly EducationRow[] = Object.freeze([]);

function readRow(
  file: string,
  row: number,
  cells: readonly RawCell[],
  layout: RowLayout,
  resolveCredential: CredentialResolver,
  values: ValueReaders,
  previous: RowRecord | null,
): RowRecord {
  const current = new RowBeingRead(file, row, cells, values);
  const base = layout.base;

  let employeeId: string | null = null;
  let idColumn: string | null = null;
  let idFromNumber = false;
  const idCell = pick(cells, base, 'employee_id');
  if (idCell) {
    const parsed = current.parse(idCell, parseEmployeeId, false);
    if (parsed && current.plainText(idCell, parsed.id, 'an employee ID')) {
      employeeId = parsed.id;
      idFromNumber = parsed.fromNumber;
      idColumn = idCell.header;
    }
  } else if (layout.hasIdColumn) {
    current.add(undefined, layout.idHeader, `${layout.idHeader} is blank: every row needs the employee's ID.`);
  }

  // A long export repeats the person's columns on each of their rows: the same cells give the same fields.
  const reused = previous !== null && previous.personClean && samePersonCells(previous.cells, cells, base);
  const reading: PersonReading = reused ? { person: previous.person, clean: true } : readPerson(current, base);
  let credentials: CredentialRow[] | null = null;
  let experience: ExperienceRow[] | null = null;
  let education: EducationRow[] | null = null;
  for (const group of layout.groups) {
    if (group.hasCredential) {
      const credential = readCredential(current, group, resolveCredential);
      if (credential) (credentials ??= []).push(credential);
    }
    if (group.hasExperience) {
      const period = readExperience(current, group);
      if (period) (experience ??= []).push(period);
    }
    if (group.hasEducation) {
      const record = readEducation(current, group);
      if (record) (education ??= []).push(record);
    }
  }
  return {
    file, row, employeeId, idColumn, idFromNumber, person: reading.person, cells, layout,
    credentials: credentials ?? NO_CREDENTIALS,
    experience: experience ?? NO_EXPERIENCE,
    education: education ?? NO_EDUCATION,
    problems: current.problems,
    personClean: reading.clean,
  };
}
