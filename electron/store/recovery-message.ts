/**
 * The words shown when the data file could not be used at start-up: what was wrong, where the
 * file went, and which backup can bring the roster back.
 */
import { format } from 'date-fns/format';
import type { BackupInfo } from '../../shared/view-models';
import type { DataFileProblem } from './read-data-file';

export function describeBackup(backup: BackupInfo): string {
  const when = format(new Date(backup.createdAt), 'yyyy-MM-dd HH:mm');
  const people = backup.people === null ? '' : `, ${backup.people} ${backup.people === 1 ? 'person' : 'people'}`;
  return `${backup.name} (${when}${people})`;
}

export function recoveryMessage(
  problem: DataFileProblem,
  detail: string,
  dataFile: string,
  movedTo: string | null,
  moveFailure: string | null,
  newestBackup: BackupInfo | null,
): string {
  const opening =
    problem === 'newer-version'
      ? `${detail}`
      : problem === 'invalid'
        ? `Your roster file ${dataFile} could not be used. ${detail}`
        : `Your roster file ${dataFile} could not be opened: ${detail}.`;
  const where = movedTo
    ? ` The file was moved to ${movedTo} and has not been changed, and Credential Roster started with an empty roster.`
    : ` The file could not be moved aside (${moveFailure ?? 'unknown reason'}), so it was left where it is and nothing will be saved until the problem is fixed.`;
  const backup = newestBackup
    ? ` The most recent good backup is ${describeBackup(newestBackup)}; restore it from Settings › Backups.`
    : ' There is no good backup to restore.';
  return opening + where + backup;
}
