/** Opens the roster a command works on, and stops with the recovery message when it was unusable. */
import path from 'node:path';
import { resolveDataDir } from '../store/data-dir';
import { RosterStore } from '../store/roster-store';
import { CommandFailure, type CliIo } from './cli-io';

export function openRoster(dataFlag: string | undefined, io: CliIo): RosterStore {
  const dataDir = path.resolve(io.cwd, resolveDataDir(dataFlag, io.env));
  const { store, recovery } = RosterStore.open({ dataDir, now: io.now, origin: { source: 'cli' } });
  // Carrying on with an empty roster would silently give wrong answers; say what happened instead.
  if (recovery) {
    throw new CommandFailure(
      `${recovery.message}${recovery.newestBackup ? ` From here: credential-roster backups restore ${recovery.newestBackup.name}` : ''}`,
    );
  }
  return store;
}
