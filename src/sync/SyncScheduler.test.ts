import { describe, expect, it } from 'vitest';
import { SyncScheduler, type SchedulerDeps, type SyncStatus } from './SyncScheduler.ts';
import { TransportError } from './Transport.ts';

/** A scheduler whose timers are collected instead of run, and whose sync outcome the test decides. */
function harness(outcomes: (Error | null)[]) {
  const timers: number[] = [];
  const statuses: SyncStatus[] = [];
  let runs = 0;
  const deps: SchedulerDeps = {
    run: async () => {
      runs += 1;
      await Promise.resolve();
      const outcome = outcomes.shift() ?? null;
      if (outcome) throw outcome;
    },
    setTimer: (_fn, ms) => timers.push(ms),
    clearTimer: () => undefined,
    random: () => 1,
    exclusive: (fn) => fn(),
    onStatus: (s) => statuses.push(s),
    intervalMs: 30_000,
    maxBackoffMs: 60_000,
  };
  return { scheduler: new SyncScheduler(deps), timers, statuses, runs: () => runs };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('sync scheduling', () => {
  it('backs off while offline, up to the maximum, and returns to the interval after a success', async () => {
    const offline = () => new TransportError('offline', 'down');
    const h = harness([offline(), offline(), offline(), offline(), offline(), offline(), null]);
    for (let i = 0; i < 7; i++) {
      h.scheduler.trigger('timer');
      await settle();
    }
    expect(h.timers).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 30_000]);
    expect(h.statuses.at(-1)).toMatchObject({ lastOutcome: 'ok', failures: 0 });
  });

  it('stops retrying when only a person can help: a revoked tablet or an outdated app', async () => {
    const h = harness([new TransportError('unauthorised', 'revoked', 401, 'device_revoked')]);
    h.scheduler.trigger('start');
    await settle();
    expect(h.timers).toEqual([]);
    expect(h.statuses.at(-1)).toMatchObject({ lastOutcome: 'unauthorised', lastMessage: 'revoked', lastCode: 'device_revoked' });
  });

  it('runs one more round when a write arrives during a round, never two at once', async () => {
    const h = harness([]);
    h.scheduler.trigger('start');
    h.scheduler.trigger('write');
    h.scheduler.trigger('write');
    await settle();
    await settle();
    expect(h.runs()).toBe(2);
  });
});
