import { describe, expect, it } from 'vitest';
import type { Card, Order, Task } from '#shared/records.ts';
import { planToday, shiftAt, stationOfDay, todayTasks } from './today.ts';

const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const team = id(1);
const me = id(2);
const card: Card = { id: id(3), teamId: team, stationId: id(4), title: 'Dozen', picto: 'package', ppe: [], steps: [{ id: id(5), picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' }], version: 1 };
const early: Order = { id: id(6), teamId: team, customer: 'A', product: 'B', quantity: 10, due: '2026-11-25T09:00:00+01:00' };
const late: Order = { ...early, id: id(7), due: '2026-11-25T15:00:00+01:00' };
const task = (n: number, order: Order, memberId: string | null = me, day = '2026-11-25'): Task => ({ id: id(n), teamId: team, orderId: order.id, cardId: card.id, stationId: card.stationId, day, memberId, quantity: 5 });

describe("a member's day", () => {
  it('lists my open tasks for today by due time, then the finished ones', () => {
    const result = todayTasks({
      memberId: me,
      day: '2026-11-25',
      now: new Date('2026-11-25T07:00:00Z'),
      tasks: [task(10, late), task(11, early), task(12, early), task(13, early, id(99)), task(14, early, me, '2026-11-26')],
      cards: [card],
      stations: [],
      orders: [early, late],
      completions: [{ id: id(20), teamId: team, taskId: id(12), memberId: me, good: 5, rejected: 0, completedAt: '2026-11-25T08:00:00Z' }],
    });
    expect(result.map((r) => [r.task.id, r.done])).toEqual([
      [id(11), false],
      [id(10), false],
      [id(12), true],
    ]);
  });

  it('leaves out a cancelled task, unless it was finished before it was cancelled', () => {
    const result = todayTasks({
      memberId: me,
      day: '2026-11-25',
      now: new Date('2026-11-25T07:00:00Z'),
      tasks: [{ ...task(10, early), cancelled: true }, { ...task(11, early), cancelled: true }, task(12, early)],
      cards: [card],
      stations: [],
      orders: [early],
      completions: [{ id: id(20), teamId: team, taskId: id(11), memberId: me, good: 5, rejected: 0, completedAt: '2026-11-25T08:00:00Z' }],
    });
    expect(result.map((r) => r.task.id)).toEqual([id(12), id(11)]);
  });

  it('leaves out a task whose card has not arrived yet', () => {
    expect(todayTasks({ memberId: me, day: '2026-11-25', now: new Date('2026-11-25T07:00:00Z'), tasks: [task(10, early)], cards: [], stations: [], orders: [], completions: [] })).toEqual([]);
  });
});

describe('today first, other days behind their picture', () => {
  // Local times: what is "today" and "late" follows the tablet's clock and time zone.
  const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString();
  const morning: Order = { ...early, id: id(40), due: at(25, 9) };
  const afternoon: Order = { ...early, id: id(41), due: at(25, 15) };
  const thursday: Order = { ...early, id: id(42), due: at(26, 12) };
  const friday: Order = { ...early, id: id(43), due: at(27, 14) };
  const monday: Order = { ...early, id: id(44), due: at(23, 16) };
  const other: Card = { ...card, id: id(45), title: 'Etiketten', picto: 'label' };
  const plan = (now: Date, tasks: Task[], orders: Order[], completions: string[] = []) =>
    planToday({
      memberId: me,
      day: '2026-11-25',
      now,
      tasks,
      cards: [card, other],
      stations: [],
      orders,
      completions: completions.map((taskId, i) => ({ id: id(60 + i), teamId: team, taskId, memberId: me, good: 5, rejected: 0, completedAt: at(25, 8) })),
    });

  it('puts what is due today (and what is overdue) first, and each later day in its own group, soonest first', () => {
    const result = plan(new Date(2026, 10, 25, 10), [task(50, friday), task(51, afternoon), task(52, thursday), task(53, monday)], [friday, afternoon, thursday, monday]);
    expect(result.today.map((x) => x.task.id)).toEqual([id(53), id(51)]);
    expect(result.later.map((g) => [g.day, g.tasks.map((x) => x.task.id)])).toEqual([
      ['2026-11-26', [id(52)]],
      ['2026-11-27', [id(50)]],
    ]);
    expect(result.all).toHaveLength(4);
  });

  it('marks an open task late once its due time has passed, and never a finished one', () => {
    const tasks = [task(50, morning), task(51, afternoon), task(52, monday)];
    const before = plan(new Date(2026, 10, 25, 8, 59), tasks, [morning, afternoon, monday], [id(52)]);
    expect(before.today.map((x) => [x.task.id, x.late])).toEqual([
      [id(50), false],
      [id(51), false],
      [id(52), false],
    ]);
    const after = plan(new Date(2026, 10, 25, 9, 1), tasks, [morning, afternoon, monday], [id(52)]);
    expect(after.today.map((x) => [x.task.id, x.late])).toEqual([
      [id(50), true],
      [id(51), false],
      [id(52), false],
    ]);
    expect(after.done).toBe(1);
  });

  it('numbers a card that is on the day twice, and keeps the numbers when one is done', () => {
    const tasks = [task(50, afternoon), task(51, morning), { ...task(52, morning), cardId: other.id }];
    const open = plan(new Date(2026, 10, 25, 8), tasks, [morning, afternoon]);
    expect(open.all.map((x) => [x.task.id, x.twin])).toEqual([
      [id(51), { n: 1, of: 2 }],
      [id(52), null],
      [id(50), { n: 2, of: 2 }],
    ]);
    const oneDone = plan(new Date(2026, 10, 25, 8), tasks, [morning, afternoon], [id(51)]);
    expect(oneDone.all.map((x) => [x.task.id, x.twin?.n ?? null])).toEqual([
      [id(52), null],
      [id(50), 2],
      [id(51), 1],
    ]);
  });

  it('gives each order of the day its own mark, by due time', () => {
    const result = plan(new Date(2026, 10, 25, 8), [task(50, thursday), task(51, afternoon), task(52, afternoon)], [thursday, afternoon]);
    expect(result.all.map((x) => [x.task.id, x.orderMark])).toEqual([
      [id(51), 0],
      [id(52), 0],
      [id(50), 1],
    ]);
  });
});

describe('station of the day', () => {
  const settings = { id: id(30), teamId: team, defaultStationId: id(31) };
  const slot = { id: id(32), teamId: team, memberId: me, stationId: id(33), day: '2026-11-25', shift: 'am' as const, week: '2026-W48', placedBy: 'coach' as const, pinned: true };
  it('takes the rota first, then the team default, else none', () => {
    expect(stationOfDay(me, '2026-11-25', [slot], settings)).toBe(id(33));
    expect(stationOfDay(me, '2026-11-26', [slot], settings)).toBe(id(31));
    expect(stationOfDay(me, '2026-11-26', [slot], undefined)).toBeNull();
  });
  it('goes by the board only once the week is published, and names no station for the pool', () => {
    expect(stationOfDay(me, '2026-11-25', [slot], settings, 'am', 'draft')).toBe(id(31));
    expect(stationOfDay(me, '2026-11-25', [slot], settings, 'am', 'agreed')).toBe(id(31));
    expect(stationOfDay(me, '2026-11-25', [slot], settings, 'am', 'published')).toBe(id(33));
    expect(stationOfDay(me, '2026-11-25', [{ ...slot, stationId: null }], settings, 'am', 'published')).toBeNull();
  });
  it('takes the half-day’s slot, and the morning’s for an afternoon the rota left open', () => {
    const afternoon = { ...slot, id: id(34), stationId: id(35), shift: 'pm' as const };
    expect(stationOfDay(me, '2026-11-25', [afternoon, slot], settings, 'am')).toBe(id(33));
    expect(stationOfDay(me, '2026-11-25', [slot, afternoon], settings, 'pm')).toBe(id(35));
    expect(stationOfDay(me, '2026-11-25', [slot], settings, 'pm')).toBe(id(33));
    expect(shiftAt(new Date(2026, 10, 25, 11, 59))).toBe('am');
    expect(shiftAt(new Date(2026, 10, 25, 12, 0))).toBe('pm');
  });
});
