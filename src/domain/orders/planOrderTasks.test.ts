import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from '#shared/records.ts';
import { orderTaskId, planOrderTasks, workingDays, type PlanOrderInput } from './planOrderTasks.ts';

const TEAM = '00000000-0000-4000-8000-000000000001';
const ORDER = '00000000-0000-4000-8000-0000000000a1';
const CARD = { id: '00000000-0000-4000-8000-0000000000c1', stationId: '00000000-0000-4000-8000-000000000051' };
const ANN = '00000000-0000-4000-8000-00000000a001';
const BART = '00000000-0000-4000-8000-00000000b001';
const CHLOE = '00000000-0000-4000-8000-00000000c001';

// Monday 7 December 2026 to Friday 11 December.
const MONDAY = '2026-12-07';

function input(overrides: Partial<PlanOrderInput> = {}): PlanOrderInput {
  return {
    order: { id: ORDER, teamId: TEAM, quantity: 100, due: new Date(2026, 11, 9, 16).toISOString() },
    card: CARD,
    today: MONDAY,
    crewOn: () => [ANN, BART],
    tasks: [],
    completions: [],
    ...overrides,
  };
}

/** What the tasks would be after writing the plan over the old ones. */
function afterWrites(tasks: readonly Task[], writes: readonly Task[]): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const w of writes) byId.set(w.id, w);
  return [...byId.values()];
}

const live = (tasks: readonly Task[]) => tasks.filter((t) => t.cancelled !== true);

