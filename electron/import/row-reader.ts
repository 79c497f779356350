/**
 * Turns the rows of one table into typed row records: a person's fields plus the credentials,
 * experience periods and education records the row carries, with every problem found.
 */
import type { z } from 'zod';
import { credentialInputSchema, educationInputSchema, experienceInputSchema, personFieldsSchema } from '../../shared/ipc';
import type { ColumnMatch, EducationComponent, EmploymentStatus, ImportField, ImportProblem, IsoDate } from '../../shared/types';
import { IMPORT_FIELDS } from '../../shared/types';
import { cellText } from './columns';
import { columnDateOrderEvidence, decideDayFirst, isAmbiguousOrder, parseDateCell, quickDate, type Parsed } from './parse-dates';
import { parseComponents, parseEmployeeId, parseFte, parseNumber, parseText, splitFullName } from './parse-values';
import { PLAIN, type ValueReaders } from './value-answers';
import { describeColumns } from './closest-field';
import type { RawCell, RawTable } from './read-table';
import { firstControlCharacter } from './readable-value';
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
  /** The name a new user-defined entry gets, when the value is not in the catalog. */
  readonly unknownName: string | null;
  /** The catalog did not know the value by itself (it was answered in the value step, or will be kept as the user's own). */
  readonly asked: boolean;
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
  /** The header of the column the ID came from; null when the row has no readable ID. */
  readonly idColumn: string | null;
  /** The ID was a number in a workbook, so leading zeros may have been lost. */
  readonly idFromNumber: boolean;
  /** The person's fields; rows that repeat the same person cells share one object. */
  readonly person: PersonPatch;
  /** The row's cells and how they are read: where a value came from is worked out only when a message needs it. */
  readonly cells: readonly RawCell[];
  readonly layout: RowLayout;
  readonly credentials: readonly CredentialRow[];
  readonly experience: readonly ExperienceRow[];
  readonly education: readonly EducationRow[];
  /** Errors and warnings of this row alone. */
  readonly problems: ImportProblem[];
  /** Reading the person's cells found no problem, so a next row with the same cells may share `person`. */
  readonly personClean: boolean;
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

/** A written credential → its code; `known` when it is in the catalog, `asked` when only a value-step answer placed it. */
export type CredentialResolver = (value: string) => {
  readonly code: string;
  readonly known: boolean;
  readonly name: string;
  readonly asked: boolean;
};

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
  /**
   * HR files repeat the same values many times (a person's row per credential, the same few
   * units, statuses and dates): each distinct value of a parsed field is parsed once.
   */
  readonly parsed: Map<string | number, Parsed<unknown>>;
}

/** The columns of one numbered group (0 = unnumbered), by field, in file order. */
interface GroupLayout {
  readonly group: number;
  readonly bySlot: readonly (readonly Column[] | undefined)[];
  readonly hasCredential: boolean;
  readonly hasExperience: boolean;
  readonly hasEducation: boolean;
}

/** How a table's columns are read: worked out once per table, shared by every row. */
export interface RowLayout {
  readonly columns: readonly Column[];
  readonly base: GroupLayout;
  /** Every group with columns, in ascending group order (the base group first when it has any). */
  readonly groups: readonly GroupLayout[];
  readonly hasIdColumn: boolean;
  readonly idHeader: string;
}

const SLOT: Readonly<Record<ImportField, number>> = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;
const CREDENTIAL_FIELDS = ['credential', 'credential_number', 'issuer', 'earned_on', 'expires_on', 'verified_on', 'ceus_earned'] as const;
const EXPERIENCE_FIELDS = ['experience_start', 'experience_end', 'employer', 'direct_coding'] as const;
const EDUCATION_FIELDS = ['program_name', 'completed_on', 'components', 'cahiim_accredited'] as const;

const isBlankCell = (cell: RawCell | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && (cell.length === 0 || cell.trim() === ''));

function groupLayout(group: number, columns: readonly Column[]): GroupLayout {
  const bySlot: Column[][] = [];
  for (const column of columns) (bySlot[SLOT[column.field]] ??= []).push(column);
  const has = (fields: readonly ImportField[]): boolean => fields.some((f) => bySlot[SLOT[f]] !== undefined);
  return {
    group,
    bySlot,
    hasCredential: has(CREDENTIAL_FIELDS),
    hasExperience: has(EXPERIENCE_FIELDS),
    hasEducation: has(EDUCATION_FIELDS),
  };
}

