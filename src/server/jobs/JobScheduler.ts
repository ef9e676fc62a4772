/**
 * Periodic work of the coordinator (tombstone compaction; weekly snapshots
 * later). Guarantees: a job never runs twice at once — a period that comes
 * round while the last run is still going is skipped; a failed run is
 * logged and the job simply runs again next period; stop() cancels every
 * timer and waits for runs in progress, so the database can close behind it.
 * Clock and timers are passed in, so tests drive time by hand.
 */

export interface Job {
  /** Says what the job does, for the log. */
  readonly name: string;
  readonly everyMs: number;
  /** `now` is the scheduler's clock at the start of the run. */
  run(now: Date): Promise<void>;
}

export interface JobTimers {
  /** Calls `tick` every `ms` until cancelled. */
  every(ms: number, tick: () => void): { cancel(): void };
}

/** Node's timers, not keeping the process alive on their own. */
export const NODE_TIMERS: JobTimers = {
  every(ms, tick) {
    const handle = setInterval(tick, ms);
    handle.unref();
    return { cancel: () => clearInterval(handle) };
  },
};

export interface JobSchedulerOptions {
  readonly timers: JobTimers;
  readonly now: () => Date;
  readonly log: (line: string) => void;
}

export class JobScheduler {
  private readonly jobs: Job[] = [];
  private readonly running = new Map<Job, Promise<void>>();
  private readonly timers: { cancel(): void }[] = [];
  private stopped = false;

  constructor(private readonly options: JobSchedulerOptions) {}

  add(job: Job): this {
    this.jobs.push(job);
    return this;
  }

  /** Runs every job once now, resolving when those runs are done, then every period. */
  async start(): Promise<void> {
    for (const job of this.jobs) {
      this.timers.push(this.options.timers.every(job.everyMs, () => void this.runOnce(job)));
    }
    await Promise.all(this.jobs.map((job) => this.runOnce(job)));
  }

  /** Runs the job unless it is already running (then waits for that run); never rejects. */
  runOnce(job: Job): Promise<void> {
    const current = this.running.get(job);
    if (current) return current;
    if (this.stopped) return Promise.resolve();
    const run = this.guarded(job).finally(() => this.running.delete(job));
    this.running.set(job, run);
    return run;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.splice(0)) timer.cancel();
    await Promise.all(this.running.values());
  }

  private async guarded(job: Job): Promise<void> {
    try {
      await job.run(this.options.now());
    } catch (error) {
      this.options.log(`${job.name} failed; it runs again in ${formatPeriod(job.everyMs)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function formatPeriod(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 1 && Number.isInteger(hours)) return `${String(hours)} h`;
  const minutes = ms / 60_000;
  if (minutes >= 1 && Number.isInteger(minutes)) return `${String(minutes)} min`;
  return `${String(ms)} ms`;
}
