/**
 * The roster of record: an SQLite database in the data folder, shared safely by the window and
 * the command line. Every change is one transaction that starts from the latest committed state,
 * writes only the rows that changed and appends what changed to the change log. The whole roster
 * is also kept in memory for the views, and read again when another process has committed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { RosterData } from '../../shared/types';
import type { BackupInfo } from '../../shared/view-models';
import type { ChangeLogEntry, ChangeLogQuery } from '../../shared/change-log';
import { StoreError } from './errors';
import { CURRENT_SCHEMA_VERSION, emptyRoster, validateRoster } from './schema';
import { describeIssues } from './describe-issues';
import { BackupFolder, isBackupName, isDatabaseBackup } from './backup-folder';
import { deeperThan, errorCode, MAX_NESTING, readDataFile, readText, type DataFileProblem } from './read-data-file';
import { migrate } from './schema';
import { recoveryMessage } from './recovery-message';
import { fileSystemFailure } from './write-errors';
import { diffRoster, sameValue } from './roster-diff';
import {
  COMPANION_SUFFIXES,
  DATABASE_VERSION,
  applySchemaSteps,
  databaseFailure,
  isDamaged,
  openDatabase,
  refuseLink,
  userVersion,
} from './sql/database';
import { loadRoster } from './sql/load-roster';
import { Statements, writeDiff, writeLog, type ChangeOrigin, type WriteState } from './sql/write-roster';
import { queryChangeLog, lastChangeOf, peopleChangedIn } from './sql/change-log-queries';
import { conflictMessage } from './conflict-message';

export type { ChangeOrigin, ChangeSource } from './sql/write-roster';

export interface RecoveryReport {
  readonly reason: DataFileProblem;
  /** Where the bad file now is; null when it could not be moved (then nothing is saved). */
  readonly movedTo: string | null;
  readonly newestBackup: BackupInfo | null;
  readonly message: string;
}

export interface OpenOptions {
  readonly dataDir: string;
  readonly maxBackups?: number;
  readonly now?: () => Date;
  /** Where changes made through this store come from, unless a change says otherwise. */
  readonly origin?: ChangeOrigin;
  /** The operating-system user the change log names. */
  readonly user?: string;
  /** The most pages (4 KB each) the database may grow to, as a full disk would stop it. */
  readonly maxPages?: number;
}

/** The version of one person's records a change was based on. */
export interface ExpectedVersion {
  readonly employeeId: string;
  readonly version: number;
}

export const DATABASE_FILE = 'roster.sqlite';
export const LEGACY_FILE = 'roster.json';
export const DEFAULT_MAX_BACKUPS = 20;

/** Something is at `file` (a link to nothing counts: it is dealt with, not ignored). */
function present(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function osUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** A roster with nothing in it at all, not even settings: diffing from it writes everything. */
function blankRoster(): RosterData {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, people: [], customCredentials: [], settings: { importMappings: {} } as unknown as RosterData['settings'], imports: [] };
}

export class RosterStore {
  readonly dataDir: string;
  readonly dataFile: string;
  /** The JSON file the roster was kept in before the database; left as it was. */
  readonly legacyFile: string;
  readonly backupsDir: string;
  readonly #folder: BackupFolder;
  readonly #now: () => Date;
  readonly #origin: ChangeOrigin;
  readonly #user: string;
  readonly #maxPages: number | undefined;
  #db: DatabaseSync | null = null;
  #sql: Statements | null = null;
  #data: RosterData = emptyRoster();
  #versions = new Map<string, number>();
  #write: WriteState | null = null;
  /** People as loaded or last written: their records need no second check. */
  #trusted = new WeakSet<object>();
  #dataVersion = -1;
  /** Set when the database cannot be written without destroying something. */
  #writeBlocked: string | null = null;
  /** No roster here yet: the database is made by the first change, so looking writes nothing. */
  #notCreated = false;

