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
  const statement: StatementSync = db.prepare(sql);
  statement.setReturnArrays(true);
  return statement.all() as unknown as Row[];
}

const PERSON_COLUMNS = columnNames(PERSON);

export function loadRoster(db: DatabaseSync): LoadedRoster {
  const people: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, number>();
  const positions = new Map<string, number>();
  let nextPosition = 0;
  const versionAt = PERSON_COLUMNS.length;
  for (const row of rows(db, `SELECT ${PERSON_COLUMNS.join(', ')}, version, position FROM people ORDER BY position`)) {
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
  const credentialsById = new Map<string, Record<string, unknown>>();
  for (const list of PERSON_LISTS) {
    // Rows of one person are written in their order, so rowid order is their order.
    for (const row of rows(db, `SELECT employee_id, ${columnNames(list.codec).join(', ')} FROM ${list.table} ORDER BY rowid`)) {
      const owner = byId.get(row[0] as string);
      if (!owner) continue; // the foreign key makes this impossible; a reader never trusts it blindly
      const record = decodeArray(list.codec, row, 1);
      ((owner[list.prop] ??= []) as unknown[]).push(record);
      if (list.prop === 'credentials') credentialsById.set(`${row[0] as string}\u0000${record.id as string}`, record);
    }
  }
  for (const row of rows(db, `SELECT employee_id, credential_id, ${columnNames(CEU_ENTRY).join(', ')} FROM ceu_entries ORDER BY rowid`)) {
    const credential = credentialsById.get(`${row[0] as string}\u0000${row[1] as string}`);
    if (credential) ((credential.ceuEntries ??= []) as unknown[]).push(decodeArray(CEU_ENTRY, row, 2));
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
