/** Import and export errors whose message is written for the user. */
import { ImportFileError } from '../../import/read-table';
import { ImportRejectedError } from '../../import/commit';
import { ReportFileError } from '../../export/partial-file';

export function isUserFacingServiceError(error: unknown): error is ImportFileError | ImportRejectedError | ReportFileError {
  return error instanceof ImportFileError || error instanceof ImportRejectedError || error instanceof ReportFileError;
}
