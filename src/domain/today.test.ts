import { describe, expect, it } from 'vitest';
import type { Card, Order, Task } from '#shared/records.ts';
import { shiftAt, stationOfDay, todayTasks } from './today.ts';

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

  it('leaves out a task whose card has not arrived yet', () => {
    expect(todayTasks({ memberId: me, day: '2026-11-25', tasks: [task(10, early)], cards: [], stations: [], orders: [], completions: [] })).toEqual([]);
  });
});

describe('station of the day', () => {
  const settings = { id: id(30), teamId: team, defaultStationId: id(31) };
  const slot = { id: id(32), teamId: team, memberId: me, stationId: id(33), day: '2026-11-25', shift: 'am' as const };
  it('takes the rota first, then the team default, else none', () => {
    expect(stationOfDay(me, '2026-11-25', [slot], settings)).toBe(id(33));
    expect(stationOfDay(me, '2026-11-26', [slot], settings)).toBe(id(31));
    expect(stationOfDay(me, '2026-11-26', [slot], undefined)).toBeNull();
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
