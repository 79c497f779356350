/**
 * Turns the rows of one table into typed row records: a person's fields plus the credentials,
 * experience periods and education records the row carries, with every problem found.
 */
import type { z } from 'zod';
import { credentialInputSchema, educationInputSchema, experienceInputSchema, personFieldsSchema } from '../../shared/ipc';
import type { ColumnMatch, EducationComponent, EmploymentStatus, ImportField, ImportProblem, IsoDate } from '../../shared/types';
import { cellText } from './columns';
import { dateOrderEvidence, decideDayFirst, isAmbiguousOrder, parseDateCell, type Parsed } from './parse-dates';
import {
  parseBoolean, parseComponents, parseEmployeeId, parseEmploymentStatus, parseFte, parseNumber, parseText, splitFullName,
} from './parse-values';
import type { RawCell, RawTable } from './read-table';
import {
  allFieldsStored, isStoredCredentialField, isStoredEducationField, isStoredExperienceField, isStoredPersonField,
} from '../store/canonical-person';

export interface PersonPatch {
  firstName?: string;
  lastName?: string;
  unit?: string;
  jobTitle?: string;
  employmentStatus?: EmploymentStatus;
  hireDate?: IsoDate;
  fte?: number;
  email?: string;
  isRn?: boolean;
  hsDiploma?: boolean;
}
export type PersonKey = keyof PersonPatch;

/** Where a value came from, for messages. */
export interface CellSource {
  readonly column: string;
  readonly value: string;
}

export interface CredentialRow {
  readonly code: string;
  /** The value as written, when it is not in the catalog (it becomes a user-defined entry). */
  readonly unknownName: string | null;
  readonly number?: string;
  readonly issuer?: string;
  readonly earnedOn?: IsoDate;
  readonly expiresOn?: IsoDate;
  readonly verifiedOn?: IsoDate;
  readonly ceusEarned?: number;
  readonly source: CellSource;
}

export interface ExperienceRow {
  readonly employer?: string;
  readonly start: IsoDate;
  readonly end?: IsoDate;
  readonly directCoding?: boolean;
}

export interface EducationRow {
  readonly program: string;
  readonly completedOn?: IsoDate;
  readonly components?: readonly EducationComponent[];
  readonly cahiimAccredited?: boolean;
}

export interface RowRecord {
  readonly file: string;
  readonly row: number;
  readonly employeeId: string | null;
  readonly idSource: CellSource | null;
  /** The ID was a number in a workbook, so leading zeros may have been lost. */
  readonly idFromNumber: boolean;
  readonly person: PersonPatch;
  readonly personSources: Readonly<Partial<Record<PersonKey, CellSource>>>;
  readonly credentials: readonly CredentialRow[];
  readonly experience: readonly ExperienceRow[];
  readonly education: readonly EducationRow[];
  /** Errors and warnings of this row alone. */
  readonly problems: ImportProblem[];
}

export interface TableReading {
  readonly records: RowRecord[];
  /** File-level problems (row 0) and column notes. */
  readonly problems: ImportProblem[];
  /** True when some date column was read day first. */
  readonly dayFirst: boolean;
  /** Date columns whose day/month order only the user can settle. */
  readonly ambiguousDateColumns: readonly string[];
}

export type CredentialResolver = (value: string) => { readonly code: string; readonly known: boolean };

const DATE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'hire_date', 'earned_on', 'expires_on', 'verified_on', 'experience_start', 'experience_end', 'completed_on',
]);

const PERSON_PATCH_SCHEMA = personFieldsSchema.partial();

const PERSON_FIELD_KEYS: Readonly<Partial<Record<ImportField, PersonKey>>> = {
  first_name: 'firstName', last_name: 'lastName', unit: 'unit', job_title: 'jobTitle',
  employment_status: 'employmentStatus', hire_date: 'hireDate', fte: 'fte', email: 'email', is_rn: 'isRn', hs_diploma: 'hsDiploma',
};
const PERSON_FIELD_ENTRIES = Object.entries(PERSON_FIELD_KEYS) as readonly (readonly [ImportField, PersonKey])[];

/*
 * Most values arrive already as the store keeps them (canonical-person.ts); the schemas below run
 * only for the others, which is where their error messages come from. Checking every row of a
 * 50,000-person file with zod was a tenth of the import.
 */

interface Column {
  readonly index: number;
  readonly header: string;
  readonly field: ImportField;
  readonly group: number;
  readonly dayFirst: boolean;
  /** HR files repeat the same dates many times; each distinct value is parsed once. */
  readonly dates: Map<string | number, Parsed<IsoDate>>;
}

interface Cell {
  readonly raw: RawCell;
  readonly column: Column;
}

