/**
 * Opening the roster database: never through a link planted in the data folder, readable by its
 * owner only, in WAL mode so the window and the command line can share it, with a busy timeout so
 * a second writer waits its turn instead of failing. SQLite's errors become plain words.
 */
import fs from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { StoreError } from '../errors';
import { errorCode } from '../read-data-file';
import { fileSystemFailure } from '../write-errors';
import { DATABASE_VERSION, SCHEMA_STEPS } from './schema-steps';

/** How long a write waits for another process's write to finish. */
export const BUSY_TIMEOUT_MS = 15_000;

/** The files SQLite keeps beside the database. */
export const COMPANION_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;

/** Refuses a path that is a symbolic link: whatever it points to is outside what the app may write. */
export function refuseLink(file: string, what: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (stat.isSymbolicLink()) {
    throw new StoreError(`${what} (${file}) is a link to another place, so Credential Roster will not write through it. Remove the link and try again.`);
  }
  if (!stat.isFile()) throw new StoreError(`${what} (${file}) is not a regular file. Move it away and try again.`);
}

export function openDatabase(file: string, options: { readOnly?: boolean } = {}): DatabaseSync {
  for (const suffix of COMPANION_SUFFIXES) refuseLink(`${file}${suffix}`, 'The roster database');
  if (!options.readOnly && !fs.existsSync(file)) {
    // Created here first so it is the owner's alone; SQLite gives its journal files the same mode.
    fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY | (fs.constants.O_NOFOLLOW ?? 0), 0o600));
  }
  const db = new DatabaseSync(file, { readOnly: options.readOnly ?? false, enableForeignKeyConstraints: true });
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readOnly) {
      db.exec('PRAGMA journal_mode = WAL');
      // FULL: a committed change survives a power cut, not only a crash of the app.
      db.exec('PRAGMA synchronous = FULL');
      if (process.platform !== 'win32') fs.chmodSync(file, 0o600);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function userVersion(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

/** Brings the tables up to this build's format; runs inside the caller's transaction. */
export function applySchemaSteps(db: DatabaseSync, from: number, steps: readonly string[] = SCHEMA_STEPS): void {
  for (let version = from; version < steps.length; version++) db.exec(steps[version]!);
  db.exec(`PRAGMA user_version = ${steps.length}`);
}

export { DATABASE_VERSION };

/** SQLite's primary result code of an error from node:sqlite, if it is one. */
export function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return null;
  const code = (error as { errcode: unknown }).errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_CONSTRAINT = 19;
const SQLITE_NOTADB = 26;

export function isDamaged(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

/** A database or file-system failure the user can act on, in plain words; null for anything else. */
export function databaseFailure(error: unknown, what: string, folder: string): StoreError | null {
  const why = reason(error, folder);
  return why ? new StoreError(`${what}: ${why}. Nothing was changed.`) : fileSystemFailure(error, what, folder);
}

function reason(error: unknown, folder: string): string | null {
  switch (sqliteCode(error)) {
    case SQLITE_FULL:
      return 'the disk is full';
    case SQLITE_READONLY:
      return `${folder} is read-only or this user account may not write in it`;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return 'another Credential Roster window or command kept the roster busy for too long; try again';
    case SQLITE_IOERR:
      return `the disk reported an error while writing in ${folder}`;
    case SQLITE_CANTOPEN:
      return `the roster database in ${folder} could not be opened`;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return 'the roster database is damaged';
    case SQLITE_CONSTRAINT:
      return `the change breaks a rule of the roster (${error instanceof Error ? error.message : String(error)})`;
    default:
      return null;
  }
}
