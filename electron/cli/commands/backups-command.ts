/** `credential-roster backups [restore NAME]`: the roster's backups, and putting one back. */
import path from 'node:path';
import { RosterStore } from '../../store/roster-store';
import { resolveDataDir } from '../../store/data-dir';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { DATA_OPTION, parseCommand } from '../parse';
import { formatTable } from '../format-table';

const OPTIONS = { ...DATA_OPTION, json: { type: 'boolean' } } as const;

export async function runBackups(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('backups', args, OPTIONS);
  const [action, name, extra] = positionals;
  if (action === undefined || action === 'list') {
    if (name !== undefined) throw new UsageError(`"backups list" takes no name ('${name}').`, 'backups');
    return listBackups(values.data, values.json === true, io);
  }
  if (action !== 'restore') throw new UsageError(`"${action}" is not something backups can do; use "list" or "restore NAME".`, 'backups');
  if (name === undefined || extra !== undefined) throw new UsageError('Name one backup to restore: backups restore NAME.', 'backups');
  const store = openForBackups(values.data, io);
  const data = store.restoreBackup(name);
  io.stdout(`Restored ${name}: the roster now has ${data.people.length} ${data.people.length === 1 ? 'person' : 'people'}. The roster as it was is in the newest backup.\n`);
  return EXIT_OK;
}

/**
 * Backups are how a user gets out of a damaged roster, so these work even when the roster
 * cannot be opened: the recovery message goes to stderr and the command carries on.
 */
function openForBackups(dataFlag: string | undefined, io: CliIo): RosterStore {
  const dataDir = path.resolve(io.cwd, resolveDataDir(dataFlag, io.env));
  const { store, recovery } = RosterStore.open({ dataDir, now: io.now, origin: { source: 'cli' } });
  if (recovery) io.stderr(`${recovery.message}\n`);
  return store;
}

function listBackups(dataFlag: string | undefined, json: boolean, io: CliIo): number {
  const store = openForBackups(dataFlag, io);
  const backups = store.listBackups();
  if (json) {
    io.stdout(`${JSON.stringify({ backupsDir: store.backupsDir, backups }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (backups.length === 0) {
    io.stdout(`There are no backups in ${store.backupsDir} yet.\n`);
    return EXIT_OK;
  }
  io.stdout(`Backups in ${store.backupsDir}, newest first:\n\n`);
  io.stdout(
    formatTable(
      ['Name', 'Taken (UTC)', 'Why', 'People', 'Size'],
      backups.map((b) => [b.name, b.createdAt.replace('T', ' ').slice(0, 19), b.reason, b.people === null ? '?' : String(b.people), `${Math.ceil(b.sizeBytes / 1024)} KB`]),
    ),
  );
  return EXIT_OK;
}
