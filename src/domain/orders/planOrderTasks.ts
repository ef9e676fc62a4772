/**
 * How an order becomes work on the shop floor: tasks on its card's station,
 * spread over the members who work there on the days before it is due.
 *
 * A task is never deleted (a deleted id stays deleted on the server, so a
 * re-plan could not give it back): a task the plan no longer needs is
 * cancelled, and one it needs again is un-cancelled. Tasks someone finished
 * are facts and stay as they are; only what is still to make is planned.
 */
import { v5 } from 'uuid';
import type { Card, Order, Task, TaskCompletion } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';

/** The hours one member works on one order in a day, for sizing by the card's pace. */
export const PRODUCTIVE_HOURS_PER_DAY = 6;

/** Fixed for ever: a task's id is the UUIDv5 of its order, day and member in this namespace. */
const TASK_ID_NAMESPACE = '6d1f0c36-5c8b-4f0e-9a55-3c2f6b1d8e47';

export interface PlanOrderInput {
  readonly order: Pick<Order, 'id' | 'teamId' | 'quantity' | 'due' | 'cancelled'>;
  readonly card: Pick<Card, 'id' | 'stationId' | 'piecesPerHour'>;
  /** The first day that may get work: today on the tablet. */
  readonly today: string;
  /** Who works on the card's station on a day (the published rota, else the team default), in a stable order. */
  readonly crewOn: (day: string) => readonly string[];
  /** The order's tasks so far. */
  readonly tasks: readonly Task[];
  /** Completions of those tasks: a task with one is started (finished, in fact) and stays. */
  readonly completions: readonly Pick<TaskCompletion, 'taskId' | 'good'>[];
}

export interface OrderTaskPlan {
  /** Tasks to write as they are here: new ones, and unstarted ones whose quantity, day, member or cancel flag changes. */
  readonly writes: readonly Task[];
  /** How many good pieces are still to make after what was finished. */
  readonly remaining: number;
}

/**
 * The id of the order's task for a member (or for anyone: null) on a day: the same on every
 * tablet. `round` counts the finished tasks already at that place: a member who finished a task
 * of the order today and gets more of it today gets a second task, not the finished one back.
 */
export function orderTaskId(orderId: string, day: string, memberId: string | null, round = 0): string {
  return v5(`task/${orderId}/${day}/${memberId ?? 'anyone'}${round === 0 ? '' : `/${String(round)}`}`, TASK_ID_NAMESPACE);
}

function freeTaskId(orderId: string, day: string, memberId: string | null, taken: ReadonlySet<string>): string {
  let round = 0;
  while (taken.has(orderTaskId(orderId, day, memberId, round))) round += 1;
  return orderTaskId(orderId, day, memberId, round);
}

/** Working days (Monday to Friday) from `first` up to and including `last`; at least `first` itself. */
export function workingDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) if (isWorkingDay(day)) days.push(day);
  return days.length > 0 ? days : [isWorkingDay(first) ? first : nextWorkingDay(first)];
}

export function planOrderTasks(input: PlanOrderInput): OrderTaskPlan {
  const { order, card } = input;
  const started = new Set(input.completions.map((c) => c.taskId));
  const made = input.completions.reduce((sum, c) => sum + c.good, 0);
  const remaining = order.cancelled === true ? 0 : Math.max(0, order.quantity - made);
  const wanted = remaining === 0 ? [] : shares(input, remaining);

  const open = input.tasks.filter((t) => !started.has(t.id));
  const byPlace = new Map(open.filter((t) => t.cancelled !== true).map((t) => [placeKey(t.day, t.memberId), t]));
  const byId = new Map(open.map((t) => [t.id, t]));
  const kept = new Set<string>();
  const writes: Task[] = [];
  for (const share of wanted) {
    // A task already at this place keeps its id, even one the coach moved there by hand.
    const id = byPlace.get(placeKey(share.day, share.memberId))?.id ?? freeTaskId(order.id, share.day, share.memberId, started);
    kept.add(id);
    const existing = byId.get(id);
    const task: Task = { id, teamId: order.teamId, orderId: order.id, cardId: card.id, stationId: card.stationId, day: share.day, memberId: share.memberId, quantity: share.quantity };
    if (!existing || existing.cancelled === true || existing.quantity !== task.quantity || existing.day !== task.day || existing.memberId !== task.memberId || existing.cardId !== task.cardId || existing.stationId !== task.stationId) {
      writes.push(task);
    }
  }
  for (const task of open) if (!kept.has(task.id) && task.cancelled !== true) writes.push({ ...task, cancelled: true });
  return { writes, remaining };
}

interface Share {
  readonly day: string;
  readonly memberId: string | null;
  readonly quantity: number;
}

/**
 * What is left, over the crew of each working day until the due day. With a
 * pace each member gets a day's worth, earliest days first (just-in-time
 * work is made as soon as it can be); what does not fit lands on the last
 * day, so the board shows the order as late instead of hiding pieces. Without
 * a pace it is all on the first day with a crew, shared evenly. Nobody on
 * the station on any day: one task for anyone, on the first day, for the
 * coach to place.
 */
function shares(input: PlanOrderInput, remaining: number): Share[] {
  const dueDay = localDay(new Date(input.order.due));
  const days = workingDays(input.today, dueDay < input.today ? input.today : dueDay)
    .map((day) => ({ day, crew: input.crewOn(day) }))
    .filter((d) => d.crew.length > 0);
  const first = days[0];
  if (!first) return [{ day: workingDays(input.today, input.today)[0] ?? input.today, memberId: null, quantity: remaining }];
  const pace = input.card.piecesPerHour;
  if (pace === undefined) return evenly(first.day, first.crew, remaining);

  const perMemberDay = Math.max(1, Math.floor(pace * PRODUCTIVE_HOURS_PER_DAY));
  const result = new Map<string, Share>();
  let left = remaining;
  for (const { day, crew } of days) {
    for (const memberId of crew) {
      if (left === 0) break;
      const quantity = Math.min(perMemberDay, left);
      result.set(placeKey(day, memberId), { day, memberId, quantity });
      left -= quantity;
    }
  }
  if (left > 0) {
    const last = days[days.length - 1] ?? first;
    for (const extra of evenly(last.day, last.crew, left)) {
      const key = placeKey(extra.day, extra.memberId);
      result.set(key, { ...extra, quantity: extra.quantity + (result.get(key)?.quantity ?? 0) });
    }
  }
  return [...result.values()];
}

/** `quantity` shared over the crew as evenly as whole pieces allow; the first members get the odd ones. */
function evenly(day: string, crew: readonly string[], quantity: number): Share[] {
  const base = Math.floor(quantity / crew.length);
  const odd = quantity % crew.length;
  return crew.map((memberId, i) => ({ day, memberId, quantity: base + (i < odd ? 1 : 0) })).filter((s) => s.quantity > 0);
}

function placeKey(day: string, memberId: string | null): string {
  return `${day}/${memberId ?? ''}`;
}

function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function nextWorkingDay(day: string): string {
  let next = nextDay(day);
  while (!isWorkingDay(next)) next = nextDay(next);
  return next;
}
