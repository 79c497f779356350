/** File-system failures the user can fix, in plain words; null for anything else (a bug). */
import { StoreError } from './errors';
import { errorCode } from './read-data-file';

export function fileSystemFailure(error: unknown, what: string, folder: string): StoreError | null {
  const why = reason(errorCode(error), folder);
  return why ? new StoreError(`${what}: ${why}. Nothing was changed.`) : null;
}

function reason(code: string | undefined, folder: string): string | null {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `this user account is not allowed to write in ${folder}`;
    case 'EROFS':
      return `${folder} is on a read-only disk`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EBUSY':
      return 'another program has the file locked; close it and try again';
    // EEXIST is mkdir's answer when a file has the folder's name.
    case 'ENOTDIR':
    case 'EISDIR':
    case 'EEXIST':
      return `${folder} is not a usable folder`;
    default:
      return null;
  }
}