  private constructor(options: OpenOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.dataFile = path.join(this.dataDir, DATABASE_FILE);
    this.legacyFile = path.join(this.dataDir, LEGACY_FILE);
    this.backupsDir = path.join(this.dataDir, 'backups');
    this.#folder = new BackupFolder(this.backupsDir, options.maxBackups ?? DEFAULT_MAX_BACKUPS);
    this.#now = options.now ?? (() => new Date());
    this.#origin = options.origin ?? { source: 'window' };
    this.#user = options.user ?? osUser();
    this.#maxPages = options.maxPages;
  }

  /**
   * Opens the roster in `dataDir`, creating the database when there is none: from `roster.json`
   * when the app kept its roster there before (in one transaction; the JSON file is left as it
   * was, and copied into the backups), else empty.
   */
  static open(options: OpenOptions): { store: RosterStore; recovery: RecoveryReport | null } {
    const store = new RosterStore(options);
    try {
      fs.mkdirSync(store.dataDir, { recursive: true });
    } catch (error) {
      throw fileSystemFailure(error, 'The roster folder could not be made', store.dataDir) ?? error;
    }
    if (!present(store.dataFile) && !present(store.legacyFile)) {
      store.#notCreated = true;
      return { store, recovery: null };
    }
    return { store, recovery: store.#openDatabase() };
  }

  /** The roster as last committed by anyone. */
  read(): RosterData {
    this.#refresh();
    return this.#data;
  }

  /**
   * True when another process committed since this store last looked (the roster is then read
   * again). The window asks this on a timer to show changes made from the command line.
   */
  refreshIfChanged(): boolean {
    return this.#refresh();
  }

  /** The version of a person's records (1 when first stored); null when no such person is stored. */
  versionOf(employeeId: string): number | null {
    this.#refresh();
    return this.#versions.get(employeeId) ?? null;
  }

  /**
   * Applies `mutator` to the latest committed roster and stores the result in one transaction:
   * only the rows that changed are written, with one change-log entry naming `origin`. With
   * `expect`, the change is refused when that person changed since the given version.
   */
  update(
    mutator: (current: RosterData, change: { readonly id: number }) => RosterData,
    origin: ChangeOrigin = this.#origin,
    expect?: ExpectedVersion,
  ): RosterData {
    if (this.#writeBlocked) throw new StoreError(this.#writeBlocked);
    const db = this.#requireDb();
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      throw databaseFailure(error, 'The roster could not be saved', this.dataDir) ?? error;
    }
    let committed = false;
    let wrote = false;
    try {
      this.#refresh();
      if (expect) this.#checkVersion(expect);
      const changeId = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM changes').get() as { id: number }).id;
      const before = this.#data;
      const proposed = mutator(before, { id: changeId });
      if (proposed === before) {
        db.exec('COMMIT');
        committed = true;
        return before;
      }
      const next = this.#validated(proposed);
      const diff = diffRoster(before, next);
      if (diff.changes.length === 0) {
        db.exec('COMMIT');
        committed = true;
        return before;
      }
      wrote = true;
      // The log first: an import's record points at its change.
      writeLog(this.#sql!, changeId, this.#now().toISOString(), this.#user, origin, diff.changes);
      writeDiff(this.#write!, next, diff);
      db.exec('COMMIT');
      committed = true;
      for (const id of diff.removedPeople) this.#versions.delete(id);
      for (const person of diff.savedPeople) {
        this.#versions.set(person.employeeId, (this.#versions.get(person.employeeId) ?? 0) + 1);
        this.#trusted.add(person);
      }
      this.#data = next;
      return next;
    } catch (error) {
      if (!committed) {
        try {
          db.exec('ROLLBACK');
        } catch {
          // SQLite rolls back by itself after some errors (a full disk); nothing is left to undo.
        }
        // The positions handed out while writing were rolled back with the rows.
        if (wrote) this.#reload();
      }
      if (error instanceof StoreError) throw error;
      throw databaseFailure(error, 'The roster could not be saved', this.dataDir) ?? error;
    }
  }

  /** Replaces the roster with `next` (validated; only what differs is written). */
  write(next: RosterData, origin: ChangeOrigin = this.#origin): void {
    this.update(() => next, origin);
  }

  /** The change log, newest first. */
  history(query: ChangeLogQuery = {}): ChangeLogEntry[] {
    if (this.#notCreated) return [];
    return queryChangeLog(this.#requireDb(), query);
  }

  /** The employee IDs a logged change touched. */
  peopleChangedIn(changeId: number): string[] {
    if (this.#notCreated) return [];
    return peopleChangedIn(this.#requireDb(), changeId);
  }

  /** A consistent snapshot of the database in the backups folder, labelled with its reason; the newest copies only are kept. */
  backup(reason: string): BackupInfo {
    if (this.#writeBlocked) throw new StoreError(this.#writeBlocked);
    const db = this.#requireDb();
    let name: string;
    try {
      refuseLink(this.backupsDir, 'The backups folder');
    } catch (error) {
      if (!(error instanceof StoreError) || !fs.lstatSync(this.backupsDir).isDirectory()) throw error;
    }
    try {
      // Inside the try: choosing the name lists the folder, which fails when a file is in its place.
      name = this.#folder.nextName(this.#now(), reason);
      fs.mkdirSync(this.backupsDir, { recursive: true, mode: 0o700 });
      const target = path.join(this.backupsDir, name);
      // Written under a name the folder ignores, then renamed: a crash mid-copy never leaves a
      // cut-short file that looks like a backup.
      const partial = `${target}.partial`;
      fs.rmSync(partial, { force: true });
      db.prepare('VACUUM INTO ?').run(partial);
      labelSnapshot(partial, reason, this.#now());
      if (process.platform !== 'win32') fs.chmodSync(partial, 0o600);
      fs.renameSync(partial, target);
      this.#folder.prune();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw databaseFailure(error, 'The backup could not be written', this.backupsDir) ?? error;
    }
    const info = this.#folder.list().find((b) => b.name === name);
    if (!info) throw new StoreError(`The backup ${name} was written but could not be found again in ${this.backupsDir}.`);
    return info;
  }

  listBackups(): BackupInfo[] {
    return this.#folder.list();
  }

  /** A backup's data, checked and brought up to the current format; nothing is written. */
  readBackup(name: string): RosterData {
    if (!isBackupName(name)) throw new StoreError(`"${name}" is not the name of a backup.`);
    const file = path.join(this.backupsDir, name);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new StoreError(`There is no backup named ${name}.`);
      throw fileSystemFailure(error, `The backup ${name} could not be read`, this.backupsDir) ?? error;
    }
    if (!stat.isFile()) throw new StoreError(`The backup ${name} is not a regular file and cannot be restored.`);
    return isDatabaseBackup(name) ? readDatabaseBackup(file, name) : readJsonBackup(file, name);
  }

  /** Replaces the roster with a backup, after backing up what is there now; the change log keeps both. */
  restoreBackup(name: string): RosterData {
    const data = this.readBackup(name);
    this.backup(`before restore of ${name}`);
    return this.update(() => data, { source: 'restore', detail: name });
  }

  newestValidBackup(): BackupInfo | null {
    for (const info of this.#folder.list()) {
      try {
        this.readBackup(info.name);
        return info;
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
      }
    }
    return null;
  }

  /** Closes the database; the store cannot be used afterwards. */
  close(): void {
    this.#db?.close();
    this.#db = null;
    this.#sql = null;
  }

  #requireDb(): DatabaseSync {
    if (this.#notCreated) {
      this.#notCreated = false;
      const served = this.#data;
      const recovery = this.#openDatabase();
      if (recovery) throw new StoreError(recovery.message);
      // The empty roster handed out before the database existed is what was just created: kept as
      // the same object, so an import planned from it still applies (else the first import of a
      // new install is planned a second time).
      if (sameValue(served, this.#data)) this.#data = served;
    }
    if (!this.#db) throw new StoreError(this.#writeBlocked ?? 'The roster database is closed.');
    return this.#db;
  }

  #validated(next: RosterData): RosterData {
    if (next.schemaVersion !== CURRENT_SCHEMA_VERSION) {
      throw new StoreError(`The roster could not be saved: it is in data format ${next.schemaVersion}, not ${CURRENT_SCHEMA_VERSION}.`);
    }
    const edited = this.#editedSlots(next);
    if (edited !== null) {
      // An edit: the people are where they were, a few replaced. Only those are checked, and no
      // employee ID changed, so none can now appear twice.
      const mini = { ...next, people: edited.map((i) => next.people[i]!) };
      const parsed = validateRoster(mini, this.#trusted);
      if (!parsed.success) throw new StoreError(`The roster was not saved because ${describeIssues(parsed.issues, mini)}`);
      const people = [...next.people];
      edited.forEach((slot, k) => (people[slot] = parsed.data.people[k]!));
      return { ...parsed.data, people };
    }
    const parsed = validateRoster(next, this.#trusted);
    if (!parsed.success) throw new StoreError(`The roster was not saved because ${describeIssues(parsed.issues, next)}`);
    return parsed.data;
  }

  /** The places of the people `next` replaced, when everyone else is where they were with the same ID; else null. */
  #editedSlots(next: RosterData): number[] | null {
    const before = this.#data.people;
    const after = next.people;
    if (before === after) return [];
    if (before.length !== after.length) return null;
    const slots: number[] = [];
    for (let i = 0; i < after.length; i++) {
      if (before[i] === after[i]) continue;
      if (before[i]!.employeeId !== after[i]!.employeeId) return null;
      slots.push(i);
    }
    return slots;
  }

  #checkVersion(expect: ExpectedVersion): void {
    const current = this.#versions.get(expect.employeeId);
    if (current === expect.version) return;
    const person = this.#data.people.find((p) => p.employeeId === expect.employeeId);
    const last = lastChangeOf(this.#requireDb(), expect.employeeId);
    throw new StoreError(conflictMessage(expect.employeeId, person, last));
  }

  /** Reads the roster again when another connection committed; true when it did. */
  #refresh(): boolean {
    // Another process (the command line, say) may have made the roster since this store found none.
    if (this.#notCreated && present(this.dataFile)) {
      try {
        this.#requireDb();
      } catch (error) {
        // Still being made, or unreadable: looked at again next time.
        this.#notCreated = true;
        throw error;
      }
      return true;
    }
    const db = this.#db;
    if (!db) return false;
    const version = (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
    if (version === this.#dataVersion) return false;
    this.#reload();
    this.#dataVersion = version;
    return true;
  }

  #reload(): void {
    const loaded = loadRoster(this.#requireDb());
    this.#data = loaded.data;
    this.#versions = loaded.versions;
    this.#write = { sql: this.#sql!, positions: loaded.positions, nextPosition: loaded.nextPosition };
    this.#trusted = new WeakSet(loaded.data.people);
  }

  #openDatabase(): RecoveryReport | null {
    try {
      refuseLink(this.dataFile, 'The roster database');
      const existed = fs.existsSync(this.dataFile);
      const db = openDatabase(this.dataFile);
      this.#db = db;
      this.#sql = new Statements(db);
      if (this.#maxPages !== undefined) db.exec(`PRAGMA max_page_count = ${Math.floor(this.#maxPages)}`);
      const version = userVersion(db);
      if (version > DATABASE_VERSION) {
        const message = recoveryMessage('newer-version', newerMessage(version), this.dataFile, null, 'it is left as it is', this.newestValidBackup());
        this.close();
        this.#writeBlocked = `Nothing can be saved: ${message}`;
        return { reason: 'newer-version', movedTo: null, newestBackup: null, message };
      }
      if (existed && version > 0 && version < DATABASE_VERSION) {
        this.#reload();
        this.backup(`before update to format ${DATABASE_VERSION}`);
        this.#inTransaction(() => applySchemaSteps(db, version));
      }
      if (version === 0) return this.#create();
      this.#dataVersion = -1;
      this.#refresh();
      return null;
    } catch (error) {
      if (isDamaged(error)) return this.#setAsideDatabase(error instanceof Error ? error.message : String(error));
      this.close();
      if (error instanceof StoreError) throw error;
      throw folderFailure(this.dataDir, 'The roster could not be opened') ?? databaseFailure(error, 'The roster could not be opened', this.dataDir) ?? error;
    }
  }

  /** A new database: the tables, then the roster from the JSON file if there is one, in one transaction. */
  #create(): RecoveryReport | null {
    const db = this.#requireDb();
    const legacy = readDataFile(this.legacyFile);
    let recovery: RecoveryReport | null = null;
    let initial = emptyRoster();
    if (legacy.kind === 'ok') initial = legacy.data;
    else if (legacy.kind === 'bad') recovery = this.#setAsideJson(legacy.problem, legacy.detail);
    let made = false;
    this.#inTransaction(() => {
      // Another process may have made it while this one waited for the write lock.
      if (userVersion(db) > 0) return;
      made = true;
      applySchemaSteps(db, 0);
      db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)').run('created_at', this.#now().toISOString());
      this.#write = { sql: this.#sql!, positions: new Map(), nextPosition: 0 };
      const diff = diffRoster(blankRoster(), initial);
      if (legacy.kind === 'ok') writeLog(this.#sql!, 1, this.#now().toISOString(), this.#user, { source: 'migration', detail: LEGACY_FILE }, diff.changes);
      writeDiff(this.#write, initial, diff);
    });
    this.#dataVersion = -1;
    this.#refresh();
    if (made && legacy.kind === 'ok') this.#keepLegacyCopy();
    return recovery;
  }

  /** The JSON file the database was made from, also among the backups so it can be restored from there. */
  #keepLegacyCopy(): void {
    try {
      fs.mkdirSync(this.backupsDir, { recursive: true, mode: 0o700 });
      const target = path.join(this.backupsDir, this.#folder.nextName(this.#now(), 'roster json before the database', 'json'));
      fs.copyFileSync(this.legacyFile, target, fs.constants.COPYFILE_EXCL);
    } catch {
      // The file itself stays beside the database; the copy is only a convenience.
    }
  }

  #inTransaction(work: () => void): void {
    const db = this.#requireDb();
    db.exec('BEGIN IMMEDIATE');
    try {
      work();
      db.exec('COMMIT');
    } catch (error) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // already rolled back
      }
      throw error;
    }
  }

  #stamp(): string {
    return this.#now().toISOString().replace(/[:.]/g, '-');
  }

  /** Moves a damaged database (and its journal) aside, untouched, and starts an empty one. */
  #setAsideDatabase(detail: string): RecoveryReport {
    this.close();
    const movedTo = path.join(this.dataDir, `roster.corrupt-${this.#stamp()}.sqlite`);
    let moveFailure: string | null = null;
    try {
      for (const suffix of COMPANION_SUFFIXES) {
        if (fs.existsSync(`${this.dataFile}${suffix}`)) fs.renameSync(`${this.dataFile}${suffix}`, `${movedTo}${suffix}`);
      }
    } catch (error) {
      moveFailure = fileSystemFailure(error, 'it could not be renamed', this.dataDir)?.message ?? String(error);
    }
    const newestBackup = this.newestValidBackup();
    const message = recoveryMessage('unparsable', `the database is damaged (${detail})`, this.dataFile, moveFailure ? null : movedTo, moveFailure, newestBackup);
    if (moveFailure) {
      this.#writeBlocked = `Nothing can be saved: ${message}`;
    } else {
      const db = openDatabase(this.dataFile);
      this.#db = db;
      this.#sql = new Statements(db);
      // The JSON file, if any, was already made into the database that is now set aside.
      this.#inTransaction(() => {
        applySchemaSteps(db, 0);
        this.#write = { sql: this.#sql!, positions: new Map(), nextPosition: 0 };
        const empty = emptyRoster();
        writeDiff(this.#write, empty, diffRoster(blankRoster(), empty));
      });
      this.#dataVersion = -1;
      this.#refresh();
    }
    return { reason: 'unparsable', movedTo: moveFailure ? null : movedTo, newestBackup, message };
  }

  /** Moves an unusable JSON file out of the way so it is kept as it is, and says what happened. */
  #setAsideJson(problem: DataFileProblem, detail: string): RecoveryReport {
    const label = problem === 'newer-version' ? 'newer-version' : 'corrupt';
    const movedTo = path.join(this.dataDir, `roster.${label}-${this.#stamp()}.json`);
    let moveFailure: string | null = null;
    try {
      fs.renameSync(this.legacyFile, movedTo);
    } catch (error) {
      moveFailure = fileSystemFailure(error, 'it could not be renamed', this.dataDir)?.message ?? String(error);
    }
    const newestBackup = this.newestValidBackup();
    const message = recoveryMessage(problem, detail, this.legacyFile, moveFailure ? null : movedTo, moveFailure, newestBackup);
    if (moveFailure) this.#writeBlocked = `Nothing can be saved: ${message}`;
    return { reason: problem, movedTo: moveFailure ? null : movedTo, newestBackup, message };
  }
}

/** A data folder SQLite cannot write in (a read-only disk, no permission), in the file system's words. */
function folderFailure(dir: string, what: string): StoreError | null {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch (error) {
    return fileSystemFailure(error, what, dir);
  }
}

function newerMessage(version: number): string {
  return `This roster was made by a newer version of Credential Roster (database format ${version}; this version reads up to ${DATABASE_VERSION}). Install the newer version to open it.`;
}

/** Writes into a fresh snapshot why it was taken, before it gets its backup name. */
function labelSnapshot(file: string, reason: string, at: Date): void {
  const db = openDatabase(file);
  try {
    // A snapshot stands alone: one file, no journal beside it.
    db.exec('PRAGMA journal_mode = DELETE');
    const upsert = db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value');
    upsert.run('backup_reason', reason);
    upsert.run('backup_at', at.toISOString());
  } finally {
    db.close();
  }
}

function readDatabaseBackup(file: string, name: string): RosterData {
  let db: DatabaseSync | null = null;
  try {
    db = openDatabase(file, { readOnly: true });
    const version = userVersion(db);
    if (version > DATABASE_VERSION) throw new StoreError(`The backup ${name} cannot be restored. ${newerMessage(version)}`);
    if (version < 1) throw new StoreError(`The backup ${name} is not a roster database and cannot be restored.`);
    return loadRoster(db).data;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (isDamaged(error)) throw new StoreError(`The backup ${name} is damaged and cannot be restored.`);
    throw databaseFailure(error, `The backup ${name} could not be read`, path.dirname(file)) ?? error;
  } finally {
    db?.close();
  }
}

function readJsonBackup(file: string, name: string): RosterData {
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    throw fileSystemFailure(error, `The backup ${name} could not be read`, path.dirname(file)) ?? error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StoreError(`The backup ${name} is damaged (it is not complete JSON) and cannot be restored.`);
  }
  if (deeperThan(raw, MAX_NESTING)) throw new StoreError(`The backup ${name} cannot be restored: it is nested more than ${MAX_NESTING} levels deep, which no roster is.`);
  try {
    return migrate(raw).data;
  } catch (error) {
    if (error instanceof StoreError) throw new StoreError(`The backup ${name} cannot be restored. ${error.message}`);
    throw error;
  }
}
