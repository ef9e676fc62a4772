/**
 * Small timing helpers for the benchmarks: accumulating meters, a timed
 * Transport and a timed SqlDatabase, so a run can say where its time went
 * without touching the code under test.
 */
import { performance } from 'node:perf_hooks';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { Transport } from '#sync/Transport.ts';

export class Meter {
  ms = 0;
  calls = 0;

  add(ms: number): void {
    this.ms += ms;
    this.calls += 1;
  }

  async time<T>(work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      this.add(performance.now() - t0);
    }
  }

  reset(): void {
    this.ms = 0;
    this.calls = 0;
  }

  toJSON(): { ms: number; calls: number } {
    return { ms: round(this.ms, 1), calls: this.calls };
  }
}

export interface TransportMeters {
  readonly push: Meter;
  readonly pull: Meter;
}

/** Every push and pull round trip (serialise, HTTP, server, parse) timed into `meters`. */
export function timedTransport(inner: Transport, meters: TransportMeters): Transport {
  return {
    ...inner,
    push: (token, request) => meters.push.time(() => inner.push(token, request)),
    pull: (token, request) => meters.pull.time(() => inner.pull(token, request)),
  };
}

/** Top-level queries and whole transactions timed into `meter` (queueing for PGlite's one connection included). */
export function timedDatabase(db: SqlDatabase, meter: Meter): SqlDatabase {
  return {
    engine: db.engine,
    query: <Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => meter.time(() => db.query<Row>(sql, params)),
    transaction: (work) => meter.time(() => db.transaction(work)),
    close: () => db.close(),
    // Postgres's LISTEN stays, so long polls are woken as in production (and the clock lease too).
    ...(db.listen === undefined ? {} : { listen: db.listen.bind(db) }),
  };
}

export function elapsedSeconds(t0: number): number {
  return (performance.now() - t0) / 1000;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Nearest-rank percentile of `samples` (need not be sorted); NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}
