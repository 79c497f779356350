/** Import errors whose message is written for the user. */
import { ImportFileError } from '../../import/read-table';
import { ImportRejectedError } from '../../import/commit';

export function isUserFacingImportError(error: unknown): error is ImportFileError | ImportRejectedError {
  return error instanceof ImportFileError || error instanceof ImportRejectedError;
}
