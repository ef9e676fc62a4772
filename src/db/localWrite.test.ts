import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import type { TaskCompletion } from '#shared/records.ts';
import { writeLocal, writeLocalBatch } from './localWrite.ts';
import { StorageFullError } from './storageErrors.ts';

const now = new Date('2026-11-25T10:00:00Z');

describe('a local write', () => {
  it('stores the record and its outbox entry together, with rising sequence numbers and HLC', async () => {
    const { db, member, tasks } = await enrolledDb();
    const write = (taskId: string) => {
      const record: TaskCompletion = { id: uuidv7(), teamId: member.teamId, taskId, memberId: member.id, good: 5, rejected: 1, completedAt: now.toISOString() };
      return writeLocal(db, { kind: 'taskCompletion', op: 'insert', record }, { actorMemberId: member.id, now, newId: uuidv7 });
    };
    const a = await write(tasks[0]?.id ?? '');
    const b = await write(tasks[1]?.id ?? '');
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(b.hlc > a.hlc).toBe(true);
    expect(a).toMatchObject({ kind: 'taskCompletion', op: 'insert', actorMemberId: member.id, baseVersion: null });
    expect(await db.taskCompletions.count()).toBe(2);
    expect((await db.outbox.toArray()).map((e) => e.recordId)).toEqual([a.recordId, b.recordId]);
  });

  it('on a full disk writes neither record nor outbox entry and says so', async () => {
    const { db, member, tasks } = await enrolledDb();
    db.outbox.hook('creating', () => {
      // What Chromium does when the quota is gone, wrapped the way Dexie wraps it.
      const abort = new Error('transaction aborted') as Error & { inner: unknown };
      abort.name = 'AbortError';
      abort.inner = new DOMException('quota', 'QuotaExceededError');
      throw abort;
    });
    const record: TaskCompletion = { id: uuidv7(), teamId: member.teamId, taskId: tasks[0]?.id ?? '', memberId: member.id, good: 5, rejected: 0, completedAt: now.toISOString() };
    await expect(writeLocal(db, { kind: 'taskCompletion', op: 'insert', record }, { actorMemberId: member.id, now, newId: uuidv7 })).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.taskCompletions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.clock.get('self')).toBeUndefined();
  });

  it('writes a batch in the order given, one sequence number and HLC each, a patch seeing the insert before it', async () => {
    const { db, member, tasks } = await enrolledDb();
    const task = tasks[0];
    if (!task) throw new Error('no demo task');
    const ctx = { actorMemberId: null, now, newId: uuidv7 };
    await writeLocal(db, { kind: 'task', op: 'patch', id: task.id, fields: { quantity: 7 } }, ctx);
    const copy = { ...task, id: uuidv7() };
    const entries = await writeLocalBatch(
      db,
      [
        { kind: 'task', op: 'insert', record: copy },
        { kind: 'task', op: 'patch', id: copy.id, fields: { quantity: 3 } },
        { kind: 'task', op: 'patch', id: task.id, fields: { cancelled: true } },
        { kind: 'taskCompletion', op: 'insert', record: { id: uuidv7(), teamId: member.teamId, taskId: copy.id, memberId: member.id, good: 3, rejected: 0, completedAt: now.toISOString() } },
      ],
      ctx,
    );
    expect(entries.map((e) => e.seq)).toEqual([2, 3, 4, 5]);
    expect(entries.every((e, i) => i === 0 || e.hlc > (entries[i - 1]?.hlc ?? ''))).toBe(true);
    expect((await db.tasks.get(copy.id))?.quantity).toBe(3);
    expect(await db.tasks.get(task.id)).toMatchObject({ quantity: 7, cancelled: true });
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await db.clock.get('self'))?.nextSeq).toBe(6);
  });

  it('writes nothing of a batch when one of its writes fails', async () => {
    const { db, member, tasks } = await enrolledDb();
    const task = tasks[0];
    if (!task) throw new Error('no demo task');
    db.taskCompletions.hook('creating', () => {
      throw new Error('disk gone');
    });
    const batch = [
      { kind: 'task', op: 'patch', id: task.id, fields: { quantity: 9 } },
      { kind: 'taskCompletion', op: 'insert', record: { id: uuidv7(), teamId: member.teamId, taskId: task.id, memberId: member.id, good: 1, rejected: 0, completedAt: now.toISOString() } },
    ] as const;
    await expect(writeLocalBatch(db, batch, { actorMemberId: null, now, newId: uuidv7 })).rejects.toThrow('disk gone');
    expect((await db.tasks.get(task.id))?.quantity).toBe(task.quantity);
    expect(await db.outbox.count()).toBe(0);
  });
});
