import type { RosterApi } from '../../../shared/ipc';

// The bridge as specs see it inside `page.evaluate` callbacks (the renderer declares the same).
declare global {
  interface Window {
    readonly roster: RosterApi;
  }
}
