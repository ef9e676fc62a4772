/**
 * One refresh at a time per server process: every read of the dashboard
 * first folds in what arrived (cheap when nothing did: one query), and a
 * refresh asked for while one runs waits for the next run, so what it
 * returns includes everything committed before it was asked.
 */
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { refreshSnapshots, type RefreshOutcome } from './snapshotStore.ts';

export class SnapshotRefresher {
  private running: Promise<RefreshOutcome> | null = null;
  private queued: Promise<RefreshOutcome> | null = null;

  constructor(private readonly db: SqlDatabase) {}

  refresh(): Promise<RefreshOutcome> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const after = this.running.catch(() => undefined);
    this.queued = after.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<RefreshOutcome> {
    const run = refreshSnapshots(this.db).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
