/**
 * The window's cache of answers, keyed by channel and input. A screen that comes back finds its
 * answer still here and asks nothing; the answers go stale only when the data they come from
 * changes: the main process says so ("roster changed", "settings changed"), or the window itself
 * made a change. Stale answers on screen are fetched again at once; the others when next shown.
 * Plain TypeScript with the transport passed in, so it is tested without a browser.
 */
import type { IpcResult } from '../../../shared/ipc';

/** What one answer depends on; a change to any of them makes it stale. */
export type Topic = 'roster' | 'settings' | 'catalog';

/** One answer as a screen sees it. The last value is kept while a fetch runs or after one failed. */
export interface QuerySnapshot<T> {
  readonly data: T | undefined;
  /** Why the last fetch failed, in words; null when it worked. */
  readonly error: string | null;
  readonly loading: boolean;
}

export type Fetch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

export interface QueryCacheOptions {
  readonly fetch: Fetch;
  /** The topics each cached channel's answer depends on. */
  readonly topicsOf: (channel: string) => readonly Topic[];
  /** Answers no screen shows that are kept per channel, most recent first (default 2). */
  readonly keepUnobserved?: number;
}

/** One cached answer; screens hold it and the cache keeps it current. */
export interface QueryEntry {
  readonly key: string;
  readonly channel: string;
  readonly input: unknown;
}

interface Entry extends QueryEntry {
  snapshot: QuerySnapshot<unknown>;
  readonly listeners: Set<() => void>;
  /** True when the data changed since the answer was fetched (or the fetch failed). */
  stale: boolean;
  /** The fetch whose answer is awaited; an answer to any other one is dropped. */
  inFlight: { readonly seq: number; readonly done: Promise<void> } | null;
  seq: number;
  /** When the last screen stopped showing it, for dropping the oldest. */
  unobservedAt: number;
}

const STARTING: QuerySnapshot<never> = { data: undefined, error: null, loading: true };

/** Text of plain data with object keys sorted, so `{a, b}` and `{b, a}` share one answer. */
export function stableKey(channel: string, input: unknown): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  };
  return `${channel} ${input === undefined ? '' : JSON.stringify(sorted(input))}`;
}

export class QueryCache {
  readonly #entries = new Map<string, Entry>();
  readonly #options: QueryCacheOptions;
  #clock = 0;

  constructor(options: QueryCacheOptions) {
    this.#options = options;
  }

  /** The cache's entry for this channel and input, made (not yet fetched) on first use. */
  entry(channel: string, input: unknown): QueryEntry {
    const key = stableKey(channel, input);
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { key, channel, input, snapshot: STARTING, listeners: new Set(), stale: true, inFlight: null, seq: 0, unobservedAt: 0 };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  snapshot<T>(handle: QueryEntry): QuerySnapshot<T> {
    return this.#own(handle).snapshot as QuerySnapshot<T>;
  }

  /**
   * A screen shows this answer: `listener` hears every change, and the answer is fetched unless a
   * current one is cached or on its way. Returns the function that stops listening.
   */
  observe(handle: QueryEntry, listener: () => void): () => void {
    const entry = this.#own(handle);
    entry.listeners.add(listener);
    if (entry.stale && !entry.inFlight) void this.#fetch(entry);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        entry.unobservedAt = ++this.#clock;
        this.#dropUnobserved(entry.channel);
      }
    };
  }

  /** Fetches the answer again ("Try again", a screen that changed something); joins a fetch already on its way. */
  refetch(handle: QueryEntry): Promise<void> {
    const entry = this.#own(handle);
    return entry.inFlight ? entry.inFlight.done : this.#fetch(entry);
  }

  /**
   * The data behind `topics` changed: every answer depending on one goes stale. Those on screen
   * are fetched again now (a fetch already on its way may predate the change, so its answer is
   * dropped); the others when next shown.
   */
  invalidate(topics: readonly Topic[]): void {
    for (const entry of this.#entries.values()) {
      if (!this.#options.topicsOf(entry.channel).some((t) => topics.includes(t))) continue;
      entry.stale = true;
      if (entry.listeners.size > 0) void this.#fetch(entry);
      else if (entry.inFlight) {
        entry.seq += 1;
        entry.inFlight = null;
        this.#set(entry, { ...entry.snapshot, loading: false });
      }
    }
  }

  /** How many answers are held, for tests and diagnostics. */
  get size(): number {
    return this.#entries.size;
  }

  /** The live entry for a handle's key; a handle dropped meanwhile is taken back, since a screen holds it again. */
  #own(handle: QueryEntry): Entry {
    const live = this.#entries.get(handle.key);
    if (live) return live;
    this.#entries.set(handle.key, handle as Entry);
    return handle as Entry;
  }

  #fetch(entry: Entry): Promise<void> {
    const seq = ++entry.seq;
    if (!entry.snapshot.loading) this.#set(entry, { ...entry.snapshot, loading: true });
    const done = this.#options
      .fetch(entry.channel, entry.input)
      .catch((error: unknown): IpcResult<unknown> => ({ ok: false, error: `Something went wrong talking to the app: ${error instanceof Error ? error.message : String(error)}` }))
      .then((answer) => {
        if (entry.seq !== seq) return;
        entry.inFlight = null;
        // A failed answer stays stale, so the next screen to show it asks again.
        entry.stale = !answer.ok;
        this.#set(entry, answer.ok ? { data: answer.value, error: null, loading: false } : { data: entry.snapshot.data, error: answer.error, loading: false });
      });
    entry.inFlight = { seq, done };
    return done;
  }

  #set(entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of [...entry.listeners]) listener();
  }

  /** Keeps the most recently shown answers of a channel that no screen shows; drops the rest. */
  #dropUnobserved(channel: string): void {
    const keep = this.#options.keepUnobserved ?? 2;
    const idle = [...this.#entries.values()]
      .filter((e) => e.channel === channel && e.listeners.size === 0)
      .sort((a, b) => b.unobservedAt - a.unobservedAt);
    for (const entry of idle.slice(keep)) {
      entry.seq += 1;
      entry.inFlight = null;
      this.#entries.delete(entry.key);
    }
  }
}
