import { describe, expect, it } from 'vitest';
import { JobScheduler, type Job, type JobTimers } from './JobScheduler.ts';

/** Timers moved by hand: advance(ms) fires every period that comes round, in order. */
class ManualTimers implements JobTimers {
  now = 0;
  private readonly entries = new Set<{ ms: number; next: number; tick: () => void }>();

  every(ms: number, tick: () => void) {
    const entry = { ms, next: this.now + ms, tick };
    this.entries.add(entry);
    return { cancel: () => this.entries.delete(entry) };
  }

  get pending(): number {
    return this.entries.size;
  }

  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.entries].filter((e) => e.next <= until).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.now = due.next;
      due.next += due.ms;
      due.tick();
      await settle();
    }
    this.now = until;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp() {
  const timers = new ManualTimers();
  const log: string[] = [];
  const scheduler = new JobScheduler({ timers, now: () => new Date(timers.now), log: (line) => log.push(line) });
  return { timers, log, scheduler };
}

/** A job whose runs finish only when the test says so. */
function heldJob(everyMs: number) {
  const starts: number[] = [];
  const finishers: (() => void)[] = [];
  const job: Job = {
    name: 'Held job',
    everyMs,
    run: (now) => {
      starts.push(now.getTime());
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
  };
  return { job, starts, finishAll: () => finishers.splice(0).forEach((finish) => finish()) };
}

describe('the job scheduler', () => {
  it('runs a job at start, then once every period, with the clock of each run', async () => {
    const { timers, scheduler } = setUp();
    const runs: number[] = [];
    scheduler.add({
      name: 'Count',
      everyMs: 1000,
      run: (now) => {
        runs.push(now.getTime());
        return Promise.resolve();
      },
    });
    await scheduler.start();
    expect(runs).toEqual([0]);
    await timers.advance(3500);
    expect(runs).toEqual([0, 1000, 2000, 3000]);
  });

  it('never runs a job twice at once: a period that comes round during a run is skipped', async () => {
    const { timers, scheduler } = setUp();
    const held = heldJob(1000);
    scheduler.add(held.job);
    const started = scheduler.start();
    await timers.advance(2500);
    expect(held.starts).toEqual([0]);
    held.finishAll();
    await started;
    await timers.advance(1000);
    expect(held.starts).toEqual([0, 3000]);
    held.finishAll();
  });

  it('logs a failed run and runs the job again next period', async () => {
    const { timers, log, scheduler } = setUp();
    let attempts = 0;
    scheduler.add({
      name: 'Tombstone compaction',
      everyMs: 86_400_000,
      run: () => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('database is locked')) : Promise.resolve();
      },
    });
    await scheduler.start();
    expect(log).toEqual(['Tombstone compaction failed; it runs again in 24 h: database is locked']);
    await timers.advance(86_400_000);
    expect(attempts).toBe(2);
    expect(log).toHaveLength(1);
  });

  it('stops: cancels its timers, waits for the run in progress, and starts no run after', async () => {
    const { timers, scheduler } = setUp();
    const held = heldJob(1000);
    scheduler.add(held.job);
    void scheduler.start();
    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    await settle();
    expect(stopped).toBe(false);
    held.finishAll();
    await stopping;
    expect(timers.pending).toBe(0);
    await timers.advance(5000);
    expect(held.starts).toEqual([0]);
  });
});
