/** The words for an edit refused because someone else changed the same person first. */
import { format } from 'date-fns/format';
import type { Person } from '../../shared/types';
import type { ChangeLogEntry } from '../../shared/change-log';

function by(entry: ChangeLogEntry): string {
  switch (entry.source) {
    case 'import':
      return entry.detail ? `by an import from ${entry.detail}` : 'by an import';
    case 'cli':
      return `from the command line (${entry.user})`;
    case 'window':
      return `in Credential Roster (${entry.user})`;
    case 'undo':
      return 'by undoing an import';
    case 'restore':
      return 'by restoring a backup';
    case 'migration':
      return 'when the roster was moved to its database';
  }
}

export function conflictMessage(employeeId: string, person: Person | undefined, last: ChangeLogEntry | null): string {
  const when = last ? ` at ${format(new Date(last.at), 'h:mm a')} on ${format(new Date(last.at), 'MMM d, yyyy')}` : '';
  if (!person) {
    return `Employee ID ${employeeId} was deleted${last ? ` ${by(last)}` : ''}${when}; your change was not saved.`;
  }
  const name = `${person.firstName} ${person.lastName}`.trim() || `Employee ID ${employeeId}`;
  return `${name} was changed${last ? ` ${by(last)}` : ' elsewhere'}${when}; your change was not saved. Reload to see it.`;
}
