/**
 * The coach's quality figures, from the team's own records: first-pass
 * yield per station and day, rejected pieces per reason as a Pareto, pieces
 * made against the plan, and how soon help calls were seen. Pure: the
 * caller reads the records and says which local day an instant falls on.
 */
import type { HelpAck, HelpCall, Task, TaskCompletion } from '#shared/records.ts';

/** The local calendar day (YYYY-MM-DD) of an ISO timestamp, in the device's time zone. */
export type DayOf = (timestamp: string) => string;

export type QualityCompletion = Pick<TaskCompletion, 'id' | 'taskId' | 'good' | 'rejected' | 'rejectReasons' | 'completedAt'>;
export type QualityTask = Pick<Task, 'id' | 'stationId' | 'day' | 'quantity' | 'cancelled'>;

/** Good share of the pieces: null when there were none, which is "no pieces yet", never 0 %. */
export function yieldOf(good: number, rejected: number): number | null {
  const pieces = good + rejected;
  return pieces === 0 ? null : good / pieces;
}

export interface YieldCell {
  readonly good: number;
  readonly rejected: number;
  /** good / (good + rejected); null without pieces. */
  readonly fpy: number | null;
}

export interface StationYield {
  readonly stationId: string;
  /** Per day of `days`, in the same order. */
  readonly byDay: readonly YieldCell[];
  /** Over the whole range. */
  readonly total: YieldCell;
}

export interface YieldTable {
  /** The days with at least one completion, oldest first. */
  readonly days: readonly string[];
  /** The stations asked for, in that order, then any other station a completion was on. */
  readonly stations: readonly StationYield[];
}

/**
 * First-pass yield per station and day: Σgood / Σ(good + rejected) over the
 * completions, each on its task's station, on the local day it was
 * completed. A completion whose task this device does not hold is left out.
 */
export function firstPassYield(completions: readonly QualityCompletion[], tasks: ReadonlyMap<string, QualityTask>, stationIds: readonly string[], dayOf: DayOf): YieldTable {
  const sums = new Map<string, Map<string, { good: number; rejected: number }>>();
  const daySet = new Set<string>();
  for (const c of completions) {
    const task = tasks.get(c.taskId);
    if (!task) continue;
    const day = dayOf(c.completedAt);
    daySet.add(day);
    const ofStation = sums.get(task.stationId) ?? new Map<string, { good: number; rejected: number }>();
    sums.set(task.stationId, ofStation);
    const cell = ofStation.get(day) ?? { good: 0, rejected: 0 };
    ofStation.set(day, { good: cell.good + c.good, rejected: cell.rejected + c.rejected });
  }
  const days = [...daySet].sort();
  const ids = [...stationIds, ...[...sums.keys()].filter((id) => !stationIds.includes(id)).sort()];
  const cellOf = (good: number, rejected: number): YieldCell => ({ good, rejected, fpy: yieldOf(good, rejected) });
  return {
    days,
    stations: ids.map((stationId) => {
      const ofStation = sums.get(stationId);
      const byDay = days.map((day) => {
        const s = ofStation?.get(day);
        return cellOf(s?.good ?? 0, s?.rejected ?? 0);
      });
      const good = byDay.reduce((n, c) => n + c.good, 0);
      const rejected = byDay.reduce((n, c) => n + c.rejected, 0);
      return { stationId, byDay, total: cellOf(good, rejected) };
    }),
  };
}

export interface ParetoRow {
  /** A reject reason's id, or null for "no reason given". */
  readonly reasonId: string | null;
  readonly pieces: number;
  /** This reason's share of all rejected pieces, 0 to 1. */
  readonly share: number;
  /** The shares of this row and every row above it. */
  readonly cumulative: number;
}

/**
 * Rejected pieces per reason, most first, with the cumulative share. A
 * completion naming several reasons splits its rejected count evenly over
 * them, the remainder going to the first; rejected pieces with no reason
 * count as "no reason given" (null). Ties keep the reasons in id order,
 * "no reason given" last.
 */
