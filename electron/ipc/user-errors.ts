import { StoreError } from '../store/errors';
import { ImportFileError } from '../import/read-table';
import { ImportRejectedError } from '../import/commit';
import { ReportFileError } from '../export/partial-file';
import { HandlerError } from './errors';

const USER_FACING: readonly (abstract new (...args: never[]) => Error)[] = [
  HandlerError,
  StoreError,
  ImportFileError,
  ImportRejectedError,
  ReportFileError,
];

/** Errors whose message was written for the user; anything else is a bug and gets a generic message. */
export function isUserFacingError(error: unknown): error is Error {
  return USER_FACING.some((kind) => error instanceof kind);
}
