import { describe, expect, it } from 'vitest';
import { MIN_PACE_HOURS, WORKDAY, projectFinish, walkWorkingHours, type FinishInput } from './projectFinish.ts';

// Local wall-clock instants, whatever the time zone the tests run in. 25 November 2026 is a Wednesday.
const at = (day: number, hour: number, minute = 0, month = 10) => new Date(2026, month, day, hour, minute);
const iso = (day: number, hour: number, minute = 0, month = 10) => at(day, hour, minute, month).toISOString();
const done = (good: number, day: number, hour: number, minute = 0) => ({ good, completedAt: iso(day, hour, minute) });

const input = (fields: Partial<FinishInput>): FinishInput => ({
  order: { quantity: 500, due: iso(25, 16) },
  madeBeforeToday: 0,
  today: [],
  now: at(25, 10),
  ...fields,
});

describe('projectFinish', () => {
  it('uses the workshop day of 08:00 to 16:00 on weekdays', () => {
    expect(WORKDAY).toEqual({ startHour: 8, endHour: 16, weekdays: [1, 2, 3, 4, 5] });
    expect(MIN_PACE_HOURS).toBe(0.5);
  });

  it('projects today’s pace over the rest of the day: on time when it ends before the due time', () => {
    // 100 good pieces in the two hours since 08:00: 50 an hour, 300 left → 6 hours → 16:00 exactly.
    const p = projectFinish(input({ madeBeforeToday: 100, today: [done(60, 25, 9), done(40, 25, 9, 45)] }));
    expect(p).toEqual({ made: 200, remaining: 300, pace: 50, projectedFinish: iso(25, 16), status: 'on-time' });
  });

  it('is late when the projection passes the due time, and carries over to the next working day', () => {
    // 40 an hour, 400 left: 6 hours today (until 16:00) and 4 tomorrow → Thursday 12:00.
    const p = projectFinish(input({ madeBeforeToday: 20, today: [done(80, 25, 9, 30)] }));
    expect(p.pace).toBe(40);
    expect(p.remaining).toBe(400);
    expect(p.projectedFinish).toBe(iso(26, 12));
    expect(p.status).toBe('late');
  });

  it('skips the weekend', () => {
    // Friday 27 November, 14:00: 10 good an hour over six hours (60), 40 left → 2 h today = 16:00, so 50 left ends Monday.
    const p = projectFinish(input({ order: { quantity: 110, due: iso(30, 16) }, today: [done(60, 27, 13)], now: at(27, 14) }));
    expect(p.pace).toBe(10);
    // 50 left: 2 hours on Friday (20 pieces), 3 hours on Monday 30 November → 11:00.
    expect(p.projectedFinish).toBe(iso(30, 11));
    expect(p.status).toBe('on-time');
  });

  it('measures the pace over at least half an hour, so one early completion does not explode it', () => {
    const p = projectFinish(input({ today: [done(20, 25, 8, 5)], now: at(25, 8, 10) }));
    expect(p.pace).toBe(20 / 0.5);
    // 480 left at 40 an hour: 12 hours from 08:10 → 7h50 today, 4h10 tomorrow → 12:10 Thursday.
    expect(p.projectedFinish).toBe(iso(26, 12, 10));
  });

  it('counts worked hours only until the day’s end: after 16:00 the pace stays the day’s, and the rest starts tomorrow at 08:00', () => {
    const p = projectFinish(input({ today: [done(400, 25, 15)], now: at(25, 17, 30) }));
    expect(p.pace).toBe(50);
    expect(p.projectedFinish).toBe(iso(26, 10));
    expect(p.status).toBe('overdue');
  });

  it('before the day starts, a projection begins at 08:00', () => {
    const p = projectFinish(input({ today: [], fallbackPace: 100, now: at(25, 6) }));
    expect(p.projectedFinish).toBe(iso(25, 13));
    expect(p.status).toBe('on-time');
  });

  it('falls back on the card’s pace times the members only while nothing is done today', () => {
    const fallback = projectFinish(input({ madeBeforeToday: 200, fallbackPace: 2 * 25 }));
    expect(fallback.pace).toBe(50);
    expect(fallback.projectedFinish).toBe(iso(25, 16));
    expect(fallback.status).toBe('on-time');
    // Once something is done today the real pace counts, fallback or not.
    const measured = projectFinish(input({ madeBeforeToday: 100, today: [done(20, 25, 9)], fallbackPace: 1000 }));
    expect(measured.pace).toBe(10);
    expect(measured.status).toBe('late');
  });

  it('has no pace without completions today and without a fallback (or with a pace of 0)', () => {
    expect(projectFinish(input({ madeBeforeToday: 100 }))).toEqual({ made: 100, remaining: 400, pace: null, projectedFinish: null, status: 'no-pace' });
    expect(projectFinish(input({ fallbackPace: 0 })).status).toBe('no-pace');
    expect(projectFinish(input({ fallbackPace: null })).status).toBe('no-pace');
    // Everything rejected today: a pace of 0 projects nothing.
    const zero = projectFinish(input({ today: [done(0, 25, 9)] }));
    expect(zero.pace).toBe(0);
    expect(zero.projectedFinish).toBeNull();
    expect(zero.status).toBe('no-pace');
  });

  it('is done once the good pieces reach the quantity, even past the due time, and never counts below 0 left', () => {
    const p = projectFinish(input({ madeBeforeToday: 450, today: [done(80, 25, 9)], now: at(25, 17) }));
    expect(p).toEqual({ made: 530, remaining: 0, pace: 10, projectedFinish: null, status: 'done' });
    expect(projectFinish(input({ madeBeforeToday: 500 })).status).toBe('done');
  });

  it('is overdue once the due time has passed without the order done, and still says when it will be', () => {
    const p = projectFinish(input({ order: { quantity: 500, due: iso(25, 9) }, madeBeforeToday: 300, today: [done(100, 25, 9)] }));
    expect(p.status).toBe('overdue');
    expect(p.projectedFinish).toBe(iso(25, 12));
    expect(projectFinish(input({ order: { quantity: 500, due: iso(24, 16) } })).status).toBe('overdue');
  });

  it('at the due time exactly it is not overdue yet', () => {
    const p = projectFinish(input({ order: { quantity: 500, due: iso(25, 10) }, madeBeforeToday: 498, today: [done(1, 25, 9)] }));
    // 1 left at 0.5 an hour: 2 hours → 12:00, after the due time: late, not overdue.
    expect(p.status).toBe('late');
  });

  it('takes a custom workday', () => {
    const saturdays = { startHour: 9, endHour: 12, weekdays: [6] };
    const p = projectFinish(input({ fallbackPace: 10, order: { quantity: 50, due: iso(5, 12, 0, 11) }, workday: saturdays }));
    // Wednesday → Saturday 28 November 9:00–12:00 (30), then Saturday 5 December 9:00–11:00 (20).
    expect(p.projectedFinish).toBe(iso(5, 11, 0, 11));
    expect(p.status).toBe('on-time');
  });
});