export function rejectPareto(completions: readonly QualityCompletion[]): ParetoRow[] {
  const pieces = new Map<string | null, number>();
  const add = (id: string | null, n: number) => {
    if (n > 0) pieces.set(id, (pieces.get(id) ?? 0) + n);
  };
  for (const c of completions) {
    if (c.rejected <= 0) continue;
    const reasons = [...new Set(c.rejectReasons ?? [])];
    const [first, ...rest] = reasons;
    if (first === undefined) {
      add(null, c.rejected);
      continue;
    }
    const each = Math.floor(c.rejected / reasons.length);
    add(first, c.rejected - each * rest.length);
    for (const id of rest) add(id, each);
  }
  const total = [...pieces.values()].reduce((a, b) => a + b, 0);
  const sorted = [...pieces.entries()].sort(([a, n], [b, m]) => m - n || (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  let running = 0;
  return sorted.map(([reasonId, n]) => {
    running += n;
    return { reasonId, pieces: n, share: n / total, cumulative: running / total };
  });
}

export interface PlanDay {
  readonly day: string;
  /** Σ quantity of the day's tasks that are not cancelled. */
  readonly planned: number;
  /** Σ good pieces of those tasks' completions, whenever they were completed. */
  readonly made: number;
}

/** Pieces against plan per task day, oldest first; a day with only cancelled tasks is left out. */
export function piecesAgainstPlan(tasks: readonly QualityTask[], completions: readonly QualityCompletion[]): PlanDay[] {
  const planned = new Map<string, number>();
  const dayOfTask = new Map<string, string>();
  for (const t of tasks) {
    if (t.cancelled === true) continue;
    planned.set(t.day, (planned.get(t.day) ?? 0) + t.quantity);
    dayOfTask.set(t.id, t.day);
  }
  const made = new Map<string, number>();
  for (const c of completions) {
    const day = dayOfTask.get(c.taskId);
    if (day !== undefined) made.set(day, (made.get(day) ?? 0) + c.good);
  }
  return [...planned.keys()].sort().map((day) => ({ day, planned: planned.get(day) ?? 0, made: made.get(day) ?? 0 }));
}

export interface HelpDay {
  readonly day: string;
  readonly calls: number;
  /** Calls no coach has said "seen" to yet. */
  readonly open: number;
  /** Over the seen calls: the median and the longest time from call to first "seen", in ms; null when none was seen. */
  readonly medianMs: number | null;
  readonly longestMs: number | null;
}

export interface HelpSummary {
  readonly days: readonly HelpDay[];
  /** The same figures over the whole range. */
  readonly total: Omit<HelpDay, 'day'>;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

function summarise(waits: readonly (number | null)[]): Omit<HelpDay, 'day'> {
  const seen = waits.filter((w): w is number => w !== null).sort((a, b) => a - b);
  return { calls: waits.length, open: waits.length - seen.length, medianMs: median(seen), longestMs: seen.at(-1) ?? null };
}

/**
 * Help calls per local day of the call, and the time to "seen": from the
 * call to its first helpAck. A call without one is open and counts only as
 * such (its wait has no end yet). An ack stamped before its call (clocks of
 * two tablets) counts as seen at once.
 */
export function helpCallsPerDay(calls: readonly Pick<HelpCall, 'id' | 'calledAt'>[], acks: readonly Pick<HelpAck, 'callId' | 'ackedAt'>[], dayOf: DayOf): HelpSummary {
  const firstAck = new Map<string, number>();
  for (const a of acks) {
    const at = Date.parse(a.ackedAt);
    const had = firstAck.get(a.callId);
    if (had === undefined || at < had) firstAck.set(a.callId, at);
  }
  const byDay = new Map<string, (number | null)[]>();
  const all: (number | null)[] = [];
  for (const call of calls) {
    const acked = firstAck.get(call.id);
    const wait = acked === undefined ? null : Math.max(0, acked - Date.parse(call.calledAt));
    const day = dayOf(call.calledAt);
    byDay.set(day, [...(byDay.get(day) ?? []), wait]);
    all.push(wait);
  }
  return {
    days: [...byDay.keys()].sort().map((day) => ({ day, ...summarise(byDay.get(day) ?? []) })),
    total: summarise(all),
  };
}
