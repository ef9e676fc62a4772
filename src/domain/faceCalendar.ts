/**
 * "Mijn gezichtjes" as a calendar: weeks as rows from Monday to Sunday, a
 * cell per day with the morning's and the evening's face. Days are plain
 * YYYY-MM-DD strings and the arithmetic is done in UTC, so a week never
 * loses or gains a day at a clock change.
 */

export interface CalendarAnswer {
  readonly day: string;
  readonly moment: 'start' | 'end';
  readonly answeredAt: string;
}

export interface CalendarCell<A extends CalendarAnswer> {
  readonly day: string;
  /** Within the days the calendar covers (the last `days` up to today); outside, the cell is only padding. */
  readonly inRange: boolean;
  readonly start: A | undefined;
  readonly end: A | undefined;
}

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

/**
 * The weeks holding the last `days` days up to `today`, Monday first, each
 * day with its answers; a second answer for the same moment of a day (asked
 * again after a sign-out) replaces the first.
 */
export function faceCalendar<A extends CalendarAnswer>(answers: readonly A[], today: string, days: number): CalendarCell<A>[][] {
  const last = toUtc(today);
  const first = last - (days - 1) * DAY_MS;
  const from = first - weekdayIndex(first) * DAY_MS;
  const to = last + (6 - weekdayIndex(last)) * DAY_MS;
  const byDay = new Map<string, { start?: A; end?: A }>();
  for (const a of answers) {
    const slot = byDay.get(a.day) ?? {};
    const had = slot[a.moment];
    if (!had || had.answeredAt <= a.answeredAt) slot[a.moment] = a;
    byDay.set(a.day, slot);
  }
  const weeks: CalendarCell<A>[][] = [];
  for (let monday = from; monday <= to; monday += 7 * DAY_MS) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const ms = monday + i * DAY_MS;
        const day = fromUtc(ms);
        const slot = byDay.get(day);
        return { day, inRange: ms >= first && ms <= last, start: slot?.start, end: slot?.end };
      }),
    );
  }
  return weeks;
}
