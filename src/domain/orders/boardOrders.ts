/**
 * What the day board shows: every open order with its card, station and
 * finish projection, the ones heading for trouble first. Pure: the records
 * and the instant are passed in.
 */
import type { Card, Order, Station, Task, TaskCompletion } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { projectFinish, type FinishProjection, type Workday } from './projectFinish.ts';

/**
 * Orders due longer ago than this are not read for the board: a year of
 * finished orders (and their completions) stays on disk instead of being
 * summed at every paint. An order this far overdue is the coach's to
 * cancel or re-plan in the orders list.
 */
export const BOARD_LOOKBACK_DAYS = 28;

/** The earliest due time (ISO) of an order the board reads, `BOARD_LOOKBACK_DAYS` before today's start. */
export function boardDueSince(now: Date): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - BOARD_LOOKBACK_DAYS).toISOString();
}

export interface BoardRecords {
  readonly orders: readonly Order[];
  /** The tasks of those orders. */
  readonly tasks: readonly Task[];
  /** The completions of those tasks. */
  readonly completions: readonly TaskCompletion[];
  readonly cards: readonly Card[];
  readonly stations: readonly Station[];
}

export interface BoardOrder {
  readonly order: Order;
  /** The order's card, else the card of its first task; null when neither is on this tablet. */
  readonly card: Card | null;
  readonly station: Station | null;
  readonly projection: FinishProjection;
}

/**
 * Open orders (not cancelled, not fully made) and those finished today (with
 * status 'done', until the day ends): overdue and late first, then the rest
 * by due time, finished ones last.
 */
export function boardOrders(records: BoardRecords, now: Date, workday?: Workday): BoardOrder[] {
  const today = localDay(now);
  const cards = new Map(records.cards.map((c) => [c.id, c]));
  const stations = new Map(records.stations.map((s) => [s.id, s]));
  const tasksOf = groupBy(records.tasks, (t) => t.orderId);
  const orderOfTask = new Map(records.tasks.map((t) => [t.id, t.orderId]));
  const completionsOf = groupBy(records.completions, (c) => orderOfTask.get(c.taskId) ?? '');
  const shown: BoardOrder[] = [];
  for (const order of records.orders) {
    if (order.cancelled === true) continue;
    const tasks = tasksOf.get(order.id) ?? [];
    const completions = completionsOf.get(order.id) ?? [];
    const todays = completions.filter((c) => localDay(new Date(c.completedAt)) === today);
    const madeBeforeToday = completions.reduce((sum, c) => sum + c.good, 0) - todays.reduce((sum, c) => sum + c.good, 0);
    const card = cards.get(order.cardId ?? '') ?? cards.get(tasks[0]?.cardId ?? '') ?? null;
    const membersToday = new Set(tasks.filter((t) => t.day === today && t.cancelled !== true && t.memberId !== null).map((t) => t.memberId)).size;
    const fallbackPace = card?.piecesPerHour !== undefined && membersToday > 0 ? card.piecesPerHour * membersToday : null;
    const projection = projectFinish({ order, madeBeforeToday, today: todays, now, fallbackPace, ...(workday ? { workday } : {}) });
    // Finished on an earlier day: off the board. Finished today: shown as done until midnight.
    if (projection.status === 'done' && todays.length === 0) continue;
    const station = stations.get(card?.stationId ?? '') ?? stations.get(tasks[0]?.stationId ?? '') ?? null;
    shown.push({ order, card, station, projection });
  }
  return shown.sort((a, b) => rank(a) - rank(b) || Date.parse(a.order.due) - Date.parse(b.order.due) || a.order.customer.localeCompare(b.order.customer));
}

/** An order that needs attention: late at this pace, or past its due time. */
export function isBehind(status: FinishProjection['status']): boolean {
  return status === 'late' || status === 'overdue';
}

function rank(item: BoardOrder): number {
  const { status } = item.projection;
  if (isBehind(status)) return 0;
  return status === 'done' ? 2 : 1;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
