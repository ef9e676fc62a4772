/**
 * Day arithmetic for the team view on plain YYYY-MM-DD strings, done in UTC
 * so a range never loses or gains a day at a clock change (as faceCalendar.ts).
 */

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** The first day of "the last `weeks` weeks", today included: 7 × weeks calendar days. */
export function firstDayOfLastWeeks(today: string, weeks: number): string {
  return addDays(today, -(weeks * 7 - 1));
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const ms = toUtc(day);
  return fromUtc(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
}

/** The ISO week of a day as "2026-W48": weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const thursday = new Date(toUtc(mondayOf(day)) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${String(year)}-W${String(week).padStart(2, '0')}`;
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = toUtc(from); ms <= toUtc(to); ms += DAY_MS) days.push(fromUtc(ms));
  return days;
}
