import { describe, expect, it } from 'vitest';
import type { Card, Order, Station, Task, TaskCompletion } from '#shared/records.ts';
import { BOARD_LOOKBACK_DAYS, boardDueSince, boardOrders, type BoardRecords } from './boardOrders.ts';

// Wednesday 25 November 2026, local time.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const iso = (day: number, hour: number) => at(day, hour).toISOString();
const NOW = at(25, 10);

const station: Station = { id: 's1', teamId: 't', name: 'Inpakken', picto: 'package', load: 'light' };
const card: Card = { id: 'c1', teamId: 't', stationId: 's1', title: 'Dozen', picto: 'package', ppe: [], version: 1, steps: [], piecesPerHour: 20 };
const order = (id: string, fields: Partial<Order> = {}): Order => ({ id, teamId: 't', customer: id, product: 'Dozen', quantity: 100, due: iso(25, 16), ...fields });
const task = (id: string, orderId: string, fields: Partial<Task> = {}): Task => ({ id, teamId: 't', orderId, cardId: 'c1', stationId: 's1', day: '2026-11-25', memberId: `m-${id}`, quantity: 50, ...fields });
const done = (taskId: string, good: number, completedAt: string): TaskCompletion => ({ id: `${taskId}-${completedAt}`, teamId: 't', taskId, memberId: 'm', good, rejected: 0, completedAt });
const records = (fields: Partial<BoardRecords>): BoardRecords => ({ orders: [], tasks: [], completions: [], cards: [card], stations: [station], ...fields });

describe('boardOrders', () => {
  it('takes the card from the first task when the order names none, and its station', () => {
    const [item] = boardOrders(records({ orders: [order('a')], tasks: [task('t1', 'a')] }), NOW);
    expect(item?.card?.id).toBe('c1');
    expect(item?.station?.name).toBe('Inpakken');
  });

  it('uses the card’s pace times the members on the order today until the first completion', () => {
    const tasks = [task('t1', 'a'), task('t2', 'a'), task('t3', 'a', { memberId: null }), task('t4', 'a', { cancelled: true }), task('t5', 'a', { day: '2026-11-26' })];
    const [item] = boardOrders(records({ orders: [order('a', { cardId: 'c1' })], tasks }), NOW);
    expect(item?.projection.pace).toBe(40);
    expect(item?.projection.projectedFinish).toBe(at(25, 12, 30).toISOString());
  });

  it('counts earlier days’ pieces as made and only today’s for the pace', () => {
    const completions = [done('t1', 30, iso(24, 12)), done('t1', 20, iso(25, 9))];
    const [item] = boardOrders(records({ orders: [order('a')], tasks: [task('t1', 'a')], completions }), NOW);
    expect(item?.projection.made).toBe(50);
    expect(item?.projection.pace).toBe(10);
  });

  it('leaves out cancelled orders and those finished on an earlier day; keeps those finished today, last', () => {
    const orders = [order('cancelled', { cancelled: true }), order('yesterday'), order('today'), order('open', { due: iso(26, 16) }), order('late', { due: iso(25, 11) })];
    const tasks = orders.map((o) => task(`t-${o.id}`, o.id));
    const completions = [done('t-yesterday', 100, iso(24, 12)), done('t-today', 100, iso(25, 9)), done('t-late', 10, iso(25, 9))];
    const shown = boardOrders(records({ orders, tasks, completions }), NOW);
    expect(shown.map((i) => [i.order.id, i.projection.status])).toEqual([['late', 'late'], ['open', 'on-time'], ['today', 'done']]);
  });

  it('sorts overdue and late first by due time, then the rest by due time', () => {
    const orders = [order('later', { due: iso(27, 12) }), order('overdue', { due: iso(24, 12) }), order('soon', { due: iso(25, 15) }), order('late', { due: iso(25, 11) })];
    const tasks = orders.map((o) => task(`t-${o.id}`, o.id, { memberId: o.id === 'late' ? null : `m-${o.id}` }));
    const completions = [done('t-late', 10, iso(25, 9))];
    expect(boardOrders(records({ orders, tasks, completions }), NOW).map((i) => i.order.id)).toEqual(['overdue', 'late', 'soon', 'later']);
  });

  it('reads orders due from four weeks before today’s start', () => {
    expect(BOARD_LOOKBACK_DAYS).toBe(28);
    expect(boardDueSince(NOW)).toBe(new Date(2026, 9, 28).toISOString());
  });
});
