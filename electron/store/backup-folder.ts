/**
 * The backups folder: timestamped copies of the data file, newest first, pruned to a limit.
 * Names look like `roster-2024-05-01T10-15-00-123Z-before-import.json`; the UTC timestamp is
 * fixed-width, so sorting names sorts by time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/ipc';
import { errorCode } from './read-data-file';

const NAME_PATTERN = /^roster-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.json$/;

/** True for a name this folder produced; anything else (paths, `..`, other files) is refused. */
export function isBackupName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

/** The creation time encoded in a backup's name, as an ISO timestamp. */
export function backupCreatedAt(name: string): string | null {
  const m = NAME_PATTERN.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

/** Lower-case words joined by dashes, so any reason is safe inside a file name. */
export function reasonSlug(reason: string): string {
  const slug = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'manual';
}

export function backupName(at: Date, reason: string): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `roster-${stamp}-${reasonSlug(reason)}.json`;
}

interface CountCacheEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly people: number | null;
}

export class BackupFolder {
  // Counting people means parsing the copy; remember the answer until the file changes.
  readonly #counts = new Map<string, CountCacheEntry>();

  constructor(
    readonly dir: string,
    readonly maxBackups: number,
  ) {}

  /** Backup names, newest first. */
  names(): string[] {
    let entries: string[];
    try {
      entries = fs.readdirSync(this.dir);
    } catch (error) {
      // No folder, or a file in its place: there are no backups (writing one then says why it cannot).
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return [];
      throw error;
    }
    return entries.filter(isBackupName).sort().reverse();
  }

  list(): BackupInfo[] {
    const infos: BackupInfo[] = [];
    for (const name of this.names()) {
      const file = path.join(this.dir, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        continue; // removed between listing and stat
      }
      infos.push({ name, createdAt: backupCreatedAt(name) ?? stat.mtime.toISOString(), sizeBytes: stat.size, people: this.#peopleIn(file, stat) });
    }
    return infos;
  }

  /**
   * A name for a new copy taken at `now`. Never earlier than or equal to the newest existing
   * one, so order stays right even when two copies are taken in the same millisecond.
   */
  nextName(now: Date, reason: string): string {
    const newest = this.names()[0];
    const newestAt = newest ? Date.parse(backupCreatedAt(newest) ?? '') : Number.NaN;
    const at = Number.isFinite(newestAt) && newestAt >= now.getTime() ? new Date(newestAt + 1) : now;
    return backupName(at, reason);
  }

  /** Deletes all but the newest `maxBackups` copies. */
  prune(): void {
    for (const name of this.names().slice(this.maxBackups)) {
      try {
        fs.unlinkSync(path.join(this.dir, name));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
      this.#counts.delete(name);
    }
  }

  #peopleIn(file: string, stat: fs.Stats): number | null {
    const name = path.basename(file);
    const cached = this.#counts.get(name);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.people;
    let people: number | null = null;
    try {
      const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      const list = typeof raw === 'object' && raw !== null ? (raw as { people?: unknown }).people : undefined;
      people = Array.isArray(list) ? list.length : null;
    } catch {
      people = null;
    }
    this.#counts.set(name, { size: stat.size, mtimeMs: stat.mtimeMs, people });
    return people;
  }
}
