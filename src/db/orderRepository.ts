/**
 * The coach's orders on the tablet: creating, importing, changing and
 * cancelling them, each with its tasks re-planned (planOrderTasks) in the
 * same transaction, so an order and its work are never out of step — not
 * after a crash, not offline. An import is one transaction: all of it or
 * none of it.
 */
import type { OrderDraft } from '#domain/orders/orderDraft.ts';
import { orderIdOf as naturalOrderId } from '#domain/orders/orderFromInput.ts';
import { stationCrew } from '#domain/orders/stationCrew.ts';
import { planOrderTasks, workingDays } from '#domain/orders/planOrderTasks.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import type { Card, Order, Task } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { writeLocalBatch, writeTables, type LocalChange, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export interface SaveOrdersOutcome {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** The fields an order's draft sets; the rest (id, team, cancelled) are the order's own. */
const DRAFT_FIELDS = ['product', 'cardId', 'quantity', 'due', 'priority'] as const satisfies readonly (keyof OrderDraft & keyof Order)[];
/** A change to one of these gives the order other work: its unstarted tasks are planned again. */
const PLANNED_FIELDS: ReadonlySet<string> = new Set(['cardId', 'quantity', 'due']);

export class OrderTaskStartedError extends Error {
  constructor() {
    super('Someone already finished this task; it stays as it was.');
  }
}

/** The id of a customer's order: the same on every tablet and on the server. */
export function orderIdOf(teamId: string, customer: string, reference: string): string {
  return naturalOrderId({ teamId, customer, reference });
}

/**
 * New orders and changes to known ones (customer + reference name the order):
 * a draft equal to its order changes nothing; a changed quantity, due time or
 * product updates the order and re-plans its unstarted tasks.
 */
export async function saveOrders(db: SchakelDb, teamId: string, drafts: readonly OrderDraft[], ctx: WriteContext): Promise<SaveOrdersOutcome> {
  return db.transaction('rw', orderTables(db), async () => {
    const ids = drafts.map((d) => orderIdOf(teamId, d.customer, d.reference));
    const existing = await db.orders.bulkGet(ids);
    const changes: LocalChange[] = [];
    const toPlan: Order[] = [];
    let created = 0;
    let updated = 0;
    drafts.forEach((draft, i) => {
      const id = ids[i] ?? '';
      const old = existing[i];
      if (!old) {
        const order: Order = { id, teamId, customer: draft.customer, reference: draft.reference, product: draft.product, cardId: draft.cardId, quantity: draft.quantity, due: draft.due, priority: draft.priority };
        changes.push({ kind: 'order', op: 'insert', record: order });
        toPlan.push(order);
        created += 1;
        return;
      }
      const fields: Partial<Order> = {};
      for (const field of DRAFT_FIELDS) if (!sameValue(field, old[field], draft[field])) Object.assign(fields, { [field]: draft[field] });
      if (Object.keys(fields).length === 0) return;
      changes.push({ kind: 'order', op: 'patch', id, fields });
      if (Object.keys(fields).some((f) => PLANNED_FIELDS.has(f))) toPlan.push({ ...old, ...fields });
      updated += 1;
    });
    changes.push(...(await taskChanges(db, teamId, toPlan, ctx.now)));
    await writeLocalBatch(db, changes, ctx);
    return { created, updated, unchanged: drafts.length - created - updated };
  });
}

/** Changes an order's quantity, due time, product or priority, and re-plans its unstarted tasks. */
export async function updateOrder(db: SchakelDb, orderId: string, fields: Partial<Pick<Order, (typeof DRAFT_FIELDS)[number]>>, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', orderTables(db), async () => {
    const order = await db.orders.get(orderId);
    if (!order) throw new Error('There is no such order on this tablet.');
    const next = { ...order, ...fields };
    const changes: LocalChange[] = [{ kind: 'order', op: 'patch', id: orderId, fields }];
    if (Object.keys(fields).some((f) => PLANNED_FIELDS.has(f))) changes.push(...(await taskChanges(db, order.teamId, [next], ctx.now)));
    await writeLocalBatch(db, changes, ctx);
  });
}

/** Cancels an order: its unstarted tasks leave the members' day; what was finished stays. */
export async function cancelOrder(db: SchakelDb, orderId: string, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', orderTables(db), async () => {
    const order = await db.orders.get(orderId);
    if (!order || order.cancelled === true) return;
    const cancelled = { ...order, cancelled: true };
    const changes: LocalChange[] = [{ kind: 'order', op: 'patch', id: orderId, fields: { cancelled: true } }, ...(await taskChanges(db, order.teamId, [cancelled], ctx.now))];
    await writeLocalBatch(db, changes, ctx);
  });
}