describe('planOrderTasks', () => {
  it('without a pace puts the whole order on the first day, shared evenly over who works there', () => {
    const { writes } = planOrderTasks(input({ order: { id: ORDER, teamId: TEAM, quantity: 101, due: new Date(2026, 11, 9, 16).toISOString() } }));
    expect(writes.map((t) => [t.day, t.memberId, t.quantity])).toEqual([
      [MONDAY, ANN, 51],
      [MONDAY, BART, 50],
    ]);
    expect(writes.every((t) => t.stationId === CARD.stationId && t.cardId === CARD.id && t.orderId === ORDER)).toBe(true);
  });

  it("with a pace gives each member a day's worth, earliest days first", () => {
    // 5 pieces an hour, 6 hours a day: 30 a member-day; 100 = 30 + 30 on Monday, 30 + 10 on Tuesday.
    const { writes } = planOrderTasks(input({ card: { ...CARD, piecesPerHour: 5 } }));
    expect(writes.map((t) => [t.day, t.memberId, t.quantity])).toEqual([
      [MONDAY, ANN, 30],
      [MONDAY, BART, 30],
      ['2026-12-08', ANN, 30],
      ['2026-12-08', BART, 10],
    ]);
  });

  it('puts what does not fit before the due day on the last day, so the order shows late instead of losing pieces', () => {
    const due = new Date(2026, 11, 7, 16).toISOString();
    const { writes } = planOrderTasks(input({ order: { id: ORDER, teamId: TEAM, quantity: 100, due }, card: { ...CARD, piecesPerHour: 5 } }));
    expect(writes.map((t) => [t.day, t.memberId, t.quantity])).toEqual([
      [MONDAY, ANN, 50],
      [MONDAY, BART, 50],
    ]);
  });

  it('follows the crew of each day and skips the weekend', () => {
    const friday = '2026-12-11';
    const due = new Date(2026, 11, 14, 12).toISOString();
    const crew = (day: string) => (day === friday ? [CHLOE] : [ANN]);
    const { writes } = planOrderTasks(input({ today: friday, order: { id: ORDER, teamId: TEAM, quantity: 50, due }, card: { ...CARD, piecesPerHour: 5 }, crewOn: crew }));
    expect(writes.map((t) => [t.day, t.memberId, t.quantity])).toEqual([
      [friday, CHLOE, 30],
      ['2026-12-14', ANN, 20],
    ]);
  });

  it('leaves one task for anyone when nobody works on the station', () => {
    const { writes } = planOrderTasks(input({ crewOn: () => [] }));
    expect(writes.map((t) => [t.day, t.memberId, t.quantity])).toEqual([[MONDAY, null, 100]]);
  });

  it('gives the same ids on every tablet, so one order planned twice offline is one set of tasks', () => {
    expect(planOrderTasks(input()).writes.map((t) => t.id)).toEqual([orderTaskId(ORDER, MONDAY, ANN), orderTaskId(ORDER, MONDAY, BART)]);
  });

  it('plans nothing again when nothing changed', () => {
    const first = planOrderTasks(input());
    expect(planOrderTasks(input({ tasks: first.writes })).writes).toEqual([]);
  });

  it('keeps finished tasks, plans only what is left, and cancels what is no longer needed', () => {
    const first = planOrderTasks(input()).writes;
    const annTask = first.find((t) => t.memberId === ANN);
    if (!annTask) throw new Error('no task for Ann');
    // Ann made 48 good; the order went down to 60: 12 are left, all for Bart's unstarted task.
    const { writes, remaining } = planOrderTasks(
      input({ order: { id: ORDER, teamId: TEAM, quantity: 60, due: new Date(2026, 11, 9, 16).toISOString() }, tasks: first, completions: [{ taskId: annTask.id, good: 48 }], crewOn: () => [BART] }),
    );
    expect(remaining).toBe(12);
    expect(writes.map((t) => [t.memberId, t.quantity, t.cancelled ?? false])).toEqual([[BART, 12, false]]);
    expect(writes.some((t) => t.id === annTask.id)).toBe(false);
  });

  it('cancels every unstarted task of a cancelled order and keeps the finished ones', () => {
    const first = planOrderTasks(input()).writes;
    const done = first[0];
    if (!done) throw new Error('no task');
    const { writes } = planOrderTasks(input({ order: { id: ORDER, teamId: TEAM, quantity: 100, due: new Date(2026, 11, 9, 16).toISOString(), cancelled: true }, tasks: first, completions: [{ taskId: done.id, good: 50 }] }));
    expect(writes.map((t) => [t.id, t.cancelled])).toEqual([[first[1]?.id, true]]);
  });

  it('gives a cancelled task back when the plan needs its place again', () => {
    const first = planOrderTasks(input()).writes;
    const cancelled = first.map((t) => ({ ...t, cancelled: true }));
    const { writes } = planOrderTasks(input({ tasks: cancelled }));
    expect(writes.map((t) => [t.id, t.cancelled ?? false])).toEqual(first.map((t) => [t.id, false]));
  });

  it('keeps a task the coach moved to another member when the plan still wants that place', () => {
    const first = planOrderTasks(input()).writes;
    const moved = first.map((t) => (t.memberId === BART ? { ...t, memberId: CHLOE } : t));
    const { writes } = planOrderTasks(input({ tasks: moved, crewOn: () => [ANN, CHLOE] }));
    expect(writes).toEqual([]);
  });

  it('always plans exactly what is left to make, whatever the crew, pace and finished work', () => {
    const days = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        fc.array(fc.subarray([ANN, BART, CHLOE]), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 100 }),
        (quantity, piecesPerHour, crews, dueIndex, donePercent) => {
          const due = new Date(`${days[dueIndex] ?? MONDAY}T15:00:00`).toISOString();
          const crewOn = (day: string) => crews[days.indexOf(day)] ?? [];
          const base = { order: { id: ORDER, teamId: TEAM, quantity, due }, card: { ...CARD, piecesPerHour }, crewOn };
          const first = planOrderTasks(input(base)).writes;
          const finished = first[0];
          const good = Math.floor(((finished?.quantity ?? 0) * donePercent) / 100);
          const completions = finished ? [{ taskId: finished.id, good }] : [];
          const again = planOrderTasks(input({ ...base, tasks: first, completions }));
          const unstarted = live(afterWrites(first, again.writes)).filter((t) => t.id !== finished?.id);
          expect(unstarted.reduce((sum, t) => sum + t.quantity, 0)).toBe(quantity - good);
          expect(unstarted.every((t) => t.quantity > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('workingDays', () => {
  it('counts Monday to Friday only, and moves a weekend start to Monday', () => {
    expect(workingDays('2026-12-10', '2026-12-15')).toEqual(['2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15']);
    expect(workingDays('2026-12-12', '2026-12-12')).toEqual(['2026-12-14']);
  });
});
