/**
 * The main-process side of the service host: starts the worker thread that owns the roster,
 * forwards each request to it, relays its events, answers what it asks of Electron, and restarts
 * it when it crashes or stops answering. Every request gets an answer: a result from the worker,
 * or a plain-words message saying why there is none.
 */
import { Worker } from 'node:worker_threads';
import type { ChannelName, ChannelOutput, IpcResult } from '../../shared/ipc';
import type { MainEventName, MainEvents } from '../../shared/events';
import type { IsoDate } from '../../shared/types';
import type { ReminderDigest } from '../../shared/recert/types';
import type { RecoveryReport } from '../store/roster-store';
import type { FromHost, HostAsk, HostConfig, HostPorts, ToHost } from './protocol';

export const HOST_CRASHED_MESSAGE =
  'The part of Credential Roster that works on the roster stopped unexpectedly, so this was not finished. ' +
  'It has been restarted and changes saved before this are kept; please try again.';
export const HOST_UNRESPONSIVE_MESSAGE =
  'The part of Credential Roster that works on the roster stopped answering, so this was not finished. ' +
  'It has been restarted and changes saved before this are kept; please try again.';
export const HOST_STOPPED_MESSAGE = 'Credential Roster is closing; this was not finished.';

export interface ServiceHostOptions {
  /** The built worker entry (out/main/services.js). */
  readonly entry: string;
  readonly config: HostConfig;
  /** Dialogs and the shell, as the main process provides them. */
  readonly ports: HostPorts;
  /** Sends an event on to the window. */
  readonly emit: <E extends MainEventName>(event: E, payload: MainEvents[E]) => void;
  readonly log?: (message: string, error?: unknown) => void;
  /** How often the worker is asked whether it is alive. */
  readonly heartbeatMs?: number;
  /** How long the worker may go without a word before it is called unresponsive and replaced. */
  readonly unresponsiveAfterMs?: number;
  /** How long a starting worker may take to open the roster (loading the code, a large roster) before it is replaced. */
  readonly startTimeoutMs?: number;
  /** Restarts in a row that never get the worker ready before the host gives up. */
  readonly maxFailedStarts?: number;
}

type Pending =
  | { readonly kind: 'dispatch'; readonly resolve: (result: IpcResult<unknown>) => void }
  | { readonly kind: 'digest'; readonly resolve: (digest: ReminderDigest) => void; readonly reject: (error: Error) => void };

const DEFAULT_HEARTBEAT_MS = 2_000;
/** Long enough for the slowest single step of a large import, short enough that nobody waits for ever. */
const DEFAULT_UNRESPONSIVE_MS = 30_000;
const DEFAULT_START_TIMEOUT_MS = 120_000;

export class ServiceHost {
  readonly #options: ServiceHostOptions;
  readonly #log: (message: string, error?: unknown) => void;
  readonly #pending = new Map<number, Pending>();
  #worker: Worker | null = null;
  /** Resolves when the current worker is ready; requests made before wait on it. */
  #ready: Promise<void> = Promise.resolve();
  #nextId = 1;
  #lastHeard = Date.now();
  /** When the current worker was started, until it says it is ready. */
  #startingSince: number | null = null;
  /** Why the current worker is being replaced, when the host itself ended it. */
  #endedBecause: string | null = null;
  #failedStarts = 0;
  #startProblem: string | null = null;
  #closed = false;
  #heartbeat: ReturnType<typeof setInterval> | null = null;
  #starts = 0;

  private constructor(options: ServiceHostOptions) {
    this.#options = options;
    this.#log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  }

  /**
   * Starts the worker. `opened` settles once the roster is open (with the recovery report when it
   * had to be rebuilt) or could not be; requests made meanwhile wait for it, so the window can open
   * while the worker loads.
   */
  static start(options: ServiceHostOptions): { host: ServiceHost; opened: Promise<RecoveryReport | null> } {
    const host = new ServiceHost(options);
    const opened = host.#spawn().then(
      (recovery) => {
        host.#startHeartbeat();
        return recovery;
      },
      async (error: unknown) => {
        // Not started at all: no restarts behind the caller's back; it decides what to tell the user.
        host.#closed = true;
        await host.#worker?.terminate();
        throw error;
      },
    );
    return { host, opened };
  }

