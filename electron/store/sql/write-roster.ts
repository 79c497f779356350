/**
 * Writes what a diff says changed, and the change log, inside the caller's transaction. A changed
 * person's row is updated in place and their records rewritten; nobody else is touched.
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { Person, RosterData } from '../../../shared/types';
import type { FieldChange, RosterDiff } from '../roster-diff';
import { columnNames, encode, type RecordCodec } from './record-codec';
import { ACKNOWLEDGEMENT, CEU_ENTRY, IMPORT, PERSON, PERSON_LISTS } from './tables';

/** Who made a change and from where, as the change log records it. */
export type ChangeSource = 'window' | 'cli' | 'import' | 'undo' | 'restore' | 'migration';
export interface ChangeOrigin {
  readonly source: ChangeSource;
  /** What it was: the file imported, the backup restored… */
  readonly detail?: string;
}

/** Prepared statements, made once per connection. */
export class Statements {
  readonly #db: DatabaseSync;
  readonly #cache = new Map<string, StatementSync>();
  constructor(db: DatabaseSync) {
    this.#db = db;
  }
  get(sql: string): StatementSync {
    let statement = this.#cache.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#cache.set(sql, statement);
    }
    return statement;
  }
}

function insertSql(table: string, names: readonly string[]): string {
  return `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
}

const PERSON_NAMES = [...columnNames(PERSON), 'position'];
const PERSON_UPSERT = `${insertSql('people', PERSON_NAMES)} ON CONFLICT(employee_id) DO UPDATE SET ${PERSON_NAMES.filter(
  (n) => n !== 'employee_id' && n !== 'position',
)
  .map((n) => `${n} = excluded.${n}`)
  .join(', ')}, version = people.version + 1`;

/** Each list's statements, worked out once: an import writes hundreds of thousands of rows. */
const LIST_SQL = PERSON_LISTS.map((list) => ({
  ...list,
  insert: insertSql(list.table, ['employee_id', 'position', ...columnNames(list.codec)]),
  clear: `DELETE FROM ${list.table} WHERE employee_id = ?`,
}));
const CEU_INSERT = insertSql('ceu_entries', ['employee_id', 'credential_id', 'position', ...columnNames(CEU_ENTRY)]);

function writePerson(sql: Statements, person: Person, position: number, isNew: boolean): void {
  sql.get(PERSON_UPSERT).run(...encode(PERSON, person as never), position);
  const id = person.employeeId;
  if (!isNew) for (const list of LIST_SQL) sql.get(list.clear).run(id);
  for (const list of LIST_SQL) {
    const records = (person[list.prop] ?? []) as unknown as readonly Record<string, unknown>[];
    if (records.length === 0) continue;
    const insert = sql.get(list.insert);
    for (let index = 0; index < records.length; index++) {
      const record = records[index]!;
      insert.run(id, index, ...encode(list.codec, record));
      if (list.prop !== 'credentials') continue;
      const entries = (record.ceuEntries ?? []) as readonly Record<string, unknown>[];
      for (let n = 0; n < entries.length; n++) sql.get(CEU_INSERT).run(id, record.id as string, n, ...encode(CEU_ENTRY, entries[n]!));
    }
  }
}

function rewriteList<T extends object>(sql: Statements, table: string, codec: RecordCodec, items: readonly T[]): void {
  sql.get(`DELETE FROM ${table}`).run();
  const insert = sql.get(insertSql(table, [...columnNames(codec), 'position']));
  items.forEach((item, index) => insert.run(...encode(codec, item as Record<string, unknown>), index));
}

const logValue = (value: unknown): SQLInputValue => (value === undefined ? null : JSON.stringify(value));

export interface WriteState {
  readonly sql: Statements;
  readonly positions: Map<string, number>;
  nextPosition: number;
}

/** Writes `diff` (from `before` to `after`) and its log as change `changeId`. */
export function writeDiff(ctx: WriteState, after: RosterData, diff: RosterDiff): void {
  const { sql } = ctx;
  for (const id of diff.removedPeople) {
    sql.get('DELETE FROM people WHERE employee_id = ?').run(id);
    ctx.positions.delete(id);
  }
  for (const person of diff.savedPeople) {
    const known = ctx.positions.get(person.employeeId);
    const position = known ?? ctx.nextPosition++;
    if (known === undefined) ctx.positions.set(person.employeeId, position);
    writePerson(sql, person, position, known === undefined);
  }
  if (diff.settings) {
    const upsert = sql.get('INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value');
    for (const [name, value] of Object.entries(after.settings)) {
      if (name === 'importMappings') continue;
      if (value === undefined) sql.get('DELETE FROM settings WHERE name = ?').run(name);
      else upsert.run(name, JSON.stringify(value));
    }
  }
  if (diff.importMappings) {
    sql.get('DELETE FROM import_mappings').run();
    const insert = sql.get('INSERT INTO import_mappings (signature, mapping) VALUES (?, ?)');
    for (const [signature, mapping] of Object.entries(after.settings.importMappings)) insert.run(signature, JSON.stringify(mapping));
  }
  if (diff.customCredentials) {
    sql.get('DELETE FROM custom_credentials').run();
    const insert = sql.get('INSERT INTO custom_credentials (code, position, record) VALUES (?, ?, ?)');
    after.customCredentials.forEach((c, i) => insert.run(c.code, i, JSON.stringify(c)));
  }
  if (diff.acknowledgements) rewriteList(sql, 'acknowledgements', ACKNOWLEDGEMENT, after.acknowledgements ?? []);
  if (diff.imports) rewriteList(sql, 'imports', IMPORT, after.imports);
}

/** Appends one change and its rows to the log. */
export function writeLog(sql: Statements, changeId: number, at: string, user: string, origin: ChangeOrigin, changes: readonly FieldChange[]): void {
  sql.get('INSERT INTO changes (id, at, os_user, source, detail) VALUES (?, ?, ?, ?, ?)').run(changeId, at, user, origin.source, origin.detail ?? null);
  const insert = sql.get(
    'INSERT INTO change_log (change_id, employee_id, record, record_id, kind, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const c of changes) insert.run(changeId, c.employeeId, c.record, c.recordId, c.kind, c.field, logValue(c.before), logValue(c.after));
}
