import type { RosterApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** The preload's bridge to the main process; the window's only way to reach data. */
    readonly roster: RosterApi;
  }
}
