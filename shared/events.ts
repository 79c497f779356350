/**
 * The events the services send to the window. No schemas here, so the sandboxed preload can
 * import the event names without bundling zod.
 */
import type { ImportProgress } from './view-models';

/** Events the main process sends to the window. */
export interface MainEvents {
  'import:progress': ImportProgress;
  'export:progress': ImportProgress;
  /** A menu item the window carries out (Import…, Export ▸ …, Backups…). */
  'menu:command': { readonly command: MenuCommand };
  /** Files dropped on the window or opened with the app. */
  'files:opened': { readonly files: readonly string[] };
  /** The data file was unreadable at start-up; what happened, in plain words. */
  'store:recovered': { readonly message: string };
  /** Another process (the command line, a second window) committed a change to the roster. */
  'roster:changed': Record<string, never>;
}
export type MainEventName = keyof MainEvents;
export const MAIN_EVENTS: readonly MainEventName[] = [
  'import:progress',
  'export:progress',
  'menu:command',
  'files:opened',
  'store:recovered',
  'roster:changed',
];

export type MenuCommand =
  | 'import'
  | 'export-change-log'
  | 'export-dif'
  | 'export-eligibility'
  | 'export-roster'
  | 'export-expiring'
  | 'backups'
  | 'new-person'
  | 'show-roster'
  | 'show-dashboard';
