/**
 * The backups folder: consistent snapshots of the database (and the JSON copies kept from before
 * the database), newest first, pruned to a limit. Names look like
 * `roster-2024-05-01T10-15-00-123Z-before-import.sqlite`; the UTC timestamp is fixed-width, so
 * sorting names sorts by time. A snapshot says in words why it was taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { BackupInfo } from '../../shared/view-models';
import { errorCode } from './read-data-file';

const NAME_PATTERN = /^roster-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.(sqlite|json)$/;

/** True for a name this folder produced; anything else (paths, `..`, other files) is refused. */
export function isBackupName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

export function isDatabaseBackup(name: string): boolean {
  return name.endsWith('.sqlite');
}

/** The creation time encoded in a backup's name, as an ISO timestamp. */
export function backupCreatedAt(name: string): string | null {
  const m = NAME_PATTERN.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : null;
}

/** The reason a name carries, as words (older copies say why only in their name). */
export function reasonInName(name: string): string {
  const slug = NAME_PATTERN.exec(name)?.[6] ?? '';
  return slug.replace(/-/g, ' ');
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

export function backupName(at: Date, reason: string, ext: 'sqlite' | 'json' = 'sqlite'): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `roster-${stamp}-${reasonSlug(reason)}.${ext}`;
}

interface Summary {
  readonly people: number | null;
  readonly reason: string | null;
}
interface SummaryCacheEntry extends Summary {
  readonly size: number;
  readonly mtimeMs: number;
}

/** What a snapshot holds, read without changing it: its people count and the reason written into it. */
function summarizeDatabase(file: string): Summary {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const people = (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
    const reason = db.prepare("SELECT value FROM meta WHERE name = 'backup_reason'").get() as { value: string } | undefined;
    return { people, reason: reason?.value ?? null };
  } catch {
    return { people: null, reason: null };
  } finally {
    db?.close();
  }
}

function summarizeJson(file: string): Summary {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const list = typeof raw === 'object' && raw !== null ? (raw as { people?: unknown }).people : undefined;
    return { people: Array.isArray(list) ? list.length : null, reason: null };
  } catch {
    return { people: null, reason: null };
  }
}

export class BackupFolder {
  // Counting people means opening the copy; remember the answer until the file changes.
  readonly #summaries = new Map<string, SummaryCacheEntry>();

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
        stat = fs.lstatSync(file);
      } catch {
        continue; // removed between listing and stat
      }
      // A link, a pipe or a folder with a backup's name is not one of ours: opening a pipe would hang.
      if (!stat.isFile()) continue;
      const summary = this.#summary(file, stat);
      infos.push({
        name,
        createdAt: backupCreatedAt(name) ?? stat.mtime.toISOString(),
        sizeBytes: stat.size,
        people: summary.people,
        reason: summary.reason ?? reasonInName(name),
      });
    }
    return infos;
  }

  /**
   * A name for a new copy taken at `now`. Never earlier than or equal to the newest existing
   * one, so order stays right even when two copies are taken in the same millisecond.
   */
  nextName(now: Date, reason: string, ext: 'sqlite' | 'json' = 'sqlite'): string {
    const newest = this.names()[0];
    const newestAt = newest ? Date.parse(backupCreatedAt(newest) ?? '') : Number.NaN;
    const at = Number.isFinite(newestAt) && newestAt >= now.getTime() ? new Date(newestAt + 1) : now;
    return backupName(at, reason, ext);
  }

  /** Deletes all but the newest `maxBackups` copies. */
  prune(): void {
    for (const name of this.names().slice(this.maxBackups)) {
      try {
        fs.unlinkSync(path.join(this.dir, name));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
      this.#summaries.delete(name);
    }
  }

  #summary(file: string, stat: fs.Stats): Summary {
    const name = path.basename(file);
    const cached = this.#summaries.get(name);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached;
    const summary = isDatabaseBackup(name) ? summarizeDatabase(file) : summarizeJson(file);
    this.#summaries.set(name, { ...summary, size: stat.size, mtimeMs: stat.mtimeMs });
    return summary;
  }
}
