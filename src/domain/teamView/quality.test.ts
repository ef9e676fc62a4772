import { describe, expect, it } from 'vitest';
import { firstPassYield, helpCallsPerDay, piecesAgainstPlan, rejectPareto, type QualityCompletion, type QualityTask } from './quality.ts';

// Days are the UTC day in these tests, so they read the same in every time zone.
const dayOf = (timestamp: string) => timestamp.slice(0, 10);

const task = (id: string, stationId: string, day: string, quantity = 10, cancelled?: boolean): QualityTask => ({ id, stationId, day, quantity, ...(cancelled === undefined ? {} : { cancelled }) });
let seq = 0;
const done = (taskId: string, completedAt: string, good: number, rejected: number, rejectReasons?: string[]): QualityCompletion => ({
  id: `c${String(++seq)}`, taskId, completedAt, good, rejected, ...(rejectReasons ? { rejectReasons } : {}),
});

describe('first-pass yield', () => {
  const tasks = new Map([task('t1', 'pack', '2026-11-23'), task('t2', 'pack', '2026-11-24'), task('t3', 'label', '2026-11-23')].map((t) => [t.id, t]));

  it('is the good share of all pieces per station and completion day', () => {
    const table = firstPassYield(
      [done('t1', '2026-11-23T09:00:00Z', 18, 2), done('t1', '2026-11-23T14:00:00Z', 9, 1), done('t3', '2026-11-23T10:00:00Z', 5, 5), done('t2', '2026-11-25T08:00:00Z', 4, 0)],
      tasks, ['pack', 'label', 'glue'], dayOf,
    );
    // The completion of Tuesday's task counts on Wednesday, the day it was done.
    expect(table.days).toEqual(['2026-11-23', '2026-11-25']);
    const [pack, label, glue] = table.stations;
    expect(pack?.byDay.map((c) => c.fpy)).toEqual([27 / 30, 1]);
    expect(pack?.total).toEqual({ good: 31, rejected: 3, fpy: 31 / 34 });
    expect(label?.byDay.map((c) => c.fpy)).toEqual([0.5, null]);
    // A station without pieces has no yield at all, not 0 %.
    expect(glue?.byDay.map((c) => c.fpy)).toEqual([null, null]);
    expect(glue?.total.fpy).toBeNull();
  });

  it('is null, not 0, for a day whose completions counted no pieces, and skips a completion whose task is unknown', () => {
    const table = firstPassYield([done('t1', '2026-11-23T09:00:00Z', 0, 0), done('gone', '2026-11-23T09:00:00Z', 0, 7)], tasks, ['pack'], dayOf);
    expect(table.stations.map((s) => s.total)).toEqual([{ good: 0, rejected: 0, fpy: null }]);
  });

  it('adds a station that is not in the list after the listed ones', () => {
    const table = firstPassYield([done('t3', '2026-11-23T10:00:00Z', 1, 0)], tasks, ['pack'], dayOf);
    expect(table.stations.map((s) => s.stationId)).toEqual(['pack', 'label']);
  });
});

describe('the reject Pareto', () => {
  it('sorts reasons by rejected pieces, with cumulative shares, and splits a completion over its reasons with the remainder to the first', () => {
    const rows = rejectPareto([
      done('t', '2026-11-23T09:00:00Z', 10, 7, ['scratch', 'dent']), // 4 scratch, 3 dent
      done('t', '2026-11-23T10:00:00Z', 10, 5, ['dent']),
      done('t', '2026-11-23T11:00:00Z', 10, 2), // no reason given
      done('t', '2026-11-23T12:00:00Z', 10, 0, ['colour']), // a reason with no rejected pieces counts nothing
    ]);
    expect(rows).toEqual([
      { reasonId: 'dent', pieces: 8, share: 8 / 14, cumulative: 8 / 14 },
      { reasonId: 'scratch', pieces: 4, share: 4 / 14, cumulative: 12 / 14 },
      { reasonId: null, pieces: 2, share: 2 / 14, cumulative: 1 },
    ]);
  });

  it('gives three reasons of one rejected piece to the first alone, and counts a reason named twice once', () => {
    expect(rejectPareto([done('t', '2026-11-23T09:00:00Z', 0, 1, ['a', 'b', 'c'])]).map((r) => [r.reasonId, r.pieces])).toEqual([['a', 1]]);
    expect(rejectPareto([done('t', '2026-11-23T09:00:00Z', 0, 4, ['a', 'a', 'b'])]).map((r) => [r.reasonId, r.pieces])).toEqual([['a', 2], ['b', 2]]);
  });

  it('is empty without rejected pieces', () => {
    expect(rejectPareto([done('t', '2026-11-23T09:00:00Z', 5, 0)])).toEqual([]);
  });
});