const isBlankCell = (cell: RawCell): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Reads every non-blank row of a table. */
export function readRows(
  table: RawTable,
  matches: readonly ColumnMatch[],
  preferDayFirst: boolean,
  resolveCredential: CredentialResolver,
): TableReading {
  const problems: ImportProblem[] = [];
  const columns: Column[] = [];
  let anyDayFirst = false;
  const ambiguousDateColumns: string[] = [];
  matches.forEach((m, index) => {
    if (m.field === null) return;
    let dayFirst = false;
    if (DATE_FIELDS.has(m.field)) {
      const evidence = dateOrderEvidence(columnCells(table, index));
      dayFirst = decideDayFirst(evidence, preferDayFirst);
      anyDayFirst ||= dayFirst;
      if (isAmbiguousOrder(evidence)) ambiguousDateColumns.push(m.header);
      if (evidence.dayFirstSeen && evidence.monthFirstSeen) {
        problems.push(fileProblem(table.file, m.header, 'warning',
          `${m.header} mixes day-first and month-first dates; it is read ${dayFirst ? 'day first' : 'month first'} and the other dates are marked as errors.`));
      }
    }
    columns.push({ index, header: m.header, field: m.field, group: m.group ?? 0, dayFirst, dates: new Map() });
  });
  if (!columns.some((c) => c.field === 'employee_id')) {
    problems.push(fileProblem(table.file, '', 'error',
      `"${table.file}" has no employee ID column, so its rows cannot be matched to people. Map one of its columns to Employee ID.`));
  }
  const records: RowRecord[] = [];
  table.rows.forEach((cells, i) => {
    if (cells.every(isBlankCell)) return;
    records.push(readRow(table.file, table.firstRowNumber + i, cells, columns, resolveCredential));
  });
  return { records, problems, dayFirst: anyDayFirst, ambiguousDateColumns };
}

function* columnCells(table: RawTable, index: number): Generator<RawCell> {
  for (const row of table.rows) yield row[index] ?? null;
}

function fileProblem(file: string, column: string, severity: ImportProblem['severity'], message: string): ImportProblem {
  return { file, row: 0, column, value: '', message, severity };
}

class RowContext {
  readonly problems: ImportProblem[] = [];
  constructor(readonly file: string, readonly row: number) {}

  add(cell: Cell | null, column: string, message: string, severity: ImportProblem['severity'] = 'error'): void {
    this.problems.push({ file: this.file, row: this.row, column, value: cell ? cellText(cell.raw) : '', message, severity });
  }

  /** Runs a parser on a cell; a failure becomes an error naming the column and value. */
  parse<T>(cell: Cell, parser: (raw: RawCell) => Parsed<T>): T | undefined {
    const result = parser(cell.raw);
    if (result.ok) return result.value;
    this.add(cell, cell.column.header, `${cell.column.header} "${cellText(cell.raw)}" ${result.message}.`);
    return undefined;
  }
}

function readRow(
  file: string,
  row: number,
  raw: readonly RawCell[],
  columns: readonly Column[],
  resolveCredential: CredentialResolver,
): RowRecord {
  const ctx = new RowContext(file, row);
  // Group 0 holds the unnumbered columns; the first non-blank cell of a field wins within a group.
  const groups = new Map<number, Map<ImportField, Cell>>();
  for (const column of columns) {
    const value = raw[column.index] ?? null;
    if (isBlankCell(value)) continue;
    let group = groups.get(column.group);
    if (!group) groups.set(column.group, (group = new Map()));
    if (!group.has(column.field)) group.set(column.field, { raw: value, column });
  }
  const base = groups.get(0) ?? new Map<ImportField, Cell>();

  let employeeId: string | null = null;
  let idSource: CellSource | null = null;
  let idFromNumber = false;
  const idCell = base.get('employee_id');
  if (idCell) {
    const parsed = ctx.parse(idCell, parseEmployeeId);
    if (parsed) {
      employeeId = parsed.id;
      idFromNumber = parsed.fromNumber;
      idSource = { column: idCell.column.header, value: parsed.id };
    }
  } else if (columns.some((c) => c.field === 'employee_id')) {
    const header = columns.find((c) => c.field === 'employee_id')?.header ?? 'Employee ID';
    ctx.add(null, header, `${header} is blank: every row needs the employee's ID.`);
  }

  const { person, sources } = readPerson(ctx, base);
  const credentials: CredentialRow[] = [];
  const experience: ExperienceRow[] = [];
  const education: EducationRow[] = [];
  for (const group of [...groups.keys()].sort((a, b) => a - b)) {
    const cells = groups.get(group);
    if (!cells) continue;
    const credential = readCredential(ctx, cells, resolveCredential);
    if (credential) credentials.push(credential);
    const period = readExperience(ctx, cells);
    if (period) experience.push(period);
    const record = readEducation(ctx, cells);
    if (record) education.push(record);
  }
  return { file, row, employeeId, idSource, idFromNumber, person, personSources: sources, credentials, experience, education, problems: ctx.problems };
}