function rowLayout(columns: readonly Column[]): RowLayout {
  const byGroup = new Map<number, Column[]>();
  for (const column of columns) {
    let list = byGroup.get(column.group);
    if (!list) byGroup.set(column.group, (list = []));
    list.push(column);
  }
  const groups = [...byGroup.keys()].sort((a, b) => a - b).map((g) => groupLayout(g, byGroup.get(g) ?? []));
  const idColumn = columns.find((c) => c.field === 'employee_id');
  return {
    columns,
    base: groups.find((g) => g.group === 0) ?? groupLayout(0, []),
    groups,
    hasIdColumn: idColumn !== undefined,
    idHeader: idColumn?.header ?? 'Employee ID',
  };
}

/** The column that gives `field` in this row: the first non-blank one of the group. */
function pick(cells: readonly RawCell[], group: GroupLayout, field: ImportField): Column | undefined {
  const candidates = group.bySlot[SLOT[field]];
  if (candidates === undefined) return undefined;
  for (const column of candidates) if (!isBlankCell(cells[column.index])) return column;
  return undefined;
}

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

class RowContext {
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

/** A row's person fields, and whether reading them found a problem. */
interface PersonReading {
  readonly person: PersonPatch;
  readonly clean: boolean;
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
  const ctx = new RowContext(file, row, cells, values);
  const base = layout.base;

  let employeeId: string | null = null;
  let idColumn: string | null = null;
  let idFromNumber = false;
  const idCell = pick(cells, base, 'employee_id');
  if (idCell) {
    const parsed = ctx.parse(idCell, parseEmployeeId, false);
    if (parsed && ctx.plainText(idCell, parsed.id, 'an employee ID')) {
      employeeId = parsed.id;
      idFromNumber = parsed.fromNumber;
      idColumn = idCell.header;
    }
  } else if (layout.hasIdColumn) {
    ctx.add(undefined, layout.idHeader, `${layout.idHeader} is blank: every row needs the employee's ID.`);
  }

