import { contract, type ChannelName, type ChannelOutput, type IpcResult } from '../../shared/ipc';
import type { Handlers } from './handlers';
import { UserError } from '../../shared/user-error';
import { validationMessage } from '../../shared/messages';

export const UNEXPECTED_ERROR_MESSAGE =
  'Something unexpected went wrong and nothing was changed. Please try again; if it keeps happening, restart Credential Roster.';

export interface DispatchOptions {
  /** Where bugs are reported; the window only ever sees the generic message. */
  readonly log?: (message: string, error: unknown) => void;
}

const defaultLog = (message: string, error: unknown): void => console.error(message, error);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/**
 * Validates `raw` with the channel's schema and runs the handler. Never throws: a bad request or a
 * refusal comes back as `{ ok: false, error }` in plain words; an unexpected exception as a generic
 * message (and is logged).
 */
export async function dispatch<C extends ChannelName>(
  handlers: Handlers,
  channel: C,
  raw: unknown,
  options: DispatchOptions = {},
): Promise<IpcResult<ChannelOutput<C>>> {
  const log = options.log ?? defaultLog;
  try {
    if (!isChannelName(channel)) return { ok: false, error: 'The app does not know that request.' };
    const parsed = contract[channel].input.safeParse(raw);
    if (!parsed.success) return { ok: false, error: validationMessage(parsed.error.issues) };
    const handler = handlers[channel] as (input: unknown) => Promise<ChannelOutput<C>>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.message };
    log(`Request "${String(channel)}" failed`, error);
    return { ok: false, error: UNEXPECTED_ERROR_MESSAGE };
  }
}
