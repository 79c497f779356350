/**
 * Opening the roster at start-up: the data folder, a backup of what was there, and the
 * plain-words recovery prompt when the roster could not be read.
 */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { DATA_DIR_ENV } from '../store/data-dir';
import { RosterStore, type RecoveryReport } from '../store/roster-store';

/** The data folder: CREDENTIAL_ROSTER_DATA when set, else Electron's userData folder. */
export function chooseDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  return fromEnv ? fromEnv : userData;
}

export interface OpenedStore {
  readonly store: RosterStore;
  readonly recovery: RecoveryReport | null;
}

export function openStoreAtStartup(dataDir: string, log: (message: string, error?: unknown) => void): OpenedStore {
  const opened = RosterStore.open({ dataDir, origin: { source: 'window' } });
  try {
    // A copy of what we start from, so a bad day always has yesterday's file to go back to.
    if (opened.recovery === null && opened.store.read().people.length > 0) opened.store.backup('when the app started');
  } catch (error) {
    log('The start-up backup could not be written', error);
  }
  return opened;
}

export type ShowMessageBox = (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;

/**
 * Tells the user what happened to an unreadable data file and offers the newest good backup.
 * Returns the message to pass to the window as `store:recovered`.
 */
export async function offerRecovery(
  store: RosterStore,
  recovery: RecoveryReport,
  showMessageBox: ShowMessageBox,
  log: (message: string, error?: unknown) => void,
): Promise<string> {
  const backup = recovery.newestBackup;
  if (!backup) {
    await showMessageBox({
      type: 'warning',
      title: 'Roster data could not be read',
      message: 'Your roster data could not be read, and there is no backup to restore.',
      detail: `${recovery.message}\n\nCredential Roster has started with an empty roster.`,
      buttons: ['OK'],
    });
    return recovery.message;
  }
  const answer = await showMessageBox({
    type: 'warning',
    title: 'Roster data could not be read',
    message: 'Your roster data could not be read. Restore the most recent backup?',
    detail: `${recovery.message}\n\nThe most recent good backup is from ${backup.createdAt}${
      backup.people === null ? '' : ` (${backup.people} people)`
    }.`,
    buttons: ['Restore Backup', 'Start With an Empty Roster'],
    defaultId: 0,
    cancelId: 1,
  });
  if (answer.response !== 0) return `${recovery.message} You chose to start with an empty roster.`;
  try {
    const data = store.restoreBackup(backup.name);
    const keptAs = recovery.movedTo ? ` The unreadable file was kept as ${recovery.movedTo}.` : '';
    return `Your roster data could not be read, so the most recent backup (from ${backup.createdAt}, ${data.people.length} people) was restored.${keptAs}`;
  } catch (error) {
    log('Restoring the backup failed', error);
    const why = error instanceof Error ? error.message : String(error);
    await showMessageBox({ type: 'error', title: 'Backup not restored', message: 'The backup could not be restored.', detail: why, buttons: ['OK'] });
    return `${recovery.message} The backup could not be restored: ${why}`;
  }
}