describe('pieces against plan', () => {
  it('plans the quantities of the day’s tasks that are not cancelled and counts their good pieces', () => {
    const tasks = [task('t1', 'pack', '2026-11-23', 20), task('t2', 'label', '2026-11-23', 30), task('t3', 'pack', '2026-11-23', 50, true), task('t4', 'pack', '2026-11-24', 40), task('t5', 'pack', '2026-11-25', 10, true)];
    const completions = [
      done('t1', '2026-11-23T09:00:00Z', 15, 5),
      done('t2', '2026-11-23T10:00:00Z', 30, 0),
      // Work done on a cancelled task is kept, but it was not in the plan.
      done('t3', '2026-11-23T08:00:00Z', 5, 0),
      // Monday's-plan work finished early on the Friday before still counts for its day.
      done('t4', '2026-11-20T16:00:00Z', 12, 0),
    ];
    expect(piecesAgainstPlan(tasks, completions)).toEqual([
      { day: '2026-11-23', planned: 50, made: 45 },
      { day: '2026-11-24', planned: 40, made: 12 },
    ]);
  });
});

describe('help calls and the time to seen', () => {
  it('counts calls per day with the median and longest wait until the first “seen”, open calls apart', () => {
    const calls = [
      { id: 'a', calledAt: '2026-11-23T09:00:00Z' },
      { id: 'b', calledAt: '2026-11-23T10:00:00Z' },
      { id: 'c', calledAt: '2026-11-23T11:00:00Z' },
      { id: 'd', calledAt: '2026-11-24T09:00:00Z' },
    ];
    const acks = [
      { callId: 'a', ackedAt: '2026-11-23T09:02:00Z' },
      // A second coach's "seen" later does not make the wait longer.
      { callId: 'a', ackedAt: '2026-11-23T09:30:00Z' },
      { callId: 'b', ackedAt: '2026-11-23T10:06:00Z' },
    ];
    const summary = helpCallsPerDay(calls, acks, dayOf);
    expect(summary.days).toEqual([
      { day: '2026-11-23', calls: 3, open: 1, medianMs: 4 * 60_000, longestMs: 6 * 60_000 },
      { day: '2026-11-24', calls: 1, open: 1, medianMs: null, longestMs: null },
    ]);
    expect(summary.total).toEqual({ calls: 4, open: 2, medianMs: 4 * 60_000, longestMs: 6 * 60_000 });
  });

  it('takes the middle wait of an odd number and never a negative wait', () => {
    const calls = ['a', 'b', 'c'].map((id) => ({ id, calledAt: '2026-11-23T09:00:00Z' }));
    const acks = [
      { callId: 'a', ackedAt: '2026-11-23T08:59:00Z' },
      { callId: 'b', ackedAt: '2026-11-23T09:01:00Z' },
      { callId: 'c', ackedAt: '2026-11-23T09:10:00Z' },
    ];
    expect(helpCallsPerDay(calls, acks, dayOf).total).toEqual({ calls: 3, open: 0, medianMs: 60_000, longestMs: 600_000 });
  });
});
