import { UserError } from '../../shared/user-error';

/** What a command may touch: output streams, environment, working folder, clock. Tests pass fakes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly now: () => Date;
  readonly appVersion: string;
}

export const EXIT_OK = 0;
/** The input was refused (bad rows, unreadable file, damaged roster); nothing was written. */
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;
/** A bug: something that should not happen (sysexits EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/** The command line itself is wrong; the message says how to put it right. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command: string | null,
  ) {
    super(message);
  }
}

/** The command ran but refused its input; the message is for the user. */
export class CommandFailure extends UserError {
  override readonly name = 'CommandFailure';
}
