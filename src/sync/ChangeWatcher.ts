/**
 * Keeps one long-poll open to the coordinator while the tablet is online,
 * and asks for a sync as soon as the team has a change: another tablet's
 * help call or finished task shows up in seconds, not at the next timer.
 * Backs off when the server is unreachable; stops for good on answers only
 * a person can fix (revoked tablet, outdated app), which the sync
 * indicator already shows.
 */
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { TransportError, type Transport } from './Transport.ts';

export interface ChangeWatcherDeps {
  readonly db: SchakelDb;
  readonly transport: Transport;
  /** Runs a sync round; resolves true when it succeeded. */
  readonly onChange: () => Promise<boolean>;
  readonly sleep: (ms: number) => Promise<void>;
  readonly maxBackoffMs?: number;
}

const NOT_ENROLLED_RECHECK_MS = 5_000;

export class ChangeWatcher {
  private stopped = false;
  private readonly abort = new AbortController();

  constructor(private readonly deps: ChangeWatcherDeps) {}

  /** Runs until stopped or until only a person can help; resolves then. */
  async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      const device = await this.deps.db.device.get('self');
      if (!device) {
        await this.deps.sleep(NOT_ENROLLED_RECHECK_MS);
        continue;
      }
      const cursor = (await this.deps.db.syncState.get('self'))?.cursor ?? null;
      try {
        const answer = await this.deps.transport.wait(device.token, { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor }, this.abort.signal);
        if (!answer.changed || (await this.deps.onChange())) {
          failures = 0;
          continue;
        }
        // The round failed, so the cursor did not move and the next wait would answer at once:
        // back off like the scheduler does instead of hammering the server.
        failures += 1;
        await this.deps.sleep(this.backoff(failures));
      } catch (error) {
        if (this.isStopped()) return;
        if (error instanceof TransportError && !error.transient) return;
        failures += 1;
        await this.deps.sleep(this.backoff(failures));
      }
    }
  }

  private backoff(failures: number): number {
    return Math.min(this.deps.maxBackoffMs ?? 60_000, 1_000 * 2 ** Math.min(failures, 10));
  }

  /** A method, not the field: stop() may have run while we awaited. */
  private isStopped(): boolean {
    return this.stopped;
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
  }
}
