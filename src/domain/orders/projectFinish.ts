/**
 * When will an order be finished at today's pace? The day board's one
 * question. Pure: the instant is passed in, and days and hours are the
 * device's local ones (the workshop's wall clock), as in shared/time.ts.
 *
 * Pace is today's good pieces over the worked hours elapsed today (at least
 * MIN_PACE_HOURS, so one early completion does not promise the moon); with
 * no completion yet today, the card's pace times the members on the order
 * today stands in. The rest is laid out over working hours only: what is
 * left of today, then the next working days.
 */
import type { Order, TaskCompletion } from '#shared/records.ts';

export interface Workday {
  /** Local hour the working day starts (8 = 08:00). */
  readonly startHour: number;
  /** Local hour the working day ends (16 = 16:00). */
  readonly endHour: number;
  /** Days of the week worked, as Date.getDay() numbers them (0 = Sunday). */
  readonly weekdays: readonly number[];
}

/** The workshop's day: 08:00 to 16:00, Monday to Friday. */
export const WORKDAY: Workday = { startHour: 8, endHour: 16, weekdays: [1, 2, 3, 4, 5] };

/** The least time a pace is measured over: a first completion at 08:05 does not mean 12 an hour. */
export const MIN_PACE_HOURS = 0.5;

export type FinishStatus = 'done' | 'on-time' | 'late' | 'overdue' | 'no-pace';

export interface FinishInput {
  readonly order: Pick<Order, 'quantity' | 'due'>;
  /** Good pieces of the order made on days before today. */
  readonly madeBeforeToday: number;
  /** Today's completions of the order's tasks. */
  readonly today: readonly Pick<TaskCompletion, 'good' | 'completedAt'>[];
  readonly now: Date;
  /** Pieces an hour to assume while nothing is done today yet: the card's pace × the members on it today. */
  readonly fallbackPace?: number | null | undefined;
  readonly workday?: Workday;
}

export interface FinishProjection {
  readonly made: number;
  readonly remaining: number;
  /** Pieces an hour, or null when there is none to go by. */
  readonly pace: number | null;
  /** When the last piece is expected (ISO), or null when done or without a pace. */
  readonly projectedFinish: string | null;
  /**
   * done: made ≥ quantity; overdue: the due time has passed and it is not done;
   * late / on-time: the projection ends after / at or before the due time;
   * no-pace: not due yet, and nothing to project with (or a pace of 0).
   */
  readonly status: FinishStatus;
}

const HOUR_MS = 3_600_000;

export function projectFinish(input: FinishInput): FinishProjection {
  const { order, now } = input;
  const workday = input.workday ?? WORKDAY;
  const goodToday = input.today.reduce((sum, c) => sum + c.good, 0);
  const made = input.madeBeforeToday + goodToday;
  const remaining = Math.max(0, order.quantity - made);
  const pace = todaysPace(input, goodToday, workday);
  if (remaining === 0) return { made, remaining, pace, projectedFinish: null, status: 'done' };
  const finish = pace === null || pace <= 0 ? null : walkWorkingHours(now, remaining / pace, workday);
  const projectedFinish = finish === null ? null : finish.toISOString();
  const due = Date.parse(order.due);
  if (now.getTime() > due) return { made, remaining, pace, projectedFinish, status: 'overdue' };
  if (finish === null) return { made, remaining, pace, projectedFinish, status: 'no-pace' };
  return { made, remaining, pace, projectedFinish, status: finish.getTime() <= due ? 'on-time' : 'late' };
}

function todaysPace(input: FinishInput, goodToday: number, workday: Workday): number | null {
  if (input.today.length === 0) {
    const fallback = input.fallbackPace;
    return fallback !== undefined && fallback !== null && fallback > 0 ? fallback : null;
  }
  const start = atHour(input.now, workday.startHour).getTime();
  const end = atHour(input.now, workday.endHour).getTime();
  const elapsed = (Math.min(Math.max(input.now.getTime(), start), end) - start) / HOUR_MS;
  return goodToday / Math.max(elapsed, MIN_PACE_HOURS);
}

/** The instant `hours` of working time after `from`: the rest of its day if worked, then whole working days. */
export function walkWorkingHours(from: Date, hours: number, workday: Workday = WORKDAY): Date | null {
  const dayHours = workday.endHour - workday.startHour;
  const weekHours = dayHours * new Set(workday.weekdays.filter((d) => d >= 0 && d <= 6)).size;
  if (dayHours <= 0 || weekHours <= 0 || !Number.isFinite(hours)) return null;
  let need = hours * HOUR_MS;
  let cursor = new Date(from.getTime());
  // Whole weeks at once, so a slow pace on a big order does not walk day by day for years; the
  // last (partial) week is walked, so a finish that lands on a day's end stays on that day.
  const weeks = Math.max(0, Math.ceil(hours / weekHours) - 2);
  if (weeks > 0) {
    const rest = restOfWeek(cursor, workday);
    need -= rest.ms;
    cursor = rest.next;
    cursor.setDate(cursor.getDate() + 7 * (weeks - 1));
    need -= (weeks - 1) * weekHours * HOUR_MS;
  }
  for (;;) {
    if (workday.weekdays.includes(cursor.getDay())) {
      const start = Math.max(cursor.getTime(), atHour(cursor, workday.startHour).getTime());
      const end = atHour(cursor, workday.endHour).getTime();
      const available = Math.max(0, end - start);
      if (need <= available) return new Date(start + need);
      need -= available;
    }
    cursor = nextDayStart(cursor, workday);
  }
}

/** Working time from `from` until the same weekday a week later at day start, and that instant. */
function restOfWeek(from: Date, workday: Workday): { ms: number; next: Date } {
  let ms = 0;
  let cursor = new Date(from.getTime());
  for (let i = 0; i < 7; i += 1) {
    if (workday.weekdays.includes(cursor.getDay())) {
      const start = Math.max(cursor.getTime(), atHour(cursor, workday.startHour).getTime());
      ms += Math.max(0, atHour(cursor, workday.endHour).getTime() - start);
    }
    cursor = nextDayStart(cursor, workday);
  }
  return { ms, next: cursor };
}

function nextDayStart(instant: Date, workday: Workday): Date {
  return new Date(instant.getFullYear(), instant.getMonth(), instant.getDate() + 1, workday.startHour);
}

function atHour(instant: Date, hour: number): Date {
  return new Date(instant.getFullYear(), instant.getMonth(), instant.getDate(), hour);
}
