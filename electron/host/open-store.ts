/** Opening the roster when the app starts: a backup of what was there, or the report of what could not be read. */
import { RosterStore, type RecoveryReport } from '../store/roster-store';

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
