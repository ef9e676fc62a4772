/** What a member sees on the Today screen, derived from plain records. */
import type { RotaState } from './rotaState.ts';
import type { Card, Order, RotaSlot, Shift, Station, Task, TaskCompletion, TeamSettings } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';

export interface TodayTask {
  readonly task: Task;
  readonly card: Card;
  readonly station: Station | undefined;
  readonly order: Order | undefined;
  readonly done: boolean;
  /** The local day the task's order is due; null without an order (it counts as today's). */
  readonly dueDay: string | null;
  /** Still open after its order's due time. */
  readonly late: boolean;
  /**
   * When the same card is on the day more than once, which one this is
   * (from 1, in the order shown) and of how many: the screen numbers them so
   * two equal pictures can be told apart. Null for a card that is there once.
   */
  readonly twin: { readonly n: number; readonly of: number } | null;
  /** The order's place among the day's orders by due time (from 0): it picks the order's mark. */
  readonly orderMark: number | null;
}

export interface TodayInput {
  readonly memberId: string;
  readonly day: string;
  /** The tablet's clock: what is late depends on it. */
  readonly now: Date;
  readonly tasks: readonly Task[];
  readonly cards: readonly Card[];
  readonly stations: readonly Station[];
  readonly orders: readonly Order[];
  readonly completions: readonly TaskCompletion[];
}

/** Tasks for one later day, shown behind that day's picture. */
export interface LaterDay {
  readonly day: string;
  readonly tasks: readonly TodayTask[];
}

export interface TodayPlan {
  /** Every task of the day: the day's progress counts them all. */
  readonly all: readonly TodayTask[];
  /** Due today, already late, or without a due time: shown first, open ones first. */
  readonly today: readonly TodayTask[];
  /** Due on a later day, one group per day, soonest first. */
  readonly later: readonly LaterDay[];
  /** How many of `all` are done. */
  readonly done: number;
}

/**
 * The member's tasks for the day: open ones first by due time, then the
 * finished ones. A task whose card is missing (not synced yet) is left out
 * rather than shown broken.
 */
export function todayTasks(input: TodayInput): TodayTask[] {
  const cards = new Map(input.cards.map((c) => [c.id, c]));
  const stations = new Map(input.stations.map((s) => [s.id, s]));
  const orders = new Map(input.orders.map((o) => [o.id, o]));
  const doneTaskIds = new Set(input.completions.map((c) => c.taskId));
  const nowMs = input.now.getTime();
  const rows: Omit<TodayTask, 'twin' | 'orderMark'>[] = [];
  for (const task of input.tasks) {
    if (task.day !== input.day || task.memberId !== input.memberId) continue;
    const done = doneTaskIds.has(task.id);
    // A cancelled task left the day (its order was cancelled or planned again); one finished before stays.
    if (task.cancelled === true && !done) continue;
    const card = cards.get(task.cardId);
    if (!card) continue;
    const order = orders.get(task.orderId);
    const due = order ? new Date(order.due) : null;
    rows.push({
      task,
      card,
      station: stations.get(task.stationId),
      order,
      done,
      dueDay: due ? localDay(due) : null,
      late: !done && due !== null && due.getTime() < nowMs,
    });
  }
  const marks = orderMarks(rows);
  const twins = twinNumbers(rows);
  return rows
    .sort((a, b) => Number(a.done) - Number(b.done) || byDue(a, b))
    .map((r) => ({ ...r, twin: twins.get(r.task.id) ?? null, orderMark: r.order ? (marks.get(r.order.id) ?? null) : null }));
}

/**
 * Today first: what is due today or already late, then one group per later
 * day. Twins are numbered over the whole day, so "1" and "2" stay the same
 * whichever group a card is in.
 */
export function planToday(input: TodayInput): TodayPlan {
  const all = todayTasks(input);
  const today: TodayTask[] = [];
  const later = new Map<string, TodayTask[]>();
  for (const item of all) {
    if (item.dueDay === null || item.dueDay <= input.day) today.push(item);
    else later.set(item.dueDay, [...(later.get(item.dueDay) ?? []), item]);
  }
  return {
    all,
    today,
    later: [...later.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, tasks]) => ({ day, tasks })),
    done: all.filter((x) => x.done).length,
  };
}

/** By due time, then by id so that equal times keep one order on every tablet. */
function byDue(a: { task: Task; order: Order | undefined }, b: { task: Task; order: Order | undefined }): number {
  return dueMs(a.order) - dueMs(b.order) || a.task.id.localeCompare(b.task.id);
}

/**
 * Numbers for the cards that are on the day more than once, by due time and
 * not by what is done: finishing "1" leaves the other one "2", as the member
 * learnt it.
 */
function twinNumbers(rows: readonly { task: Task; card: Card; order: Order | undefined }[]): Map<string, { n: number; of: number }> {
  const byCard = new Map<string, { task: Task; order: Order | undefined }[]>();
  for (const r of rows) byCard.set(r.card.id, [...(byCard.get(r.card.id) ?? []), r]);
  const result = new Map<string, { n: number; of: number }>();
  for (const group of byCard.values()) {
    if (group.length < 2) continue;
    [...group].sort(byDue).forEach((r, i) => result.set(r.task.id, { n: i + 1, of: group.length }));
  }
  return result;
}

/** Instants, not strings: dues written with different offsets still sort by time. A task without an order goes last. */
function dueMs(order: Order | undefined): number {
  return order ? new Date(order.due).getTime() : Number.MAX_SAFE_INTEGER;
}

/** Each of the day's orders gets a place by due time (then id, so the marks never swap between renders). */
function orderMarks(rows: readonly { order: Order | undefined }[]): Map<string, number> {
  const orders = new Map<string, Order>();
  for (const r of rows) if (r.order) orders.set(r.order.id, r.order);
  const sorted = [...orders.values()].sort((a, b) => dueMs(a) - dueMs(b) || a.id.localeCompare(b.id));
  return new Map(sorted.map((o, i) => [o.id, i]));
}

/**
 * The member's station for the half-day: the rota's slot for it, else the
 * day's other slot (a slot from before half-days were planned is the
 * morning and names the whole day), else the team's default. A week the
 * team is still planning on the board (`weekState` draft or agreed) is not
 * the plan yet: Today goes by the default until it is published. A week
 * with no state at all was set by the coach before the board. A slot in
 * the pool names no station.
 */
export function stationOfDay(memberId: string, day: string, rota: readonly RotaSlot[], settings: TeamSettings | undefined, shift: Shift = 'am', weekState?: RotaState): string | null {
  const planned = weekState === undefined || weekState === 'published';
  const slots = planned ? rota.filter((r) => r.memberId === memberId && r.day === day) : [];
  const slot = slots.find((r) => r.shift === shift) ?? slots.find((r) => r.shift === 'am') ?? slots[0];
  if (slot) return slot.stationId;
  return settings?.defaultStationId ?? null;
}

/** Morning until noon, local time: the rota's two half-days. */
export function shiftAt(instant: Date): Shift {
  return instant.getHours() < 12 ? 'am' : 'pm';
}
