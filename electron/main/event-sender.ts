import type { MainEventName, MainEvents } from '../../shared/events';

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Sends main-process events to the window, holding them until the page has loaded (files opened
 * with the app, the recovery notice) so none is lost to a window still starting.
 */
export class EventSender {
  private target: EventTarget | null = null;
  private readonly pending: { event: MainEventName; payload: unknown }[] = [];

  /** The page finished loading: deliver what waited, then send directly. */
  attach(target: EventTarget): void {
    this.target = target;
    for (const { event, payload } of this.pending.splice(0)) target.send(event, payload);
  }

  /** The page is gone (reload, closed): hold events again. */
  detach(): void {
    this.target = null;
  }

  emit<E extends MainEventName>(event: E, payload: MainEvents[E]): void {
    if (this.target && !this.target.isDestroyed()) this.target.send(event, payload);
    // Progress is only useful live; everything else waits for the window.
    else if (event !== 'import:progress' && event !== 'export:progress') this.pending.push({ event, payload });
  }
}
