/** Reads the whole roster out of the database, in the order it was stored. */
import type { DatabaseSync } from 'node:sqlite';
import type { CredentialDefinition, ImportRecord, Person, RosterData, Settings } from '../../../shared/types';
import type { Acknowledgement } from '../../../shared/recert/types';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { decode } from './record-codec';
import { ACKNOWLEDGEMENT, CEU_ENTRY, IMPORT, PERSON, PERSON_LISTS } from './tables';

type Row = Record<string, unknown>;

export interface LoadedRoster {
  readonly data: RosterData;
  /** Each person's record version: it goes up by one with every change to the person or their records. */
  readonly versions: Map<string, number>;
  /** Each person's place in the stored order. */
  readonly positions: Map<string, number>;
  readonly nextPosition: number;
}

export function loadRoster(db: DatabaseSync): LoadedRoster {
  const people: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, number>();
  const positions = new Map<string, number>();
  let nextPosition = 0;
  for (const row of db.prepare('SELECT * FROM people ORDER BY position').iterate() as Iterable<Row>) {
    const person = decode(PERSON, row);
    for (const list of PERSON_LISTS) if (list.prop !== 'examApplications') person[list.prop] = [];
    people.push(person);
    byId.set(person.employeeId as string, person);
    versions.set(person.employeeId as string, row.version as number);
    positions.set(person.employeeId as string, row.position as number);
    nextPosition = (row.position as number) + 1;
  }
  const credentialsById = new Map<string, Record<string, unknown>>();
  for (const list of PERSON_LISTS) {
    const rows = db.prepare(`SELECT * FROM ${list.table} ORDER BY employee_id, position`).iterate() as Iterable<Row>;
    for (const row of rows) {
      const owner = byId.get(row.employee_id as string);
      if (!owner) continue; // the foreign key makes this impossible; a reader never trusts it blindly
      const record = decode(list.codec, row);
      ((owner[list.prop] ??= []) as unknown[]).push(record);
      if (list.prop === 'credentials') credentialsById.set(`${row.employee_id as string}\u0000${record.id as string}`, record);
    }
  }
  for (const row of db.prepare('SELECT * FROM ceu_entries ORDER BY employee_id, credential_id, position').iterate() as Iterable<Row>) {
    const credential = credentialsById.get(`${row.employee_id as string}\u0000${row.credential_id as string}`);
    if (credential) ((credential.ceuEntries ??= []) as unknown[]).push(decode(CEU_ENTRY, row));
  }

  const settings: Record<string, unknown> = {};
  for (const row of db.prepare('SELECT name, value FROM settings').all() as Row[]) settings[row.name as string] = JSON.parse(row.value as string);
  const importMappings: Record<string, unknown> = {};
  for (const row of db.prepare('SELECT signature, mapping FROM import_mappings ORDER BY signature').all() as Row[]) {
    importMappings[row.signature as string] = JSON.parse(row.mapping as string);
  }
  settings.importMappings = importMappings;

  const customCredentials = (db.prepare('SELECT record FROM custom_credentials ORDER BY position').all() as Row[]).map(
    (row) => JSON.parse(row.record as string) as CredentialDefinition,
  );
  const imports = (db.prepare('SELECT * FROM imports ORDER BY position').all() as Row[]).map((row) => decode(IMPORT, row) as unknown as ImportRecord);
  const acknowledgements = (db.prepare('SELECT * FROM acknowledgements ORDER BY position').all() as Row[]).map(
    (row) => decode(ACKNOWLEDGEMENT, row) as unknown as Acknowledgement,
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