  /** How many workers have been started: the first, then one per restart. */
  get starts(): number {
    return this.#starts;
  }

  /** Runs a channel in the worker (which validates `input`); never rejects. */
  async request<C extends ChannelName>(channel: C, input: unknown): Promise<IpcResult<ChannelOutput<C>>> {
    const problem = await this.#waitReady();
    if (problem) return { ok: false, error: problem };
    return new Promise((resolve) => {
      const id = this.#nextId++;
      this.#pending.set(id, { kind: 'dispatch', resolve: resolve as (result: IpcResult<unknown>) => void });
      this.#send({ type: 'dispatch', id, channel, input });
    });
  }

  /** The reminders digest for a date, prepared in the worker. */
  async digest(asOf: IsoDate): Promise<ReminderDigest> {
    const problem = await this.#waitReady();
    if (problem) throw new Error(problem);
    return new Promise((resolve, reject) => {
      const id = this.#nextId++;
      this.#pending.set(id, { kind: 'digest', resolve, reject });
      this.#send({ type: 'digest', id, asOf });
    });
  }

  /** Closes the roster in the worker and ends it; requests still waiting get a plain answer. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    const worker = this.#worker;
    if (!worker) return;
    this.#endedBecause = HOST_STOPPED_MESSAGE;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const closed = new Promise<void>((resolve) => {
      worker.on('message', (message: FromHost) => {
        if (message.type === 'closed') resolve();
      });
    });
    worker.postMessage({ type: 'close' } satisfies ToHost);
    // A worker too busy to close its roster cleanly is ended anyway; SQLite keeps what was committed.
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
    await Promise.race([closed, exited, timeout]);
    await worker.terminate();
    await exited;
  }

  async #waitReady(): Promise<string | null> {
    if (this.#closed) return this.#startProblem ?? HOST_STOPPED_MESSAGE;
    await this.#ready;
    return this.#startProblem;
  }

  #send(message: ToHost): void {
    this.#worker?.postMessage(message);
  }

  /** Starts a worker; resolves with its recovery report once it is ready, or rejects when it cannot open the roster. */
  #spawn(): Promise<RecoveryReport | null> {
    this.#starts += 1;
    const worker = new Worker(this.#options.entry, { workerData: this.#options.config });
    this.#worker = worker;
    this.#lastHeard = Date.now();
    this.#startingSince = Date.now();
    this.#endedBecause = null;
    let settle: { resolve: (r: RecoveryReport | null) => void; reject: (e: Error) => void } | null = null;
    const readyWithReport = new Promise<RecoveryReport | null>((resolve, reject) => {
      settle = { resolve, reject };
    });
    this.#ready = readyWithReport.then(
      () => undefined,
      () => undefined,
    );

