/** Reads the whole roster out of the database, in the order it was stored. */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Acknowledgement, CredentialDefinition, ImportRecord, Person, RosterData, Settings } from '../../../shared/types';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { columnNames, decodeArray } from './record-codec';
import { ACKNOWLEDGEMENT, CEU_ENTRY, IMPORT, PERSON, PERSON_LISTS } from './tables';

type Row = readonly unknown[];

export interface LoadedRoster {
  readonly data: RosterData;
  /** Each person's record version: it goes up by one with every change to the person or their records. */
  readonly versions: Map<string, number>;
  /** Each person's place in the stored order. */
  readonly positions: Map<string, number>;
  readonly nextPosition: number;
}

/** Rows as arrays: far cheaper to make than an object per row. */
function rows(db: DatabaseSync, sql: string): Row[] {
  return arrays(db, sql).all() as unknown as Row[];
}

/**
 * Rows as arrays one at a time, for the large tables: each row's array dies as soon as it is read,
 * instead of all of them living until the last one is made (docs/performance.md, Store).
 */
function eachRow(db: DatabaseSync, sql: string): Iterable<Row> {
  return arrays(db, sql).iterate() as unknown as Iterable<Row>;
}

function arrays(db: DatabaseSync, sql: string): StatementSync {
  const statement: StatementSync = db.prepare(sql);
  statement.setReturnArrays(true);
  return statement;
}

const PERSON_COLUMNS = columnNames(PERSON);

export function loadRoster(db: DatabaseSync): LoadedRoster {
  const people: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, number>();
  const positions = new Map<string, number>();
  let nextPosition = 0;
  const versionAt = PERSON_COLUMNS.length;
  for (const row of eachRow(db, `SELECT ${PERSON_COLUMNS.join(', ')}, version, position FROM people ORDER BY position`)) {
    const person = decodeArray(PERSON, row);
    person.credentials = [];
    person.experience = [];
    person.education = [];
    const id = person.employeeId as string;
    people.push(person);
    byId.set(id, person);
    versions.set(id, row[versionAt] as number);
    positions.set(id, row[versionAt + 1] as number);
    nextPosition = (row[versionAt + 1] as number) + 1;
  }
  // CEU entries first (most rosters have none), so credentials are indexed only when some do.
  const ceuEntries = new Map<string, unknown[]>();
  for (const row of eachRow(db, `SELECT employee_id, credential_id, ${columnNames(CEU_ENTRY).join(', ')} FROM ceu_entries ORDER BY rowid`)) {
    const key = `${row[0] as string}\u0000${row[1] as string}`;
    let entries = ceuEntries.get(key);
    if (!entries) ceuEntries.set(key, (entries = []));
    entries.push(decodeArray(CEU_ENTRY, row, 2));
  }
  for (const list of PERSON_LISTS) {
    const withCeus = list.prop === 'credentials' && ceuEntries.size > 0;
    // Rows of one person are written in their order, so rowid order is their order, and one
    // person's rows come together: the owner is looked up once per run of rows.
    let ownerId: unknown = null;
    let owned: unknown[] | null = null;
    for (const row of eachRow(db, `SELECT employee_id, ${columnNames(list.codec).join(', ')} FROM ${list.table} ORDER BY rowid`)) {
      if (row[0] !== ownerId) {
        ownerId = row[0];
        const owner = byId.get(row[0] as string);
        // The foreign key makes a missing owner impossible; a reader never trusts it blindly.
        owned = owner ? ((owner[list.prop] ??= []) as unknown[]) : null;
      }
      if (owned === null) continue;
      const record = decodeArray(list.codec, row, 1);
      owned.push(record);
      if (withCeus) {
        const entries = ceuEntries.get(`${row[0] as string}\u0000${record.id as string}`);
        if (entries) record.ceuEntries = entries;
      }
    }
  }

  const settings: Record<string, unknown> = {};
  for (const [name, value] of rows(db, 'SELECT name, value FROM settings')) settings[name as string] = JSON.parse(value as string);
  const importMappings: Record<string, unknown> = {};
  for (const [signature, mapping] of rows(db, 'SELECT signature, mapping FROM import_mappings ORDER BY signature')) {
    importMappings[signature as string] = JSON.parse(mapping as string);
  }
  settings.importMappings = importMappings;

  const customCredentials = rows(db, 'SELECT record FROM custom_credentials ORDER BY position').map(([record]) => JSON.parse(record as string) as CredentialDefinition);
  const imports = rows(db, `SELECT ${columnNames(IMPORT).join(', ')} FROM imports ORDER BY position`).map((row) => decodeArray(IMPORT, row) as unknown as ImportRecord);
  const acknowledgements = rows(db, `SELECT ${columnNames(ACKNOWLEDGEMENT).join(', ')} FROM acknowledgements ORDER BY position`).map(
    (row) => decodeArray(ACKNOWLEDGEMENT, row) as unknown as Acknowledgement,
  );

  const data: RosterData = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    people: people as unknown as Person[],
    customCredentials,
    settings: settings as unknown as Settings,
    imports,
    ...(acknowledgements.length > 0 ? { acknowledgements } : {}),
  };
  return { data, versions, positions, nextPosition };
}
