import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ChannelName } from '../../shared/ipc';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';

/** The part of ipcMain this needs; tests pass a recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export const UNTRUSTED_SENDER_MESSAGE = 'This request did not come from the Credential Roster window and was refused.';

/**
 * Registers one handler per contract channel, and no other way in. Each request must come from
 * our window and from a frame showing our own page; then it is validated and run by `dispatch`.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): readonly ChannelName[] {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, raw) => {
      if (!isTrustedSender(event)) {
        log(`Refused "${channel}" from an untrusted sender`, event.senderFrame?.url ?? '(no frame)');
        return { ok: false, error: UNTRUSTED_SENDER_MESSAGE };
      }
      return dispatch(handlers, channel, raw, { log });
    });
  }
  return CHANNELS;
}

/** The sender check: the request comes from `expected` webContents and its frame shows an app URL. */
export function trustedSenderCheck(
  expected: () => { readonly id: number } | null,
  isAppUrl: (url: string) => boolean,
): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const contents = expected();
    if (!contents || event.sender.id !== contents.id) return false;
    const frame = event.senderFrame;
    return frame !== null && frame !== undefined && isAppUrl(frame.url);
  };
}
