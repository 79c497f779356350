/**
 * When the reminders digest is shown: once at start-up and then once a day while the app is open,
 * and only when something is left unacknowledged. Plain Node with the clock, the timer and the
 * notifier passed in, so the rules are tested without Electron.
 */
import type { IsoDate } from '../../shared/types';
import type { ReminderDigest } from '../../shared/recert/types';
import { todayIso } from '../../shared/dates';

export interface ReminderScheduleDeps {
  readonly now: () => Date;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  /** The digest for a local calendar date; the window's comes from the service host, so it may arrive later. */
  readonly digest: (asOf: IsoDate) => ReminderDigest | Promise<ReminderDigest>;
  readonly notify: (title: string, body: string) => void;
  readonly log?: (message: string, error?: unknown) => void;
}

export interface ReminderSchedule {
  /**
   * Checks now; true when a notification was shown. Never more than one per calendar day. A digest
   * that arrives later gives its answer later.
   */
  readonly check: () => boolean | Promise<boolean>;
  readonly stop: () => void;
}

/** A minute past midnight: the new day's digest, with a little room for a timer that fires early. */
const AFTER_MIDNIGHT_MS = 60_000;
/** Bounds on one wait: a clock moved far ahead or back still gets a check within a day. */
const MIN_WAIT_MS = 60_000;
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

export function startReminderSchedule(deps: ReminderScheduleDeps): ReminderSchedule {
  let checkedDay: IsoDate | null = null;
  let timer: unknown = null;
  let stopped = false;

  const show = (digest: ReminderDigest): boolean => {
    if (stopped || digest.items.length === 0) return false;
    deps.notify(digest.title, digest.body);
    return true;
  };
  const failed = (error: unknown): boolean => {
    deps.log?.('The reminders digest could not be prepared', error);
    return false;
  };

  const check = (): boolean | Promise<boolean> => {
    const asOf = todayIso(deps.now());
    if (asOf === checkedDay) return false;
    checkedDay = asOf;
    try {
      const digest = deps.digest(asOf);
      return digest instanceof Promise ? digest.then(show, failed) : show(digest);
    } catch (error) {
      return failed(error);
    }
  };

  const scheduleNext = (): void => {
    if (stopped) return;
    timer = deps.setTimer(() => {
      timer = null;
      check();
      scheduleNext();
    }, msUntilNextDay(deps.now()));
  };

  check();
  scheduleNext();
  return {
    check,
    stop: () => {
      stopped = true;
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
  };
}

/** Milliseconds from `now` to just after the next local midnight, within sane bounds. */
export function msUntilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const wait = next.getTime() - now.getTime() + AFTER_MIDNIGHT_MS;
  return Math.min(Math.max(wait, MIN_WAIT_MS), MAX_WAIT_MS + AFTER_MIDNIGHT_MS);
}
