/**
 * The coordinator's clock: wall time plus an HLC that every sync answer
 * carries. The server's order is the authority, so a mutation stamped far
 * in the future by a tablet with a wrong clock is re-stamped here.
 */
import { MAX_DRIFT_MS, formatHlc, parseHlc, tickHlc, type Hlc } from '#shared/hlc.ts';

export class ServerClock {
  private last: Hlc = { wallMs: 0, counter: 0, node: 'server' };
  private issued: ((wallMs: number) => void) | null = null;

  constructor(private readonly wallNow: () => number = () => Date.now()) {}

  now(): number {
    return this.wallNow();
  }

  tick(): string {
    this.last = tickHlc(this.last, this.wallNow());
    this.issued?.(this.last.wallMs);
    return formatHlc(this.last);
  }

  /**
   * Never issues a stamp at or below `wallMs` from now on: what an earlier run,
   * or another process on the same database, may have issued (clockLease.ts).
   */
  advancePast(wallMs: number): void {
    if (wallMs >= this.last.wallMs) this.last = { wallMs: wallMs + 1, counter: 0, node: 'server' };
  }

  /** The wall time of the newest stamp this clock holds. */
  lastWallMs(): number {
    return this.last.wallMs;
  }

  /** Told the wall time of every stamp the server issues, so it can be persisted before it matters. */
  onIssue(listener: ((wallMs: number) => void) | null): void {
    this.issued = listener;
  }

  /**
   * The HLC a pushed change is ordered by: its own, unless it is further
   * ahead of the server's clock than the allowed drift — then the server's.
   * A change from a tablet a day behind keeps its (old) stamp and simply
   * loses per-field ties to newer writes, which is the truth.
   */
  effectiveHlc(mutationHlc: string): string {
    const remote = parseHlc(mutationHlc);
    if (remote.wallMs - this.wallNow() > MAX_DRIFT_MS) return this.tick();
    if (remote.wallMs > this.last.wallMs || (remote.wallMs === this.last.wallMs && remote.counter > this.last.counter)) {
      this.last = { wallMs: remote.wallMs, counter: remote.counter, node: 'server' };
    }
    return mutationHlc;
  }
}