    worker.on('message', (message: FromHost) => {
      if (worker !== this.#worker) return;
      this.#lastHeard = Date.now();
      switch (message.type) {
        case 'ready':
          this.#startingSince = null;
          this.#failedStarts = 0;
          this.#startProblem = null;
          settle?.resolve(message.recovery);
          settle = null;
          return;
        case 'failed':
          this.#startProblem = `Credential Roster could not open the roster: ${message.message}`;
          settle?.reject(new Error(this.#startProblem));
          settle = null;
          return;
        case 'result': {
          const pending = this.#take(message.id);
          if (pending?.kind === 'dispatch') pending.resolve(message.result);
          return;
        }
        case 'digest': {
          const pending = this.#take(message.id);
          if (pending?.kind !== 'digest') return;
          if (message.ok) pending.resolve(message.digest);
          else pending.reject(new Error(message.error));
          return;
        }
        case 'event':
          this.#options.emit(message.event, message.payload as never);
          return;
        case 'ask':
          void this.#answer(worker, message);
          return;
        case 'pong':
        case 'closed':
          return;
      }
    });
    worker.on('error', (error) => {
      if (worker === this.#worker) this.#log('The service host stopped with an error', error);
    });
    worker.on('exit', (code) => {
      if (worker !== this.#worker) return;
      this.#worker = null;
      const why = this.#endedBecause ?? HOST_CRASHED_MESSAGE;
      this.#failAll(why);
      if (settle) {
        this.#startProblem ??= `Credential Roster could not open the roster (the service host ended with code ${code}).`;
        settle.reject(new Error(this.#startProblem));
        settle = null;
      }
      if (this.#closed) return;
      this.#failedStarts += 1;
      if (this.#failedStarts > (this.#options.maxFailedStarts ?? 3)) {
        this.#log('The service host keeps stopping; it is not started again', code);
        this.#startProblem ??= HOST_CRASHED_MESSAGE;
        return;
      }
      this.#log(`The service host ended (code ${code}); starting it again`);
      this.#spawn().then(
        (recovery) => {
          if (recovery) this.#options.emit('store:recovered', { message: recovery.message });
        },
        (error: unknown) => this.#log('The service host could not be started again', error),
      );
    });
    return readyWithReport;
  }

  /** Carries out what the worker asks of Electron and sends back the answer. */
  async #answer(worker: Worker, message: HostAsk): Promise<void> {
    const { ports } = this.#options;
    let reply: ToHost;
    try {
      let value: string[] | string | null = null;
      if (message.ask === 'openImportFiles') value = await ports.dialogs.openImportFiles();
      else if (message.ask === 'saveFile') value = await ports.dialogs.saveFile(message.args.defaultName, message.args.filters);
      else if (message.ask === 'showInFolder') ports.shell.showInFolder(message.args.file);
      else await ports.shell.openExternal(message.args.url);
      reply = { type: 'answer', id: message.id, ok: true, value };
    } catch (error) {
      this.#log(`The service host's "${message.ask}" could not be done`, error);
      reply = { type: 'answer', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (worker === this.#worker) worker.postMessage(reply);
  }

  #take(id: number): Pending | undefined {
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    return pending;
  }

  #failAll(why: string): void {
    for (const pending of this.#pending.values()) {
      if (pending.kind === 'dispatch') pending.resolve({ ok: false, error: why });
      else pending.reject(new Error(why));
    }
    this.#pending.clear();
  }

  /** A worker that says nothing for too long (stuck in a loop, say) is ended and replaced. */
  #startHeartbeat(): void {
    const every = this.#options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    const limit = this.#options.unresponsiveAfterMs ?? DEFAULT_UNRESPONSIVE_MS;
    let lastTick = Date.now();
    this.#heartbeat = setInterval(() => {
      const now = Date.now();
      const heldUpHere = now - lastTick > limit / 2;
      lastTick = now;
      const worker = this.#worker;
      if (!worker || this.#endedBecause) return;
      // This thread was itself busy (a long task of its own): the worker's replies may be queued
      // behind this timer, so its silence proves nothing yet; it is judged from now on.
      if (heldUpHere) this.#lastHeard = now;
      // A starting worker is judged by how long starting may take; a running one by its silence.
      const stuck =
        this.#startingSince === null
          ? Date.now() - this.#lastHeard > limit
          : Date.now() - this.#startingSince > (this.#options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
      if (stuck) {
        this.#log('The service host stopped answering; it is restarted');
        this.#endedBecause = HOST_UNRESPONSIVE_MESSAGE;
        void worker.terminate();
        return;
      }
      worker.postMessage({ type: 'ping', id: this.#nextId++ } satisfies ToHost);
    }, every);
    // The heartbeat alone never keeps the process running.
    this.#heartbeat.unref();
  }
}
