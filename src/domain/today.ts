/** What a member sees on the Today screen, derived from plain records. */
import type { Card, Order, RotaSlot, Shift, Station, Task, TaskCompletion, TeamSettings } from '#shared/records.ts';

export interface TodayTask {
  readonly task: Task;
  readonly card: Card;
  readonly station: Station | undefined;
  readonly order: Order | undefined;
  readonly done: boolean;
}

export interface TodayInput {
  readonly memberId: string;
  readonly day: string;
  readonly tasks: readonly Task[];
  readonly cards: readonly Card[];
  readonly stations: readonly Station[];
  readonly orders: readonly Order[];
  readonly completions: readonly TaskCompletion[];
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
  const result: TodayTask[] = [];
  for (const task of input.tasks) {
    if (task.day !== input.day || task.memberId !== input.memberId) continue;
    const card = cards.get(task.cardId);
    if (!card) continue;
    result.push({ task, card, station: stations.get(task.stationId), order: orders.get(task.orderId), done: doneTaskIds.has(task.id) });
  }
  return result.sort(byOpenThenDue);
}

function byOpenThenDue(a: TodayTask, b: TodayTask): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  return (a.order?.due ?? '').localeCompare(b.order?.due ?? '');
}

/**
 * The member's station for the half-day: the rota's slot for it, else the
 * day's other slot (a slot from before half-days were planned is the
 * morning and names the whole day), else the team's default.
 */
export function stationOfDay(memberId: string, day: string, rota: readonly RotaSlot[], settings: TeamSettings | undefined, shift: Shift = 'am'): string | null {
  const slots = rota.filter((r) => r.memberId === memberId && r.day === day);
  const slot = slots.find((r) => r.shift === shift) ?? slots.find((r) => r.shift === 'am') ?? slots[0];
  return slot?.stationId ?? settings?.defaultStationId ?? null;
}

/** Morning until noon, local time: the rota's two half-days. */
export function shiftAt(instant: Date): Shift {
  return instant.getHours() < 12 ? 'am' : 'pm';
}
