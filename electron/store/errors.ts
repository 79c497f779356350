import { UserError } from '../../shared/user-error';

/**
 * Errors the store raises for something the user can act on. The message is written for a
 * manager, not a developer: it is shown as is in the window and printed by the CLI.
 */
export class StoreError extends UserError {
  override readonly name: string = 'StoreError';
}

/** The data file was written by a newer version of the app; it must never be overwritten. */
export class NewerVersionError extends StoreError {
  override readonly name: string = 'NewerVersionError';
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This roster was made by a newer version of Credential Roster (data format ${fileVersion}; this version reads up to ${supportedVersion}). Install the newer version to open it.`,
    );
  }
}
