/**
 * The records a period's figures can depend on: from nine weeks before it
 * (the learning window, and tasks done before their order's due week) to a
 * week after it (a coach's "seen" on a Friday call). An update and a full
 * recomputation both slice exactly this window by exactly the day the
 * database indexes, so they cannot disagree.
 */
import type { TeamRecords } from '#domain/snapshots/teamRecords.ts';
import { LEARNING_WINDOW_WEEKS } from '#domain/snapshots/computeStats.ts';
import { addWeeks, daysOfPeriod, daysOfWeek } from '#shared/snapshots/periods.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import type { DayRange } from './teamRecordsStore.ts';

export function periodWindow(period: string): DayRange {
  const days = daysOfPeriod(period);
  const firstWeek = isoWeekOf(days[0] ?? '');
  const lastWeek = isoWeekOf(days[days.length - 1] ?? '');
  return { from: daysOfWeek(addWeeks(firstWeek, -(LEARNING_WINDOW_WEEKS + 1)))[0] ?? '', to: daysOfWeek(addWeeks(lastWeek, 1))[6] ?? '' };
}

/** The UTC date the database's index reads off a record (RECORD_DAY_SQL), in JavaScript. */
export function indexedDay(data: object): string {
  const d = data as Record<string, unknown>;
  for (const key of ['day', 'completedAt', 'calledAt', 'ackedAt', 'changedAt', 'due']) {
    const v = d[key];
    if (typeof v === 'string') return v.slice(0, 10);
  }
  return '';
}

export function spanOf(ranges: readonly DayRange[]): DayRange {
  return { from: ranges.map((r) => r.from).reduce((a, b) => (a < b ? a : b)), to: ranges.map((r) => r.to).reduce((a, b) => (a > b ? a : b)) };
}

const DATED = ['checkins', 'completions', 'tasks', 'orders', 'helpCalls', 'helpAcks', 'rotaSlots'] as const;

/**
 * The records of a window — set-up records whole, dated ones inside it —
 * for many windows of one team: each dated list is sorted by
 * its indexed day once, and each window is two binary searches per list, so
 * a year's 70-odd periods do not each filter the whole year.
 */
export function recordSlicer(records: TeamRecords): (window: DayRange) => TeamRecords {
  const sorted = DATED.map((key) => {
    const list = (records[key] as readonly object[]).map((r) => ({ day: indexedDay(r), r }));
    list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    return { key, days: list.map((e) => e.day), items: list.map((e) => e.r) };
  });
  return (window) => {
    const sliced: Record<string, unknown> = { members: records.members, stations: records.stations, skills: records.skills, skillChanges: records.skillChanges };
    for (const { key, days, items } of sorted) sliced[key] = items.slice(firstAtLeast(days, window.from), firstAbove(days, window.to));
    return sliced as unknown as TeamRecords;
  };
}

function firstAtLeast(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? '') < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstAbove(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? '') <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
