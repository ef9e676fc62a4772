import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb, TEAM_ID } from '#tests/helpers/enrolledDb.ts';
import type { OrderDraft } from '#domain/orders/orderDraft.ts';
import { cancelOrder, changeTask, orderIdOf, OrderTaskStartedError, saveOrders, updateOrder } from './orderRepository.ts';

// Monday 7 December 2026, 09:00 local: orders due on Wednesday.
const now = new Date(2026, 11, 7, 9);
const ctx = { actorMemberId: null, now, newId: uuidv7 };

async function teamWithStation() {
  const setup = await enrolledDb('2026-12-07');
  const { db, card, member } = setup;
  const bart = { ...member, id: uuidv7(), name: 'Bart' };
  await db.members.put(bart);
  // Both work on the card's station when the rota says nothing.
  await db.teamSettings.put({ id: uuidv7(), teamId: TEAM_ID, defaultStationId: card.stationId });
  return { ...setup, bart };
}

function draft(card: { id: string }, overrides: Partial<OrderDraft> = {}): OrderDraft {
  return { customer: 'Acme', reference: 'PO-1', product: 'DOOS-A4', cardId: card.id, quantity: 90, due: new Date(2026, 11, 9, 16).toISOString(), priority: 'normal', ...overrides };
}

describe('orders on the tablet', () => {
  it('makes an order and its tasks for who works on the station, in one write with their outbox entries', async () => {
    const { db, card, member, bart } = await teamWithStation();
    const before = await db.outbox.count();
    expect(await saveOrders(db, TEAM_ID, [draft(card)], ctx)).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const id = orderIdOf(TEAM_ID, 'Acme', 'PO-1');
    expect(await db.orders.get(id)).toMatchObject({ customer: 'Acme', reference: 'PO-1', quantity: 90, cardId: card.id });
    const tasks = await db.tasks.where('orderId').equals(id).toArray();
    expect(tasks.map((t) => [t.memberId, t.day, t.quantity]).sort()).toEqual(
      [
        [member.id, '2026-12-07', 45],
        [bart.id, '2026-12-07', 45],
      ].sort(),
    );
    expect((await db.outbox.count()) - before).toBe(3);
  });

  it('changes nothing when the same call-off is saved again', async () => {
    const { db, card } = await teamWithStation();
    await saveOrders(db, TEAM_ID, [draft(card), draft(card, { reference: 'PO-2' })], ctx);
    const outbox = await db.outbox.count();
    // The same instant written with another offset is the same due time.
    const again = [draft(card), draft(card, { reference: 'PO-2', due: new Date(new Date(2026, 11, 9, 16).getTime()).toISOString().replace('Z', '+00:00') })];
    expect(await saveOrders(db, TEAM_ID, again, ctx)).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('updates a changed quantity and re-plans only the unstarted tasks', async () => {
    const { db, card, member, bart } = await teamWithStation();
    await saveOrders(db, TEAM_ID, [draft(card)], ctx);
    const id = orderIdOf(TEAM_ID, 'Acme', 'PO-1');
    const annTask = (await db.tasks.where('orderId').equals(id).toArray()).find((t) => t.memberId === member.id);
    if (!annTask) throw new Error('no task for Ann');
    await db.taskCompletions.put({ id: uuidv7(), teamId: TEAM_ID, taskId: annTask.id, memberId: member.id, good: 40, rejected: 5, completedAt: now.toISOString() });
    expect(await saveOrders(db, TEAM_ID, [draft(card, { quantity: 100 })], ctx)).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const tasks = await db.tasks.where('orderId').equals(id).toArray();
    // 40 made; 60 left, shared again between Ann (a new task: hers is finished) and Bart.
    expect((await db.tasks.get(annTask.id))?.quantity).toBe(45);
    const open = tasks.filter((t) => t.id !== annTask.id && t.cancelled !== true);
    expect(open.map((t) => [t.memberId, t.quantity]).sort()).toEqual(
      [
        [member.id, 30],
        [bart.id, 30],
      ].sort(),
    );
  });

  it('cancels an order: its unstarted tasks leave the day, the finished one stays', async () => {
    const { db, card, member } = await teamWithStation();
    await saveOrders(db, TEAM_ID, [draft(card)], ctx);
    const id = orderIdOf(TEAM_ID, 'Acme', 'PO-1');
    const [first] = await db.tasks.where('orderId').equals(id).toArray();
    if (!first) throw new Error('no task');
    await db.taskCompletions.put({ id: uuidv7(), teamId: TEAM_ID, taskId: first.id, memberId: member.id, good: 45, rejected: 0, completedAt: now.toISOString() });
    await cancelOrder(db, id, ctx);
    expect((await db.orders.get(id))?.cancelled).toBe(true);
    const tasks = await db.tasks.where('orderId').equals(id).toArray();
    expect(tasks.filter((t) => t.cancelled !== true).map((t) => t.id)).toEqual([first.id]);
    expect(await db.tasks.count()).toBeGreaterThanOrEqual(tasks.length);
  });

  it('moves and resizes an unstarted task, and refuses to touch a finished one', async () => {
    const { db, card, member, bart } = await teamWithStation();
    await saveOrders(db, TEAM_ID, [draft(card)], ctx);
    const id = orderIdOf(TEAM_ID, 'Acme', 'PO-1');
    const [a, b] = await db.tasks.where('orderId').equals(id).toArray();
    if (!a || !b) throw new Error('no tasks');
    await changeTask(db, a.id, { day: '2026-12-08', quantity: 10 }, ctx);
    expect(await db.tasks.get(a.id)).toMatchObject({ day: '2026-12-08', quantity: 10 });
    await db.taskCompletions.put({ id: uuidv7(), teamId: TEAM_ID, taskId: b.id, memberId: b.memberId ?? member.id, good: 45, rejected: 0, completedAt: now.toISOString() });
    await expect(changeTask(db, b.id, { memberId: bart.id }, ctx)).rejects.toBeInstanceOf(OrderTaskStartedError);
  });

  it('re-plans when the coach moves the due time', async () => {
    const { db, card } = await teamWithStation();
    await db.cards.update(card.id, { piecesPerHour: 5 });
    await saveOrders(db, TEAM_ID, [draft(card, { quantity: 120 })], ctx);
    const id = orderIdOf(TEAM_ID, 'Acme', 'PO-1');
    // 30 a member-day: 60 on Monday, 60 on Tuesday; due on Monday instead puts it all on Monday.
    expect(new Set((await db.tasks.where('orderId').equals(id).toArray()).map((t) => t.day))).toEqual(new Set(['2026-12-07', '2026-12-08']));
    await updateOrder(db, id, { due: new Date(2026, 11, 7, 16).toISOString() }, ctx);
    const live = (await db.tasks.where('orderId').equals(id).toArray()).filter((t) => t.cancelled !== true);
    expect(live.map((t) => [t.day, t.quantity])).toEqual([
      ['2026-12-07', 60],
      ['2026-12-07', 60],
    ]);
  });
});
