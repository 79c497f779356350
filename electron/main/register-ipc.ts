import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ChannelName, type IpcResult } from '../../shared/ipc';

/** The part of ipcMain this needs; tests pass a recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export const UNTRUSTED_SENDER_MESSAGE = 'This request did not come from the Credential Roster window and was refused.';

/** Runs one request: the service host validates it and runs its handler, off this thread. */
export type RunRequest = (channel: ChannelName, raw: unknown) => Promise<IpcResult<unknown>>;

/**
 * Registers one handler per contract channel, and no other way in. Each request must come from
 * our window and from a frame showing our own page; then it is passed on to be validated and run.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  run: RunRequest,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log: (message: string, error: unknown) => void = (m, e) => console.error(m, e),
): readonly ChannelName[] {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, raw) => {
      if (!isTrustedSender(event)) {
        log(`Refused "${channel}" from an untrusted sender`, event.senderFrame?.url ?? '(no frame)');
        return { ok: false, error: UNTRUSTED_SENDER_MESSAGE };
      }
      return run(channel, raw);
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
