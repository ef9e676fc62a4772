import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { HelpCall, Task, TaskCompletion } from '#shared/records.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { qualityRecords } from './teamViewRepository.ts';

describe('the team view’s records', () => {
  it('reads only the chosen range, plus work done in the week before on a task planned in it', async () => {
    const { db, member, tasks } = await enrolledDb('2026-11-23');
    const [planned] = tasks;
    if (!planned) throw new Error('enrolledDb makes tasks');
    const old: Task = { ...planned, id: uuidv7(), day: '2026-10-01' };
    await db.tasks.put(old);
    const done = (taskId: string, completedAt: string): TaskCompletion => ({ id: uuidv7(), teamId: member.teamId, taskId, memberId: member.id, good: 1, rejected: 0, completedAt });
    const inRange = done(planned.id, '2026-11-23T10:00:00.000Z');
    const early = done(planned.id, '2026-11-20T15:00:00.000Z');
    const before = done(old.id, '2026-10-01T10:00:00.000Z');
    // In the week before the range, but for a task outside it: not read as the range's.
    const otherEarly = done(old.id, '2026-11-19T10:00:00.000Z');
    await db.taskCompletions.bulkPut([inRange, early, before, otherEarly]);
    const call = (calledAt: string): HelpCall => ({ id: uuidv7(), teamId: member.teamId, memberId: member.id, reason: 'material', calledAt });
    const newCall = call('2026-11-23T09:00:00.000Z');
    await db.helpCalls.bulkPut([newCall, call('2026-10-01T09:00:00.000Z')]);

    const records = await qualityRecords(db, { fromDay: '2026-11-22', toDay: '2026-11-25', fromInstant: '2026-11-22T00:00:00.000Z', earlyFromInstant: '2026-11-15T00:00:00.000Z' });
    expect(records.completedInRange.map((c) => c.id)).toEqual([inRange.id]);
    expect(records.completions.map((c) => c.id).sort()).toEqual([inRange.id, early.id].sort());
    expect(records.plannedTasks.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
    expect([...records.tasks.keys()]).not.toContain(old.id);
    expect(records.helpCalls.map((c) => c.id)).toEqual([newCall.id]);
  });
});
