import { Dexie } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { SchakelDb } from './SchakelDb.ts';

/** The version-1 schema exactly as the walking skeleton shipped it. */
const V1_STORES = {
  device: 'key',
  clock: 'key',
  syncState: 'key',
  members: 'id, teamId',
  stations: 'id',
  cards: 'id, stationId',
  orders: 'id',
  tasks: 'id, [memberId+day], day',
  taskCompletions: 'id, taskId, memberId',
  checkins: 'id, [memberId+day]',
  versions: 'id, kind',
  outbox: 'seq, recordId',
  rejections: 'mutationId',
  checkinPrompts: '[memberId+day]',
};

describe('upgrading the tablet database', () => {
  it('from version 1 keeps every waiting change and record, starts the clock offset at 0 and pulls the team again', async () => {
    const name = `upgrade-${uuidv7()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    const completion = { id: uuidv7(), teamId: uuidv7(), taskId: uuidv7(), memberId: uuidv7(), good: 4, rejected: 1, completedAt: '2026-11-25T10:00:00.000Z' };
    const outbox = [1, 2, 3].map((seq) => ({
      seq, mutationId: uuidv7(), kind: 'taskCompletion', recordId: completion.id, op: 'insert', data: completion,
      baseVersion: null, hlc: `00000000000000${String(seq)}-00000-abc`, actorMemberId: completion.memberId, schemaVersion: 1, createdAt: '2026-11-25T10:00:00.000Z',
    }));
    await v1.table('outbox').bulkAdd(outbox);
    await v1.table('taskCompletions').add(completion);
    await v1.table('clock').put({ key: 'self', nextSeq: 4, hlc: '000000000000003-00000-abc' });
    await v1.table('syncState').put({ key: 'self', cursor: 42, lastSyncAt: '2026-11-25T09:00:00.000Z' });
    v1.close();

    const db = new SchakelDb(name);
    expect(await db.outbox.toArray()).toEqual(outbox);
    expect(await db.taskCompletions.get(completion.id)).toEqual(completion);
    expect(await db.clock.get('self')).toEqual({ key: 'self', nextSeq: 4, hlc: '000000000000003-00000-abc', offsetMs: 0 });
    // Version 4 starts the cursor over, so records an older app pulled without their new fields come again.
    expect(await db.syncState.get('self')).toMatchObject({ cursor: null, lastSyncAt: '2026-11-25T09:00:00.000Z' });
    expect(await db.blobs.count()).toBe(0);
    expect(db.verno).toBe(4);
    expect(await db.faceHistory.count()).toBe(0);
    expect(await db.rejectReasons.count()).toBe(0);
    expect(await db.helpCalls.count()).toBe(0);
    db.close();
  });
});