function readPerson(ctx: RowContext, cells: ReadonlyMap<ImportField, Cell>): { person: PersonPatch; sources: Partial<Record<PersonKey, CellSource>> } {
  const person: PersonPatch = {};
  const sources: Partial<Record<PersonKey, CellSource>> = {};
  const set = <K extends PersonKey>(key: K, value: PersonPatch[K] | undefined, cell: Cell): void => {
    if (value === undefined) return;
    person[key] = value;
    sources[key] = { column: cell.column.header, value: cellText(cell.raw) };
  };
  const full = cells.get('full_name');
  if (full) {
    const name = ctx.parse(full, (raw) => splitFullName(parseText(raw)));
    if (name) {
      set('firstName', name.firstName, full);
      set('lastName', name.lastName, full);
    }
  }
  for (const [field, key] of PERSON_FIELD_ENTRIES) {
    const cell = cells.get(field);
    if (!cell) continue;
    switch (key) {
      case 'firstName': case 'lastName': case 'unit': case 'jobTitle': case 'email':
        set(key, parseText(cell.raw), cell);
        break;
      case 'employmentStatus': set(key, ctx.parse(cell, parseEmploymentStatus), cell); break;
      case 'hireDate': set(key, dateOf(ctx, cell), cell); break;
      case 'fte': set(key, ctx.parse(cell, parseFte), cell); break;
      case 'isRn': case 'hsDiploma': set(key, ctx.parse(cell, parseBoolean), cell); break;
    }
  }
  if (allFieldsStored(person, isStoredPersonField)) return { person, sources };
  const checked = PERSON_PATCH_SCHEMA.safeParse(person);
  if (!checked.success) reportIssues(ctx, checked.error.issues, (k) => sources[k as PersonKey]);
  return { person, sources };
}

function dateOf(ctx: RowContext, cell: Cell | undefined): IsoDate | undefined {
  if (!cell) return undefined;
  const { dates, dayFirst } = cell.column;
  return ctx.parse(cell, (raw) => {
    const key = raw instanceof Date ? `d${raw.getTime()}` : typeof raw === 'string' || typeof raw === 'number' ? raw : null;
    if (key === null) return parseDateCell(raw, dayFirst);
    let parsed = dates.get(key);
    if (!parsed) dates.set(key, (parsed = parseDateCell(raw, dayFirst)));
    return parsed;
  });
}

/** Dates reach the schema already proven real by `parseDateCell`, so they are not checked twice. */
const CREDENTIAL_SCHEMA = credentialInputSchema.omit({ earnedOn: true, expiresOn: true, verifiedOn: true });

function readCredential(ctx: RowContext, cells: ReadonlyMap<ImportField, Cell>, resolve: CredentialResolver): CredentialRow | null {
  const fields = ['credential', 'credential_number', 'issuer', 'earned_on', 'expires_on', 'verified_on', 'ceus_earned'] as const;
  const present = fields.filter((f) => cells.has(f));
  if (present.length === 0) return null;
  const nameCell = cells.get('credential');
  if (!nameCell) {
    const first = cells.get(present[0] ?? 'credential_number');
    const header = first?.column.header ?? '';
    ctx.add(first ?? null, header, `${header} is filled in but the credential itself is blank; fill in the credential (e.g. CCS) or clear the row's credential columns.`);
    return null;
  }
  const written = parseText(nameCell.raw);
  const resolved = resolve(written);
  const ceuCell = cells.get('ceus_earned');
  const credential = {
    code: resolved.code,
    number: textOf(cells.get('credential_number')),
    issuer: textOf(cells.get('issuer')),
    earnedOn: dateOf(ctx, cells.get('earned_on')),
    expiresOn: dateOf(ctx, cells.get('expires_on')),
    verifiedOn: dateOf(ctx, cells.get('verified_on')),
    ceusEarned: ceuCell ? ctx.parse(ceuCell, parseNumber) : undefined,
  };
  const { earnedOn: _e, expiresOn: _x, verifiedOn: _v, ...undated } = credential;
  const values = dropUndefined(undated);
  let code = values.code;
  if (!allFieldsStored(values, isStoredCredentialField)) {
    const checked = CREDENTIAL_SCHEMA.safeParse(values);
    if (!checked.success) {
      reportIssues(ctx, checked.error.issues, (k) => sourceOf(cells.get(CREDENTIAL_KEYS[k] ?? 'credential')));
      return null;
    }
    code = checked.data.code;
  }
  if (credential.expiresOn && credential.earnedOn && credential.expiresOn < credential.earnedOn) {
    const cell = cells.get('expires_on') ?? null;
    ctx.add(cell, cell?.column.header ?? '', `${cell?.column.header ?? 'Expiration date'} "${cellText(cell?.raw ?? null)}" is before the date the credential was earned (${credential.earnedOn}).`);
    return null;
  }
  return {
    ...dropUndefined(credential),
    code,
    unknownName: resolved.known ? null : written,
    source: { column: nameCell.column.header, value: written },
  } as CredentialRow;
}

