import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { resumableOpenTask, writeOpenTask, type OpenTaskRow } from './openTaskRepository.ts';

async function withOpenTask() {
  const setup = await enrolledDb();
  const { db, member, card, tasks } = setup;
  const step = card.steps[2]!.id;
  const row: OpenTaskRow = {
    memberId: member.id,
    taskId: tasks[0]!.id,
    card,
    progress: { stepIndex: 2, phase: 'steps', counted: { [step]: 7 }, answers: {} },
    undoStack: [{ stepIndex: 2, phase: 'steps', counted: { [step]: 6 }, answers: {} }],
  };
  await writeOpenTask(db, { save: row });
  return { ...setup, row };
}

describe('a member’s open task on this tablet', () => {
  it('comes back as it was saved: the task, the card it started with, the step, the counts and the undo stack', async () => {
    const { db, member, row } = await withOpenTask();
    expect(await resumableOpenTask(db, member.id)).toEqual(row);
    // The last save wins: one open task per member.
    await writeOpenTask(db, { save: { ...row, progress: { ...row.progress, stepIndex: 1 } } });
    expect((await resumableOpenTask(db, member.id))?.progress.stepIndex).toBe(1);
    expect(await resumableOpenTask(db, uuidv7())).toBeNull();
  });

  it('is not resumed, and is forgotten, once the task was finished elsewhere', async () => {
    const { db, member, row } = await withOpenTask();
    await db.taskCompletions.put({ id: uuidv7(), teamId: member.teamId, taskId: row.taskId, memberId: member.id, good: 20, rejected: 0, rejectReasons: [], photo: null, cardVersion: 1, completedAt: '2026-11-25T11:00:00.000Z' });
    expect(await resumableOpenTask(db, member.id)).toBeNull();
    expect(await db.openTasks.count()).toBe(0);
  });

  it('is not resumed when the task vanished (a reset from the server) or is no longer this member’s', async () => {
    const vanished = await withOpenTask();
    await vanished.db.tasks.delete(vanished.row.taskId);
    expect(await resumableOpenTask(vanished.db, vanished.member.id)).toBeNull();
    expect(await vanished.db.openTasks.count()).toBe(0);

    const moved = await withOpenTask();
    await moved.db.tasks.update(moved.row.taskId, { memberId: uuidv7() });
    expect(await resumableOpenTask(moved.db, moved.member.id)).toBeNull();
  });

  it('ignores a stored row of another shape rather than opening a broken task', async () => {
    const { db, member, row } = await withOpenTask();
    await db.openTasks.put({ ...row, progress: { stepIndex: -1 } } as unknown as OpenTaskRow);
    expect(await resumableOpenTask(db, member.id)).toBeNull();
    expect(await db.openTasks.count()).toBe(0);
  });
});
