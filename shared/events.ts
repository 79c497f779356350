/**
 * The events the services send to the window, named once. No schemas here, so the sandboxed
 * preload imports the event names without bundling zod.
 */
import type { ImportProgress } from './view-models';

/** Phantom: carries an event's payload type; the value itself is empty. */
const event = <P>(): { readonly payload?: P } => ({});

const mainEvents = {
  'import:progress': event<ImportProgress>(),
  'export:progress': event<ImportProgress>(),
  /** A menu item the window carries out (Import…, Export ▸ …, Backups…). */
  'menu:command': event<{ readonly command: MenuCommand }>(),
  /** Files dropped on the window or opened with the app. */
  'files:opened': event<{ readonly files: readonly string[] }>(),
  /** The data file was unreadable at start-up; what happened, in plain words. */
  'store:recovered': event<{ readonly message: string }>(),
  /** Another process (the command line, a second window) committed a change to the roster. */
  'roster:changed': event<Record<string, never>>(),
  /** The settings were written (the settings screen, an import remembering its answers, a restore). */
  'settings:changed': event<Record<string, never>>(),
};

export type MainEventName = keyof typeof mainEvents;
/** Each event's payload, by name. */
export type MainEvents = { readonly [E in MainEventName]: NonNullable<(typeof mainEvents)[E]['payload']> };
export const MAIN_EVENTS = Object.keys(mainEvents) as readonly MainEventName[];

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