const CREDENTIAL_KEYS: Readonly<Record<string, ImportField>> = {
  code: 'credential', number: 'credential_number', issuer: 'issuer', earnedOn: 'earned_on', expiresOn: 'expires_on',
  verifiedOn: 'verified_on', ceusEarned: 'ceus_earned',
};

function readExperience(ctx: RowContext, cells: ReadonlyMap<ImportField, Cell>): ExperienceRow | null {
  const fields = ['experience_start', 'experience_end', 'employer', 'direct_coding'] as const;
  const present = fields.filter((f) => cells.has(f));
  if (present.length === 0) return null;
  const startCell = cells.get('experience_start');
  if (!startCell) {
    const first = cells.get(present[0] ?? 'employer');
    const header = first?.column.header ?? '';
    ctx.add(first ?? null, header, `${header} is filled in but the experience start date is blank; a coding experience period needs a start date.`);
    return null;
  }
  const directCell = cells.get('direct_coding');
  const period = {
    employer: textOf(cells.get('employer')),
    start: dateOf(ctx, startCell),
    end: dateOf(ctx, cells.get('experience_end')),
    directCoding: directCell ? ctx.parse(directCell, parseBoolean) : undefined,
  };
  if (period.start === undefined) return null;
  const values = { ...dropUndefined(period), directCoding: period.directCoding ?? false };
  const stored = allFieldsStored(values, isStoredExperienceField) && (values.end === undefined || values.end >= period.start);
  const checked = stored ? null : experienceInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const keys: Record<string, ImportField> = { employer: 'employer', start: 'experience_start', end: 'experience_end' };
    reportIssues(ctx, checked.error.issues, (k) => sourceOf(cells.get(keys[k] ?? 'experience_start')));
    return null;
  }
  return dropUndefined(period) as ExperienceRow;
}

function readEducation(ctx: RowContext, cells: ReadonlyMap<ImportField, Cell>): EducationRow | null {
  const fields = ['program_name', 'completed_on', 'components', 'cahiim_accredited'] as const;
  const present = fields.filter((f) => cells.has(f));
  if (present.length === 0) return null;
  const programCell = cells.get('program_name');
  if (!programCell) {
    const first = cells.get(present[0] ?? 'completed_on');
    const header = first?.column.header ?? '';
    ctx.add(first ?? null, header, `${header} is filled in but the program name is blank; an education record needs the program's name.`);
    return null;
  }
  const componentsCell = cells.get('components');
  const cahiimCell = cells.get('cahiim_accredited');
  const record = {
    program: parseText(programCell.raw),
    completedOn: dateOf(ctx, cells.get('completed_on')),
    components: componentsCell ? ctx.parse(componentsCell, parseComponents) : undefined,
    cahiimAccredited: cahiimCell ? ctx.parse(cahiimCell, parseBoolean) : undefined,
  };
  const values = { ...dropUndefined(record), components: record.components ?? [] };
  const checked = allFieldsStored(values, isStoredEducationField) ? null : educationInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const keys: Record<string, ImportField> = { program: 'program_name', completedOn: 'completed_on', components: 'components' };
    reportIssues(ctx, checked.error.issues, (k) => sourceOf(cells.get(keys[k] ?? 'program_name')));
    return null;
  }
  return dropUndefined(record) as EducationRow;
}

function textOf(cell: Cell | undefined): string | undefined {
  const text = cell ? parseText(cell.raw) : '';
  return text === '' ? undefined : text;
}

function sourceOf(cell: Cell | undefined): CellSource | undefined {
  return cell ? { column: cell.column.header, value: cellText(cell.raw) } : undefined;
}

/** Schema issues as row errors; a value that already failed to parse is not reported twice. */
function reportIssues(ctx: RowContext, issues: readonly z.core.$ZodIssue[], sourceFor: (key: string) => CellSource | undefined): void {
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    const source = sourceFor(key);
    const column = source?.column ?? key;
    ctx.problems.push({
      file: ctx.file, row: ctx.row, column, value: source?.value ?? '', severity: 'error',
      message: `${column} "${source?.value ?? ''}" ${issueWords(issue)}.`,
    });
  }
}

function issueWords(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (${String(issue.maximum)} characters at most)`
        : `is too large (${String(issue.maximum)} at most)`;
    case 'too_small':
      return 'is required';
    case 'invalid_format':
      return issue.format === 'email' ? 'is not an email address' : `is not valid: ${issue.message}`;
    default:
      return `is not valid: ${issue.message}`;
  }
}

function dropUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}
