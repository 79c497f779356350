/**
 * Runs in the page before its own scripts (Playwright serialises this function, so it must not
 * use anything from outside its body). Builds `window.roster` with the preload's shape.
 */
export interface BridgeArgs {
  readonly channels: readonly string[];
  readonly events: readonly string[];
  readonly dropDir: string;
}

export function installRosterBridge(args: BridgeArgs): void {
  type Listener = (payload: unknown) => void;
  const host = window as unknown as {
    __rosterInvoke(channel: string, raw: unknown): Promise<unknown>;
    __rosterEmit?: (event: string, payload: unknown) => void;
    roster?: unknown;
  };
  const listeners = new Map<string, Set<Listener>>();
  const queued = new Map<string, unknown[]>();

  host.__rosterEmit = (event, payload) => {
    if (!args.events.includes(event)) throw new Error(`Unknown event ${event}`);
    const current = listeners.get(event);
    if (current && current.size > 0) {
      for (const listener of [...current]) listener(payload);
    } else {
      queued.set(event, [...(queued.get(event) ?? []), payload]);
    }
  };

  const api: Record<string, unknown> = {};
  for (const channel of args.channels) {
    // Playwright copies the argument across, as structured clone does over IPC.
    api[channel] = (input: unknown) => host.__rosterInvoke(channel, input);
  }
  api.on = (event: string, listener: Listener) => {
    if (!args.events.includes(event)) throw new Error(`Unknown event ${event}`);
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    const waiting = queued.get(event);
    if (waiting) {
      queued.delete(event);
      queueMicrotask(() => waiting.forEach((payload) => listener(payload)));
    }
    return () => void set.delete(listener);
  };
  api.pathForFile = (file: File) => {
    if (!(file instanceof File)) return null;
    const relative = file.webkitRelativePath || file.name;
    return relative ? `${args.dropDir.replace(/[\\/]+$/, '')}/${relative}` : null;
  };
  Object.defineProperty(window, 'roster', { value: Object.freeze(api), enumerable: true, configurable: false, writable: false });
}
