/**
 * The fixed periods snapshots are kept for (SNAPSHOTS.md, privacy rule 3):
 * an ISO week (`2026-W49`) or a 4-week block (`2026-B13`: weeks 49–52; the
 * block of week 53 is the year's 13th, which then holds five weeks). No
 * other range exists anywhere in the API.
 */
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';

// This century only: Date.UTC reads the years 0–99 as 1900–1999.
export const WEEK_PATTERN = /^(20\d{2})-W(0[1-9]|[1-4]\d|5[0-3])$/;
export const BLOCK_PATTERN = /^(20\d{2})-B(0[1-9]|1[0-3])$/;

const DAY_MS = 86_400_000;

/** Monday of ISO week 1 of a year, as epoch milliseconds (UTC midnight). */
function mondayOfWeekOne(year: number): number {
  const january4 = Date.UTC(year, 0, 4);
  return january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS;
}

/** How many ISO weeks a year has: 53 when it starts on a Thursday, or a leap year on a Wednesday. */
export function weeksInYear(year: number): number {
  return isoWeekOf(`${String(year)}-12-28`).endsWith('53') ? 53 : 52;
}

/** Whether a string names a week that exists (2026-W53 does, 2025-W53 does not). */
export function isIsoWeek(week: string): boolean {
  const match = WEEK_PATTERN.exec(week);
  return match !== null && Number(match[2]) <= weeksInYear(Number(match[1]));
}

/** The seven days of an ISO week, Monday first, as YYYY-MM-DD. */
export function daysOfWeek(week: string): string[] {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const monday = mondayOfWeekOne(year) + (number - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => new Date(monday + i * DAY_MS).toISOString().slice(0, 10));
}

/** The week a number of weeks after (or, negative, before) another. */
export function addWeeks(week: string, count: number): string {
  const monday = daysOfWeek(week)[0] ?? '';
  return isoWeekOf(new Date(Date.parse(`${monday}T00:00:00Z`) + count * 7 * DAY_MS).toISOString().slice(0, 10));
}

/** The 4-week block a week belongs to. */
export function blockOf(week: string): string {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const block = Math.min(13, Math.ceil(number / 4));
  return `${String(year)}-B${String(block).padStart(2, '0')}`;
}

/** The weeks of a block, in order. */
export function weeksOfBlock(block: string): string[] {
  const [year, number] = block.split('-B').map(Number) as [number, number];
  const first = (number - 1) * 4 + 1;
  const last = number === 13 ? weeksInYear(year) : first + 3;
  return Array.from({ length: last - first + 1 }, (_, i) => `${String(year)}-W${String(first + i).padStart(2, '0')}`);
}

export type PeriodKind = 'week' | 'block';

export function periodKindOf(period: string): PeriodKind | null {
  if (isIsoWeek(period)) return 'week';
  return BLOCK_PATTERN.test(period) ? 'block' : null;
}

/** The days a week or block covers. */
export function daysOfPeriod(period: string): string[] {
  return periodKindOf(period) === 'block' ? weeksOfBlock(period).flatMap(daysOfWeek) : daysOfWeek(period);
}

/** Whether a period is over on `today` (YYYY-MM-DD): only finished weeks and blocks are published. */
export function isFinished(period: string, today: string): boolean {
  const days = daysOfPeriod(period);
  return (days[days.length - 1] ?? '') < today;
}
