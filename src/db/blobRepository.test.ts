import { describe, expect, it } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { discardUnusedLocalBlob, storeLocalBlob } from './blobRepository.ts';
import { writeLocal } from './localWrite.ts';

const NOW = new Date('2026-11-25T09:00:00Z');

describe('throwing away a photo taken here', () => {
  it('forgets a photo nothing names, and keeps one a waiting change names', async () => {
    const { db, member, tasks } = await enrolledDb();
    const unused = await storeLocalBlob(db, new Uint8Array([1, 2, 3]), 'image/jpeg', NOW);
    expect(await discardUnusedLocalBlob(db, unused)).toBe(true);
    expect(await db.blobs.get(unused)).toBeUndefined();

    const kept = await storeLocalBlob(db, new Uint8Array([4, 5, 6]), 'image/jpeg', NOW);
    const completion = { id: '01900000-0000-7000-8000-0000000008b1', teamId: member.teamId, taskId: tasks[0]!.id, memberId: member.id, good: 1, rejected: 1, photo: kept, completedAt: NOW.toISOString() };
    await writeLocal(db, { kind: 'taskCompletion', op: 'insert', record: completion }, { actorMemberId: member.id, now: NOW, newId: () => '01900000-0000-7000-8000-0000000008b2' });
    expect(await discardUnusedLocalBlob(db, kept)).toBe(false);
    expect(await db.blobs.get(kept)).toBeDefined();
  });
});
