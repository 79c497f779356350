/**
 * The roster data file: read once and cached, validated before every write, written atomically
 * by a conf-compatible backend, with backups and start-up recovery. A damaged or newer file is
 * always moved aside, never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RosterData } from '../../shared/types';
import type { BackupInfo } from '../../shared/ipc';
import { StoreError } from './errors';
import { CURRENT_SCHEMA_VERSION, emptyRoster, migrate, validateRoster } from './schema';
import { describeIssues } from './describe-issues';
import { BackupFolder, isBackupName } from './backup-folder';
import { errorCode, readDataFile, readText, type DataFileProblem } from './read-data-file';
import { recoveryMessage } from './recovery-message';
import { confBackend } from './conf-backend';
import { writtenDigest } from './roster-json';
import { removeStamp, writeStamp } from './checked-stamp';
import { serializeRosterJson } from './roster-json';
import { fileSystemFailure } from './write-errors';
import { removeStaleTempFiles } from './stale-temp-files';

/** The part of conf / electron-store the store uses: whole-object set, and the file path (it reads the file itself). */
export interface ConfLike {
  store: unknown;
  readonly path: string;
}
export type ConfFactory = (options: { cwd: string; configName: string }) => ConfLike;

export interface RecoveryReport {
  readonly reason: DataFileProblem;
  /** Where the bad file now is; null when it could not be moved (then nothing is saved). */
  readonly movedTo: string | null;
  readonly newestBackup: BackupInfo | null;
  readonly message: string;
}

export interface OpenOptions {
  readonly dataDir: string;
  readonly createBackend?: ConfFactory;
  readonly maxBackups?: number;
  readonly now?: () => Date;
}

const CONFIG_NAME = 'roster';

/**
 * A fresh object for the backend. conf re-reads and parses the whole file before every write to
 * carry over its own `__internal__` bookkeeping, which this store never uses: seconds per edit
 * on a 50,000-person roster. A hidden (non-enumerable, so never serialised) `__internal__` key
 * tells it there is nothing to carry over.
 */
function backendPayload(data: RosterData): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...data };
  Object.defineProperty(payload, '__internal__', { value: {}, enumerable: false });
  return payload;
}
export const DEFAULT_MAX_BACKUPS = 20;

export class RosterStore {
  readonly dataDir: string;
  readonly dataFile: string;
  readonly backupsDir: string;
  readonly #folder: BackupFolder;
  readonly #createBackend: ConfFactory;
  readonly #now: () => Date;
  #backend: ConfLike | null = null;
  #data: RosterData;
  /** Person records as validated and stored; an unchanged record is not checked again on write. */
  #trusted = new WeakSet<object>();
  /** Set when a bad file could not be moved aside: saving would destroy it. */
  #writeBlocked: string | null = null;

  private constructor(options: OpenOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.dataFile = path.join(this.dataDir, `${CONFIG_NAME}.json`);
    this.backupsDir = path.join(this.dataDir, 'backups');
    this.#folder = new BackupFolder(this.backupsDir, options.maxBackups ?? DEFAULT_MAX_BACKUPS);
    this.#createBackend = options.createBackend ?? confBackend;
    this.#now = options.now ?? (() => new Date());
    this.#data = emptyRoster();
  }

