/**
 * Decides when a sync round runs: on start, on reconnect, on becoming
 * visible, after a local write, on demand, and on a timer that backs off
 * with jitter while the server is unreachable. Rounds never overlap; a
 * trigger during a round runs one more round after it.
 */
import { TransportError, type TransportFailure } from './Transport.ts';

export type SyncTrigger = 'start' | 'online' | 'visible' | 'timer' | 'write' | 'manual' | 'remote';

export type SyncOutcome = 'ok' | TransportFailure | 'error';

export interface SyncStatus {
  readonly running: boolean;
  readonly lastOutcome: SyncOutcome | null;
  /** The last failure in English, for logs; screens show the sentence for `lastCode`. */
  readonly lastMessage: string | null;
  /** The server's refusal code of the last failure (errorCodes.ts), null when it sent none. */
  readonly lastCode?: string | null;
  readonly failures: number;
}

export interface SchedulerDeps {
  readonly run: () => Promise<unknown>;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly random: () => number;
  /** Runs `fn` only if no other tab is syncing; resolves without running it otherwise. */
  readonly exclusive: (fn: () => Promise<void>) => Promise<void>;
  readonly onStatus: (status: SyncStatus) => void;
  readonly intervalMs?: number;
  readonly maxBackoffMs?: number;
}

const DEFAULT_INTERVAL_MS = 30_000;
const DEFAULT_MAX_BACKOFF_MS = 5 * 60_000;
const FIRST_RETRY_MS = 2_000;

export class SyncScheduler {
  private running = false;
  private again = false;
  private stopped = false;
  private timer: unknown = null;
  private status: SyncStatus = { running: false, lastOutcome: null, lastMessage: null, failures: 0 };
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: SchedulerDeps) {}

  trigger(_reason: SyncTrigger): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.round();
  }

  /** Resolves once no round is running or queued: after the trigger you just sent has been served. */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private async round(): Promise<void> {
    this.running = true;
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
    this.publish({ running: true });
    try {
      let more = true;
      while (more) {
        this.again = false;
        await this.deps.exclusive(async () => {
          await this.deps.run();
        });
        more = this.shouldRunAgain();
      }
      this.publish({ running: false, lastOutcome: 'ok', lastMessage: null, lastCode: null, failures: 0 });
    } catch (error) {
      const outcome: SyncOutcome = error instanceof TransportError ? error.failure : 'error';
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof TransportError ? error.code : null;
      this.publish({ running: false, lastOutcome: outcome, lastMessage: message, lastCode: code, failures: this.status.failures + 1 });
    } finally {
      this.running = false;
      this.schedule();
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** A trigger arrived while the round ran: its change may have missed the round. */
  private shouldRunAgain(): boolean {
    return this.again && !this.stopped;
  }

  private schedule(): void {
    if (this.stopped) return;
    const { lastOutcome, failures } = this.status;
    // A revoked token or an outdated app will not heal by waiting; only a person can fix it.
    if (lastOutcome === 'unauthorised' || lastOutcome === 'upgradeRequired') return;
    const interval = this.deps.intervalMs ?? DEFAULT_INTERVAL_MS;
    const delay = failures === 0 ? interval : Math.min(this.deps.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
    // Jitter spreads the retries of a hall full of tablets after the server comes back.
    const jittered = Math.round(delay * (0.5 + this.deps.random() * 0.5));
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      this.trigger('timer');
    }, jittered);
  }

  private publish(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.deps.onStatus(this.status);
  }
}