/** The coach moves an unstarted task to another member or day, or resizes it. */
export async function changeTask(db: SchakelDb, taskId: string, fields: Partial<Pick<Task, 'memberId' | 'day' | 'quantity'>>, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', orderTables(db), async () => {
    const started = await db.taskCompletions.where('taskId').equals(taskId).count();
    if (started > 0) throw new OrderTaskStartedError();
    await writeLocalBatch(db, [{ kind: 'task', op: 'patch', id: taskId, fields }], ctx);
  });
}

function orderTables(db: SchakelDb) {
  return [...writeTables(db, 'order'), db.tasks, db.taskCompletions, db.cards, db.members, db.rotaSlots, db.rotaWeeks, db.teamSettings];
}

function sameValue(field: string, a: unknown, b: unknown): boolean {
  // Two spellings of one instant (another offset) are the same due time.
  if (field === 'due' && typeof a === 'string' && typeof b === 'string') return new Date(a).getTime() === new Date(b).getTime();
  if (field === 'priority') return (a ?? 'normal') === (b ?? 'normal');
  return a === b;
}

/** The task writes that bring each order's tasks in line with it, from what this tablet holds now. */
async function taskChanges(db: SchakelDb, teamId: string, orders: readonly Order[], now: Date): Promise<LocalChange[]> {
  if (orders.length === 0) return [];
  const today = localDay(now);
  const cardIds = [...new Set(orders.map((o) => o.cardId).filter((id) => id !== undefined))];
  const [cards, tasks, crewOn] = await Promise.all([db.cards.bulkGet(cardIds), db.tasks.where('orderId').anyOf(orders.map((o) => o.id)).toArray(), crewLoader(db, teamId, today, orders)]);
  const cardById = new Map(cards.filter((c): c is Card => c !== undefined).map((c) => [c.id, c]));
  const completions = await db.taskCompletions.where('taskId').anyOf(tasks.map((t) => t.id)).toArray();
  const tasksByOrder = groupBy(tasks, (t) => t.orderId);
  const taskOrder = new Map(tasks.map((t) => [t.id, t.orderId]));
  const completionsByOrder = groupBy(completions, (c) => taskOrder.get(c.taskId) ?? '');
  const changes: LocalChange[] = [];
  for (const order of orders) {
    const card = order.cardId === undefined ? undefined : cardById.get(order.cardId);
    // An order whose card this tablet does not have yet cannot be planned; it is when the card arrives and the order is saved again.
    if (!card) continue;
    const own = tasksByOrder.get(order.id) ?? [];
    const known = new Set(own.map((t) => t.id));
    const plan = planOrderTasks({ order, card, today, crewOn: (day) => crewOn(card.stationId, day), tasks: own, completions: completionsByOrder.get(order.id) ?? [] });
    for (const task of plan.writes) {
      if (!known.has(task.id)) changes.push({ kind: 'task', op: 'insert', record: task });
      else changes.push({ kind: 'task', op: 'patch', id: task.id, fields: { day: task.day, memberId: task.memberId, quantity: task.quantity, cardId: task.cardId, stationId: task.stationId, cancelled: task.cancelled === true } });
    }
  }
  return changes;
}

/** Who works where on the days the orders span: the team's members, the rota's slots of those weeks and each week's plan state. */
async function crewLoader(db: SchakelDb, teamId: string, today: string, orders: readonly Order[]) {
  const lastDue = orders.reduce((max, o) => (o.due > max ? o.due : max), orders[0]?.due ?? today);
  const lastDay = localDay(new Date(lastDue));
  const weeks = [...new Set(workingDays(today, lastDay < today ? today : lastDay).map(isoWeekOf))];
  const [members, slots, settings, plans] = await Promise.all([
    db.members.where('teamId').equals(teamId).toArray(),
    db.rotaSlots.where('week').anyOf(weeks).toArray(),
    db.teamSettings.filter((s) => s.teamId === teamId).first(),
    db.rotaWeeks.bulkGet(weeks.map((week) => requireNaturalId('rotaWeek', { teamId, week }))),
  ]);
  const crew = { members, slots: slots.filter((s) => s.teamId === teamId), settings, weeks: plans.filter((p) => p !== undefined) };
  // One crew function per station, and one answer per station and day: an import plans thousands of orders over a few stations and days.
  const byStation = new Map<string, (day: string) => string[]>();
  const answers = new Map<string, string[]>();
  return (stationId: string, day: string) => {
    const key = `${stationId}/${day}`;
    let answer = answers.get(key);
    if (!answer) {
      let crewOn = byStation.get(stationId);
      if (!crewOn) {
        crewOn = stationCrew(crew, stationId);
        byStation.set(stationId, crewOn);
      }
      answer = crewOn(day);
      answers.set(key, answer);
    }
    return answer;
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
