import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportProgress } from '../../shared/view-models';
import { catalogIndex, mergeCatalog, normaliseCredentialKey } from '../../shared/catalog';
import type {
  ColumnMatch, CredentialDefinition, ImportFileSummary, ImportOptions, ImportPreview, ImportProblem, Person, RosterData,
} from '../../shared/types';
import { matchColumns } from './columns';
import {
  applyPersonPatch, canonical, draftOf, newDraft, personOf, samePlainData, upsertCredential, upsertEducation, upsertExperience, type PersonDraft,
} from './merge';
import { encodingLabel, UNREADABLE } from './decode-text';
import type { RawTable } from './read-table';
import { readableValue } from './readable-value';
import { readImportTables } from './app-workbook';
import { readCredentialCell, valueKey } from './credential-cell';
import { answersInUse, valueReaders, ValueQuestions } from './value-answers';
import { unmappedRecordProblems } from './unmapped-records';
import { MAX_PREVIEW_CHANGES, previewChanges } from './preview-changes';
import { personSource, readRows, type CredentialResolver, type PersonKey, type PersonPatch, type RowRecord } from './row-reader';

export interface ImportPlan {
  readonly preview: ImportPreview;
  /** The roster after applying the rows that are valid (or all rows when none is invalid). */
  readonly next: RosterData;
}
import { diplomaNotice } from './diploma-notice';
import { warnFutureDates } from './future-dates';

const PROGRESS_EVERY = 1000;
const SAMPLE_ROWS = 200;

/** Plans an import of tables already read: what would change, and every problem found. Nothing is written. */
export function planImportFromTables(
  roster: RosterData,
  tables: readonly RawTable[],
  options: ImportOptions,
  newId: () => string = randomUUID,
): ImportPlan {
  return buildPlan(roster, tables, options, newId, undefined);
}

/**
 * The plan last made for each roster, by files and options. The window (and the CLI) previews an
 * import and then commits it: on a large file planning is most of the work, so when
 * neither the roster nor the files changed in between, the commit takes the preview's plan.
 * A roster object is replaced on every save, so a stale entry can never match, and it goes with
 * the roster it was made for.
 */
const lastPlans = new WeakMap<RosterData, { readonly key: string; readonly plan: ImportPlan }>();

/** Names the files as they are now (size and modification time) and the options; null when a file cannot be read. */
function planKey(files: readonly string[], options: ImportOptions): string | null {
  try {
    const stamps = files.map((file) => {
      const stat = fs.statSync(file);
      return [path.resolve(file), stat.size, stat.mtimeMs];
    });
    return JSON.stringify([stamps, canonical(options)]);
  } catch {
    return null; // readTable reports the missing or unreadable file
  }
}