describe('walkWorkingHours', () => {
  it('walks the rest of today, then whole working days', () => {
    expect(walkWorkingHours(at(25, 10), 0)).toEqual(at(25, 10));
    expect(walkWorkingHours(at(25, 10), 6)).toEqual(at(25, 16));
    expect(walkWorkingHours(at(25, 10), 6.5)).toEqual(at(26, 8, 30));
    // From Saturday: Monday.
    expect(walkWorkingHours(at(28, 12), 1)).toEqual(at(30, 9));
  });

  it('keeps 08:00 as 08:00 across the change of clocks', () => {
    // Friday 23 October 2026 15:00 + 2 h; summer time ends in Belgium on Sunday 25 October.
    expect(walkWorkingHours(at(23, 15, 0, 9), 2)).toEqual(at(26, 9, 0, 9));
  });

  it('lands a finish at a day’s end on that day, not on the next morning', () => {
    // Wednesday 16:00 + 16 h: Thursday and Friday in full → Friday 16:00.
    expect(walkWorkingHours(at(25, 16), 16)).toEqual(at(27, 16));
  });

  it('skips whole weeks for long walks and gets the same answer as walking day by day', () => {
    const from = at(25, 11, 15);
    let dayByDay = from;
    // 41 weeks and 3 hours, one working day at a time.
    for (let i = 0; i < 41 * 5; i += 1) dayByDay = walkWorkingHours(dayByDay, 8) ?? dayByDay;
    expect(walkWorkingHours(from, 41 * 40 + 3)).toEqual(walkWorkingHours(dayByDay, 3));
    // A year of work at a slow pace still answers at once.
    expect(walkWorkingHours(from, 1_000_000 / 0.125)?.getFullYear()).toBeGreaterThan(5000);
  });

  it('has no answer for a workday without hours or without days', () => {
    expect(walkWorkingHours(at(25, 10), 1, { startHour: 8, endHour: 8, weekdays: [1] })).toBeNull();
    expect(walkWorkingHours(at(25, 10), 1, { startHour: 8, endHour: 16, weekdays: [] })).toBeNull();
    expect(walkWorkingHours(at(25, 10), Number.POSITIVE_INFINITY)).toBeNull();
  });
});