  // A long export repeats the person's columns on each of their rows: the same cells give the same fields.
  const reused = previous !== null && previous.personClean && samePersonCells(previous.cells, cells, base);
  const reading: PersonReading = reused ? { person: previous.person, clean: true } : readPerson(ctx, base);
  let credentials: CredentialRow[] | null = null;
  let experience: ExperienceRow[] | null = null;
  let education: EducationRow[] | null = null;
  for (const group of layout.groups) {
    if (group.hasCredential) {
      const credential = readCredential(ctx, group, resolveCredential);
      if (credential) (credentials ??= []).push(credential);
    }
    if (group.hasExperience) {
      const period = readExperience(ctx, group);
      if (period) (experience ??= []).push(period);
    }
    if (group.hasEducation) {
      const record = readEducation(ctx, group);
      if (record) (education ??= []).push(record);
    }
  }
  return {
    file, row, employeeId, idColumn, idFromNumber, person: reading.person, cells, layout,
    credentials: credentials ?? NO_CREDENTIALS,
    experience: experience ?? NO_EXPERIENCE,
    education: education ?? NO_EDUCATION,
    problems: ctx.problems,
    personClean: reading.clean,
  };
}

/** True when every person column holds the same value in both rows. */
function samePersonCells(a: readonly RawCell[], b: readonly RawCell[], base: GroupLayout): boolean {
  for (const slot of PERSON_SLOTS) {
    const columns = base.bySlot[slot];
    if (columns === undefined) continue;
    for (const column of columns) {
      const x = a[column.index] ?? null;
      const y = b[column.index] ?? null;
      if (x !== y && !(x instanceof Date && y instanceof Date && x.getTime() === y.getTime())) return false;
    }
  }
  return true;
}

const PERSON_SLOTS: readonly number[] = ['full_name', ...Object.keys(PERSON_FIELD_KEYS)].map((f) => SLOT[f as ImportField]);

/** The column a person field's value came from in this record, for messages; undefined when it has none. */
export function personSource(record: RowRecord, key: PersonKey): CellSource | undefined {
  return sourceOfPersonField(record.cells, record.layout.base, record.person, key);
}

/** The person field's person key → import field, for finding where a value came from. */
const PERSON_KEY_FIELDS = new Map<PersonKey, ImportField>(PERSON_FIELD_ENTRIES.map(([field, key]) => [key, field]));

function sourceOfPersonField(cells: readonly RawCell[], base: GroupLayout, person: PersonPatch, key: PersonKey): CellSource | undefined {
  if (person[key] === undefined) return undefined;
  const field = PERSON_KEY_FIELDS.get(key);
  const own = field === undefined ? undefined : pick(cells, base, field);
  // A first or last name without its own column came from the full name.
  const column = own ?? (key === 'firstName' || key === 'lastName' ? pick(cells, base, 'full_name') : undefined);
  return column ? { column: column.header, value: cellText(cells[column.index] ?? null) } : undefined;
}

function readPerson(ctx: RowContext, base: GroupLayout): PersonReading {
  const person: PersonPatch = {};
  const problemsBefore = ctx.problems.length;
  const full = pick(ctx.cells, base, 'full_name');
  if (full && ctx.plainText(full, parseText(ctx.raw(full)), 'a name')) {
    const name = ctx.parse(full, parseFullName);
    if (name) {
      person.firstName = name.firstName;
      person.lastName = name.lastName;
    }
  }
  for (const [field, key] of PERSON_FIELD_ENTRIES) {
    const cell = pick(ctx.cells, base, field);
    if (!cell) continue;
    switch (key) {
      case 'firstName': case 'lastName': {
        const name = parseText(ctx.raw(cell));
        if (ctx.plainText(cell, name, 'a name')) person[key] = name;
        break;
      }
      case 'unit': case 'jobTitle': case 'email':
        person[key] = parseText(ctx.raw(cell));
        break;
      case 'employmentStatus': setDefined(person, key, ctx.parse(cell, ctx.values.status)); break;
      case 'hireDate': setDefined(person, key, ctx.date(cell)); break;
      case 'fte': setDefined(person, key, ctx.parse(cell, parseFte)); break;
      case 'isRn': case 'hsDiploma': setDefined(person, key, ctx.parse(cell, ctx.values.yesNo)); break;
    }
  }
  if (!allFieldsStored(person, isStoredPersonField)) {
    const checked = PERSON_PATCH_SCHEMA.safeParse(person);
    if (!checked.success) {
      reportIssues(ctx, checked.error.issues, (k) => sourceOfPersonField(ctx.cells, base, person, k as PersonKey));
    }
  }
  return { person, clean: ctx.problems.length === problemsBefore };
}

function setDefined<K extends PersonKey>(person: PersonPatch, key: K, value: PersonPatch[K] | undefined): void {
  if (value !== undefined) person[key] = value;
}

const parseFullName = (raw: RawCell): Parsed<{ firstName: string; lastName: string }> => splitFullName(parseText(raw));

/** Dates reach the schema already proven real by `parseDateCell`, so they are not checked twice. */
const CREDENTIAL_SCHEMA = credentialInputSchema.omit({ earnedOn: true, expiresOn: true, verifiedOn: true });

function firstPresent(ctx: RowContext, group: GroupLayout, fields: readonly ImportField[]): Column | undefined {
  for (const field of fields) {
    const column = pick(ctx.cells, group, field);
    if (column) return column;
  }
  return undefined;
}

function readCredential(ctx: RowContext, group: GroupLayout, resolve: CredentialResolver): CredentialRow | null {
  const nameCell = pick(ctx.cells, group, 'credential');
  if (!nameCell) {
    const first = firstPresent(ctx, group, CREDENTIAL_FIELDS);
    if (!first) return null;
    ctx.add(first, first.header, `${first.header} is filled in but the credential itself is blank; fill in the credential (e.g. CCS) or clear the row's credential columns.`);
    return null;
  }
  const written = parseText(ctx.raw(nameCell));
  const resolved = resolve(written);
  const numberCell = pick(ctx.cells, group, 'credential_number');
  const issuerCell = pick(ctx.cells, group, 'issuer');
  const expiresCell = pick(ctx.cells, group, 'expires_on');
  const ceuCell = pick(ctx.cells, group, 'ceus_earned');
  const number = ctx.text(numberCell);
  const issuer = ctx.text(issuerCell);
  const earnedOn = ctx.date(pick(ctx.cells, group, 'earned_on'));
  const expiresOn = ctx.date(expiresCell);
  const verifiedOn = ctx.date(pick(ctx.cells, group, 'verified_on'));
  const ceusEarned = ceuCell ? ctx.parse(ceuCell, parseNumber) : undefined;
  let code = resolved.code;
  const stored = isStoredCredentialField('code', code)
    && (number === undefined || isStoredCredentialField('number', number))
    && (issuer === undefined || isStoredCredentialField('issuer', issuer))
    && (ceusEarned === undefined || isStoredCredentialField('ceusEarned', ceusEarned));
  if (!stored) {
    const checked = CREDENTIAL_SCHEMA.safeParse(dropUndefined({ code, number, issuer, ceusEarned }));
    if (!checked.success) {
      const cellFor: Readonly<Record<string, Column | undefined>> = { code: nameCell, number: numberCell, issuer: issuerCell, ceusEarned: ceuCell };
      reportIssues(ctx, checked.error.issues, (k) => sourceOf(ctx, cellFor[k] ?? nameCell));
      return null;
    }
    code = checked.data.code;
  }
  if (expiresOn && earnedOn && expiresOn < earnedOn) {
    const header = expiresCell?.header ?? '';
    ctx.add(expiresCell, header, `${expiresCell?.header ?? 'Expiration date'} "${cellText(expiresCell ? ctx.raw(expiresCell) : null)}" is before the date the credential was earned (${earnedOn}).`);
    return null;
  }
  const credential: Mutable<CredentialRow> = {
    code, unknownName: resolved.known ? null : resolved.name, asked: resolved.asked, source: { column: nameCell.header, value: written },
  };
  if (number !== undefined) credential.number = number;
  if (issuer !== undefined) credential.issuer = issuer;
  if (earnedOn !== undefined) credential.earnedOn = earnedOn;
  if (expiresOn !== undefined) credential.expiresOn = expiresOn;
  if (verifiedOn !== undefined) credential.verifiedOn = verifiedOn;
  if (ceusEarned !== undefined) credential.ceusEarned = ceusEarned;
  return credential;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readExperience(ctx: RowContext, group: GroupLayout): ExperienceRow | null {
  const startCell = pick(ctx.cells, group, 'experience_start');
  if (!startCell) {
    const first = firstPresent(ctx, group, EXPERIENCE_FIELDS);
    if (!first) return null;
    ctx.add(first, first.header, `${first.header} is filled in but the experience start date is blank; a coding experience period needs a start date.`);
    return null;
  }
  const employerCell = pick(ctx.cells, group, 'employer');
  const endCell = pick(ctx.cells, group, 'experience_end');
  const directCell = pick(ctx.cells, group, 'direct_coding');
  const period = {
    employer: ctx.text(employerCell),
    start: ctx.date(startCell),
    end: ctx.date(endCell),
    directCoding: directCell ? ctx.parse(directCell, ctx.values.yesNo) : undefined,
  };
  if (period.start === undefined) return null;
  const values = { ...dropUndefined(period), directCoding: period.directCoding ?? false };
  const stored = allFieldsStored(values, isStoredExperienceField) && (values.end === undefined || values.end >= period.start);
  const checked = stored ? null : experienceInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const cellFor: Readonly<Record<string, Column | undefined>> = { employer: employerCell, start: startCell, end: endCell };
    reportIssues(ctx, checked.error.issues, (k) => sourceOf(ctx, cellFor[k] ?? startCell));
    return null;
  }
  return dropUndefined(period) as ExperienceRow;
}

function readEducation(ctx: RowContext, group: GroupLayout): EducationRow | null {
  const programCell = pick(ctx.cells, group, 'program_name');
  if (!programCell) {
    const first = firstPresent(ctx, group, EDUCATION_FIELDS);
    if (!first) return null;
    ctx.add(first, first.header, `${first.header} is filled in but the program name is blank; an education record needs the program's name.`);
    return null;
  }
  const completedCell = pick(ctx.cells, group, 'completed_on');
  const componentsCell = pick(ctx.cells, group, 'components');
  const cahiimCell = pick(ctx.cells, group, 'cahiim_accredited');
  const record = {
    program: parseText(ctx.raw(programCell)),
    completedOn: ctx.date(completedCell),
    components: componentsCell ? ctx.parse(componentsCell, parseComponents, false) : undefined,
    cahiimAccredited: cahiimCell ? ctx.parse(cahiimCell, ctx.values.yesNo) : undefined,
  };
  const values = { ...dropUndefined(record), components: record.components ?? [] };
  const checked = allFieldsStored(values, isStoredEducationField) ? null : educationInputSchema.safeParse(values);
  if (checked && !checked.success) {
    const cellFor: Readonly<Record<string, Column | undefined>> = { program: programCell, completedOn: completedCell, components: componentsCell };
    reportIssues(ctx, checked.error.issues, (k) => sourceOf(ctx, cellFor[k] ?? programCell));
    return null;
  }
  return dropUndefined(record) as EducationRow;
}

function sourceOf(ctx: RowContext, column: Column | undefined): CellSource | undefined {
  return column ? { column: column.header, value: cellText(ctx.raw(column)) } : undefined;
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