/** Reads the files, then plans the import (see `planImportFromTables`). */
export async function planImport(
  roster: RosterData,
  files: readonly string[],
  options: ImportOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportPlan> {
  const key = planKey(files, options);
  const last = lastPlans.get(roster);
  if (key !== null && last?.key === key) {
    onProgress?.({ phase: 'reading', done: files.length, total: files.length });
    onProgress?.({ phase: 'done', done: 1, total: 1 });
    return last.plan;
  }
  const plan = await readAndPlan(roster, files, options, onProgress);
  if (key !== null) lastPlans.set(roster, { key, plan });
  return plan;
}

async function readAndPlan(
  roster: RosterData,
  files: readonly string[],
  options: ImportOptions,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportPlan> {
  const tables: RawTable[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.({ phase: 'reading', done: i, total: files.length });
    tables.push(...(await readImportTables(file, options.sheet)));
  }
  onProgress?.({ phase: 'reading', done: files.length, total: files.length });
  const plan = buildPlan(roster, tables, options, randomUUID, onProgress);
  onProgress?.({ phase: 'done', done: 1, total: 1 });
  return plan;
}

function buildPlan(
  roster: RosterData,
  tables: readonly RawTable[],
  options: ImportOptions,
  newId: () => string,
  onProgress: ((p: ImportProgress) => void) | undefined,
): ImportPlan {
  const existing = new Map<string, Person>(roster.people.map((p) => [p.employeeId, p]));
  const answers = answersInUse(roster.settings.importValueMappings, options.valueMappings);
  const catalog = catalogIndex(mergeCatalog(roster.customCredentials));
  const resolve = credentialResolver(catalog, answers.credential ?? {});
  const readers = valueReaders(answers);
  const questions = new ValueQuestions(answers);
  const fileProblems: ImportProblem[] = [];
  const summaries: ImportFileSummary[] = [];
  const records: RowRecord[] = [];
  const blockedFiles = new Set<string>();
  /** Files with experience periods but no column saying whether the work was direct coding. */
  const noDirectCodingColumn = new Set<string>();

  const totalRows = tables.reduce((n, t) => n + t.rows.length, 0);
  let seenRows = 0;
  for (const table of tables) {
    const columns = matchColumns(table.headers, options.mapping, table.rows.slice(0, SAMPLE_ROWS));
    const reading = readRows(table, columns, options.dayFirst === true, resolve, readers);
    if (options.today !== undefined) warnFutureDates(reading.records, columns, options.today);
    const problems = [...reading.problems, ...unmappedRecordProblems(table.file, columns, options.mapping, table.rows)];
    fileProblems.push(...problems, ...encodingProblems(table, reading.records));
    if (problems.some((p) => p.severity === 'error')) blockedFiles.add(table.file);
    const periods = askQuestions(questions, columns, reading.records);
    for (const record of reading.records) records.push(record);
    const lacksDirectCoding = columns.some((c) => c.field === 'experience_start') && !columns.some((c) => c.field === 'direct_coding');
    // Said by each surface from the summary: the window asks, the command line prints a line.
    if (lacksDirectCoding && periods > 0) noDirectCodingColumn.add(table.file);
    summaries.push({
      file: table.file,
      rows: reading.records.length,
      columns,
      dayFirst: reading.dayFirst,
      ambiguousDateColumns: reading.ambiguousDateColumns,
      periodsWithoutDirectCoding: lacksDirectCoding ? periods : 0,
    });
    if (reading.records.length === 0 && !blockedFiles.has(table.file)) {
      fileProblems.push({ file: table.file, row: 0, column: '', value: '', severity: 'warning', message: `"${table.file}" has a header row but no data rows.` });
    }
    seenRows += table.rows.length;
    onProgress?.({ phase: 'validating', done: seenRows, total: totalRows });
  }

  checkNumericIds(records, existing);
  checkConflicts(records);
  checkNewPeopleHaveNames(records, existing);

  const drafts = new Map<string, PersonDraft>();
  const unknownCodes = new Map<string, CredentialDefinition>();
  let invalidRows = 0;
  // Consecutive rows of one person (a long export) usually share their patch: applied once.
  let lastDraft: PersonDraft | null = null;
  let lastId: string | null = null;
  let lastPatch: RowRecord['person'] | null = null;
  records.forEach((record, i) => {
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress?.({ phase: 'validating', done: i + 1, total: records.length });
    if (blockedFiles.has(record.file) || hasError(record) || record.employeeId === null) {
      invalidRows += 1;
      return;
    }
    const id = record.employeeId;
    let draft = id === lastId ? lastDraft : drafts.get(id);
    if (!draft) {
      const original = existing.get(id);
      draft = original ? draftOf(original) : newDraft(id);
      drafts.set(id, draft);
    }
    if (draft !== lastDraft || record.person !== lastPatch) applyPersonPatch(draft, record.person);
    lastDraft = draft;
    lastId = id;
    lastPatch = record.person;
    for (const credential of record.credentials) {
      upsertCredential(draft, credential, newId);
      if (credential.unknownName !== null && !unknownCodes.has(credential.code)) {
        unknownCodes.set(credential.code, {
          code: credential.code,
          name: credential.unknownName,
          body: credential.issuer ?? 'Unknown',
          coding: false,
          difAccepted: false,
          userDefined: true,
        });
        record.problems.push({
          file: record.file, row: record.row, column: credential.source.column, value: credential.source.value, severity: 'warning',
          message: `"${credential.source.value}" is not in the credential catalog; it will be added as a user-defined credential ${credential.code} (not counted as a coding credential or for the DIF until you change it in the catalog).`,
        });
      }
    }
    const assumed = noDirectCodingColumn.has(record.file) ? (options.directCoding ?? true) : false;
    for (const period of record.experience) {
      const added = upsertExperience(draft, period, newId, assumed);
      if (added && period.directCoding === undefined && !noDirectCodingColumn.has(record.file)) {
        record.problems.push({
          file: record.file, row: record.row, column: '', value: '', severity: 'warning',
          message: 'Direct coding is not given, so this experience period is recorded as not directly applying codes (it will not count toward CCS eligibility until you change it).',
        });
      }
    }
    for (const education of record.education) upsertEducation(draft, education, newId);
  });

  let toCreate = 0;
  let toUpdate = 0;
  let unchanged = 0;
  const changed = new Map<string, Person>();
  const updated: { before: Person; after: Person }[] = [];
  // Drafts are in order of first appearance, so new people come out in file order.
  const created: Person[] = [];
  for (const [id, draft] of drafts) {
    const person = personOf(draft);
    const original = existing.get(id);
    if (!original) {
      toCreate += 1;
      created.push(person);
    } else if (samePlainData(original, person)) {
      unchanged += 1;
    } else {
      toUpdate += 1;
      changed.set(id, person);
      if (updated.length < MAX_PREVIEW_CHANGES) updated.push({ before: original, after: person });
    }
  }

  const people = changed.size === 0 ? [...roster.people] : roster.people.map((p) => changed.get(p.employeeId) ?? p);
  for (const person of created) people.push(person);
  const newDefinitions = [...unknownCodes.values()];
  const next: RosterData = {
    ...roster,
    people,
    customCredentials: newDefinitions.length > 0 ? [...roster.customCredentials, ...newDefinitions] : roster.customCredentials,
  };

  const diploma = diplomaNotice(next, summaries);
  if (diploma !== null) fileProblems.push(diploma);
  const problems = [...fileProblems, ...records.flatMap((r) => r.problems)].map(readableProblem);
  const errors = problems.filter((p) => p.severity === 'error');
  const listed = previewChanges(created.slice(0, MAX_PREVIEW_CHANGES), updated);
  const preview: ImportPreview = {
    files: summaries,
    changes: listed.changes,
    changesLeftOut: toCreate + toUpdate - listed.changes.length,
    toCreate,
    toUpdate,
    unchanged,
    invalidRows,
    problems,
    newCredentialCodes: newDefinitions.map((d) => d.code),
    valueQuestions: questions.list(),
    canCommit: blockedFiles.size === 0 && (errors.length === 0 || options.skipInvalid === true),
  };
  return { preview, next };
}

/**
 * What the file's text encoding means for the import: a guessed encoding is always said (a
 * warning), and each row with bytes that could not be read is refused, naming the first cell
 * that shows it, so garbled accents never reach the roster. Those errors go on the rows'
 * records, so skipping invalid rows leaves them out. A damaged header row blocks the file.
 */
function encodingProblems(table: RawTable, records: readonly RowRecord[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (table.encoding?.fallback === true) {
    problems.push({
      file: table.file, row: 0, column: '', value: '', severity: 'warning',
      message: `"${table.file}" is not UTF-8 text, so it was read as ${encodingLabel(table.encoding.name)}. Check that accented names (José, Núñez) look right below; if they do not, save the file as "CSV UTF-8" and import that.`,
    });
  }
  const unreadable = table.unreadableRows ?? [];
  if (unreadable.length === 0) return problems;
  const byRow = new Map(records.map((r) => [r.row, r]));
  const encoding = encodingLabel(table.encoding?.name ?? 'utf-8');
  for (const row of unreadable) {
    if (row < table.firstRowNumber) {
      problems.push({
        file: table.file, row: 0, column: '', value: '', severity: 'error',
        message: `The header row (row ${row}) of "${table.file}" has characters that are not ${encoding} text, so its columns cannot be read safely. Save the file again as "CSV UTF-8" and import that.`,
      });
      continue;
    }
    const record = byRow.get(row);
    if (record === undefined) continue;
    const index = record.cells.findIndex((cell) => typeof cell === 'string' && cell.includes(UNREADABLE));
    const cell = record.cells[index];
    record.problems.push({
      file: table.file, row, column: table.headers[index] ?? '', value: typeof cell === 'string' ? cell : '', severity: 'error',
      message: `Row ${row} is not ${encoding} text like the rest of "${table.file}" (it was saved in another encoding, so its accented letters would be garbled): it cannot be read. Retype the row, or save the file again as "CSV UTF-8", and import again.`,
    });
  }
  return problems;
}

/**
 * A problem as it may be shown: its value cut to a readable length with the full length said,
 * and control characters made visible, in the value and wherever the message quotes it.
 */
function readableProblem(problem: ImportProblem): ImportProblem {
  const value = readableValue(problem.value);
  if (value === problem.value) return problem;
  return { ...problem, value, message: problem.message.split(problem.value).join(value) };
}

/**
 * Looks values up once each: a value-step answer first, then the catalog (codes, names, "Name
 * (CODE)", "CODE, BODY", marks); an unknown value gets a user-defined code and keeps its name.
 */
function credentialResolver(catalog: ReadonlyMap<string, CredentialDefinition>, answers: Readonly<Record<string, string>>): CredentialResolver {
  // By the text as written (a file repeats a few spellings).
  const byText = new Map<string, ReturnType<CredentialResolver>>();
  return (value) => {
    const seen = byText.get(value);
    if (seen) return seen;
    const reading = readCredentialCell(value, catalog);
    let hit: ReturnType<CredentialResolver> = { ...reading, asked: !reading.known };
    if (!reading.known) {
      const key = valueKey(value);
      const answer = key !== '' && Object.hasOwn(answers, key) ? answers[key] : undefined;
      const def = answer ? catalog.get(normaliseCredentialKey(answer)) : undefined;
      if (def) hit = { code: def.code, known: true, name: def.name, asked: true };
    }
    byText.set(value, hit);
    return hit;
  };
}

/** Counts the values the value step asks about; returns how many experience periods the rows carry. */
function askQuestions(questions: ValueQuestions, columns: readonly ColumnMatch[], records: readonly RowRecord[]): number {
  const asked = ValueQuestions.askedColumns(columns);
  let periods = 0;
  for (const record of records) {
    for (const column of asked) questions.cell(column.kind, column.header, record.cells[column.index] ?? null);
    for (const credential of record.credentials) {
      if (credential.asked) questions.credential(credential.source.column, credential.source.value);
    }
    periods += record.experience.length;
  }
  return periods;
}

/**
 * A workbook that stores IDs as numbers has lost their leading zeros. When the shortened ID is
 * not on the roster but a zero-padded one is, importing would create a duplicate person: refuse
 * that row. Otherwise say once per file what happened.
 */
function checkNumericIds(records: readonly RowRecord[], existing: ReadonlyMap<string, Person>): void {
  // Only workbooks give numeric IDs; a CSV never needs the roster's IDs without their zeros.
  if (!records.some((r) => r.idFromNumber)) return;
  const unpadded = new Map<string, string>();
  for (const id of existing.keys()) {
    const stripped = id.replace(/^0+(?=\d)/, '');
    if (stripped !== id && /^\d+$/.test(id)) unpadded.set(stripped, id);
  }
  const warned = new Set<string>();
  for (const record of records) {
    if (!record.idFromNumber || record.employeeId === null) continue;
    const column = record.idColumn ?? 'Employee ID';
    const padded = existing.has(record.employeeId) ? undefined : unpadded.get(record.employeeId);
    if (padded !== undefined) {
      record.problems.push({
        file: record.file, row: record.row, column, value: record.employeeId, severity: 'error',
        message: `${column} ${record.employeeId} is a number in the workbook and looks like employee ${padded} with its leading zeros lost. Format the ID column as Text in Excel and export again, or correct the ID.`,
      });
    } else if (!warned.has(record.file)) {
      warned.add(record.file);
      record.problems.push({
        file: record.file, row: record.row, column, value: record.employeeId, severity: 'warning',
        message: `${column} is stored as numbers in this workbook, so any leading zeros were dropped by Excel (016613 becomes 16613). IDs are imported as shown; if yours have leading zeros, format the column as Text and export again.`,
      });
    }
  }
}

/** The rows of one person in one file that carried the same person cells (one shared patch). */
interface PatchRun {
  readonly patch: PersonPatch;
  last: RowRecord;
}

/** What checkConflicts knows of one person in one file. */
interface ConflictState {
  /** The latest run of rows with the same cells. */
  run: PatchRun;
  /**
   * Which run last gave each field; null while the person has had one run only (most people), so
   * no field needs comparing yet and no map is built.
   */
  setBy: Map<PersonKey, PatchRun> | null;
}

/** The same person with different values in one file: a warning on the later row, whose value wins. */
function checkConflicts(records: readonly RowRecord[]): void {
  // By file, then by ID: one map per file read, rather than a joined key made per person.
  const byFile = new Map<string, Map<string, ConflictState>>();
  let lastFile: string | null = null;
  let people = new Map<string, ConflictState>();
  let lastRun: PatchRun | null = null;
  for (const record of records) {
    if (record.employeeId === null) continue;
    // The common case, the next row of the same person with the same cells, needs no lookup.
    const previous = lastRun?.last;
    if (lastRun !== null && previous !== undefined && previous.person === record.person
      && previous.employeeId === record.employeeId && previous.file === record.file) {
      lastRun.last = record;
      continue;
    }
    if (record.file !== lastFile) {
      lastFile = record.file;
      let forFile = byFile.get(record.file);
      if (!forFile) byFile.set(record.file, (forFile = new Map()));
      people = forFile;
    }
    const state = people.get(record.employeeId);
    // Rows that repeat the person's cells share their patch: nothing new to compare.
    if (state !== undefined && state.run.patch === record.person) {
      state.run.last = record;
      lastRun = state.run;
      continue;
    }
    const run: PatchRun = { patch: record.person, last: record };
    lastRun = run;
    if (state === undefined) {
      people.set(record.employeeId, { run, setBy: null });
      continue;
    }
    const setBy = state.setBy ?? fieldsSetBy(state.run);
    state.setBy = setBy;
    state.run = run;
    for (const field in record.person) {
      const value = record.person[field as PersonKey];
      if (value === undefined) continue;
      const before = setBy.get(field as PersonKey);
      if (before !== undefined && before.patch[field as PersonKey] !== value) {
        const source = personSource(record, field as PersonKey);
        const earlier = personSource(before.last, field as PersonKey);
        record.problems.push({
          file: record.file, row: record.row, column: source?.column ?? field, value: source?.value ?? '', severity: 'warning',
          message: `Employee ${record.employeeId} has ${source?.column ?? field} "${source?.value ?? ''}" here but "${readableValue(earlier?.value ?? '')}" on row ${before.last.row}; the later row wins.`,
        });
      }
      setBy.set(field as PersonKey, run);
    }
  }
}

/** Each field a person's first run gave, set by that run. */
function fieldsSetBy(run: PatchRun): Map<PersonKey, PatchRun> {
  const setBy = new Map<PersonKey, PatchRun>();
  for (const field in run.patch) if (run.patch[field as PersonKey] !== undefined) setBy.set(field as PersonKey, run);
  return setBy;
}

const hasError = (record: RowRecord): boolean => {
  for (const problem of record.problems) if (problem.severity === 'error') return true;
  return false;
};

/** A person not yet on the roster needs a first and last name from some valid row. */
function checkNewPeopleHaveNames(records: readonly RowRecord[], existing: ReadonlyMap<string, Person>): void {
  // Bit 1: some valid row gives a first name; bit 2: a last name.
  const named = new Map<string, number>();
  const checked: (RowRecord & { employeeId: string })[] = [];
  // A person's rows are usually consecutive: the map is touched once per run of rows.
  let runId: string | null = null;
  let runState = 0;
  for (const record of records) {
    const id = record.employeeId;
    if (id === null || hasError(record) || (id !== runId && existing.has(id))) continue;
    checked.push(record as RowRecord & { employeeId: string });
    if (id !== runId) {
      if (runId !== null) named.set(runId, runState);
      runId = id;
      runState = named.get(id) ?? 0;
    }
    runState |= (record.person.firstName ? 1 : 0) | (record.person.lastName ? 2 : 0);
  }
  if (runId !== null) named.set(runId, runState);
  let someUnnamed = false;
  for (const state of named.values()) if (state !== 3) someUnnamed = true;
  if (!someUnnamed) return;
  let lastId: string | null = null;
  let state = 0;
  for (const record of checked) {
    const id = record.employeeId;
    if (id !== lastId) {
      lastId = id;
      state = named.get(id) ?? 0;
    }
    if (state === 3) continue;
    const column = record.idColumn ?? 'Employee ID';
    record.problems.push({
      file: record.file, row: record.row, column, value: id, severity: 'error',
      message: `Employee ${id} is not on the roster yet and no row gives a ${state === 1 ? 'last name' : state === 2 ? 'first name' : 'name'}; a new person needs a first and last name (or a full name).`,
    });
  }
}