  /** Opens the roster in `dataDir`. A missing file is an empty roster; nothing is written for it. */
  static open(options: OpenOptions): { store: RosterStore; recovery: RecoveryReport | null } {
    const store = new RosterStore(options);
    // The file system's clock, not the injected one: it is compared with the files' own times.
    removeStaleTempFiles(store.dataFile, Date.now());
    const state = readDataFile(store.dataFile);
    switch (state.kind) {
      case 'missing':
        return { store, recovery: null };
      case 'ok':
        store.#accept(state.data);
        if (state.fromVersion < CURRENT_SCHEMA_VERSION) {
          store.backup(`before-migration-from-v${state.fromVersion}`);
          store.write(state.data);
        }
        return { store, recovery: null };
      case 'bad':
        return { store, recovery: store.#setAside(state.problem, state.detail) };
    }
  }

  read(): RosterData {
    return this.#data;
  }

  /** Validates, then replaces the file in one atomic write. On failure the file and cache are unchanged. */
  write(next: RosterData): void {
    if (this.#writeBlocked) throw new StoreError(this.#writeBlocked);
    if (next.schemaVersion !== CURRENT_SCHEMA_VERSION) {
      throw new StoreError(`The roster could not be saved: it is in data format ${next.schemaVersion}, not ${CURRENT_SCHEMA_VERSION}.`);
    }
    const parsed = validateRoster(next, this.#trusted);
    if (!parsed.success) {
      throw new StoreError(`The roster was not saved because ${describeIssues(parsed.issues, next)}`);
    }
    const payload = backendPayload(parsed.data);
    try {
      this.#backendOrCreate().store = payload;
    } catch (error) {
      throw fileSystemFailure(error, 'The roster could not be saved', this.dataDir) ?? error;
    }
    // The bytes just written passed the checks above: say so beside them (checked-stamp.ts).
    const digest = writtenDigest(payload);
    if (digest) writeStamp(this.dataFile, digest);
    else removeStamp(this.dataFile);
    this.#accept(parsed.data);
  }

  #accept(data: RosterData): void {
    this.#data = data;
    this.#trusted = new WeakSet(data.people);
  }

  update(mutator: (current: RosterData) => RosterData): RosterData {
    this.write(mutator(this.#data));
    return this.#data;
  }

  /** Copies the data file into the backups folder and keeps the newest copies only. */
  backup(reason: string): BackupInfo {
    let name: string;
    try {
      // Inside the try: choosing the name lists the folder, which fails when a file is in its place.
      name = this.#folder.nextName(this.#now(), reason);
      const target = path.join(this.backupsDir, name);
      fs.mkdirSync(this.backupsDir, { recursive: true });
      // Written under a name the folder ignores, then renamed: a crash mid-copy never leaves a
      // cut-short file that looks like a backup.
      const partial = `${target}.partial`;
      if (!this.#writeBlocked && fs.existsSync(this.dataFile)) {
        fs.copyFileSync(this.dataFile, partial, fs.constants.COPYFILE_EXCL);
      } else {
        fs.writeFileSync(partial, serializeRosterJson(this.#data), { flag: 'wx' });
      }
      fs.renameSync(partial, target);
      this.#folder.prune();
    } catch (error) {
      throw fileSystemFailure(error, 'The backup could not be written', this.backupsDir) ?? error;
    }
    const info = this.#folder.list().find((b) => b.name === name);
    if (!info) throw new StoreError(`The backup ${name} was written but could not be found again in ${this.backupsDir}.`);
    return info;
  }

  listBackups(): BackupInfo[] {
    return this.#folder.list();
  }

  /** A backup's data, validated and brought up to the current format; nothing is written. */
  readBackup(name: string): RosterData {
    if (!isBackupName(name)) throw new StoreError(`"${name}" is not the name of a backup.`);
    let text: string;
    try {
      text = readText(path.join(this.backupsDir, name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new StoreError(`There is no backup named ${name}.`);
      throw fileSystemFailure(error, `The backup ${name} could not be read`, this.backupsDir) ?? error;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new StoreError(`The backup ${name} is damaged (it is not complete JSON) and cannot be restored.`);
    }
    try {
      return migrate(raw).data;
    } catch (error) {
      if (error instanceof StoreError) throw new StoreError(`The backup ${name} cannot be restored. ${error.message}`);
      throw error;
    }
  }

  /** Replaces the roster with a backup, after backing up what is there now. */
  restoreBackup(name: string): RosterData {
    const data = this.readBackup(name);
    this.backup('before-restore');
    this.write(data);
    return this.#data;
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

  #backendOrCreate(): ConfLike {
    if (!this.#backend) {
      const backend = this.#createBackend({ cwd: this.dataDir, configName: CONFIG_NAME });
      if (path.resolve(backend.path) !== this.dataFile) {
        throw new Error(`The storage backend writes ${backend.path}, expected ${this.dataFile}`);
      }
      this.#backend = backend;
    }
    return this.#backend;
  }

  /** Moves an unusable file out of the way so it is kept as it is, and says what happened. */
  #setAside(problem: DataFileProblem, detail: string): RecoveryReport {
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    const label = problem === 'newer-version' ? 'newer-version' : 'corrupt';
    const movedTo = path.join(this.dataDir, `${CONFIG_NAME}.${label}-${stamp}.json`);
    let moveFailure: string | null = null;
    try {
      fs.renameSync(this.dataFile, movedTo);
    } catch (error) {
      moveFailure = fileSystemFailure(error, 'it could not be renamed', this.dataDir)?.message ?? String(error);
    }
    const newestBackup = this.newestValidBackup();
    const message = recoveryMessage(problem, detail, this.dataFile, moveFailure ? null : movedTo, moveFailure, newestBackup);
    if (moveFailure) this.#writeBlocked = `Nothing can be saved: ${message}`;
    return { reason: problem, movedTo: moveFailure ? null : movedTo, newestBackup, message };
  }
}
