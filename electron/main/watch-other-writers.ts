/**
 * The window shows what the command line or another copy of the app committed: the roster is
 * asked about once a second (a cheap check of SQLite's data version), and on a change the window is
 * told to fetch again.
 */
export const WATCH_INTERVAL_MS = 1000;

export interface WatchDeps {
  readonly refreshIfChanged: () => boolean;
  readonly changed: () => void;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly log: (message: string, error?: unknown) => void;
  readonly intervalMs?: number;
}

export function watchOtherWriters(deps: WatchDeps): { stop(): void } {
  let handle: unknown = null;
  let stopped = false;
  const tick = (): void => {
    try {
      if (deps.refreshIfChanged()) deps.changed();
    } catch (error) {
      deps.log('The roster could not be checked for changes made elsewhere', error);
    }
    if (!stopped) handle = deps.setTimer(tick, deps.intervalMs ?? WATCH_INTERVAL_MS);
  };
  handle = deps.setTimer(tick, deps.intervalMs ?? WATCH_INTERVAL_MS);
  return {
    stop() {
      stopped = true;
      deps.clearTimer(handle);
    },
  };
}
