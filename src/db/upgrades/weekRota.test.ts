/**
 * A tablet on version 7 (before the week rota) upgrades keeping everything
 * it holds and everything waiting to be sent: skill cells are format 2 as
 * they were, rota slots become format 3 (the coach's pins, with their week)
 * in the table and in waiting inserts, waiting patches keep naming only
 * what they changed, refusals and the cursor stay, and the new tables start
 * empty and readable by their indexes.
 */
import { Dexie } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { naturalId } from '#shared/records/naturalId.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { SchakelDb } from '#db/SchakelDb.ts';

/** The tablet's schema through version 7, as those releases shipped it. */
function openV7(name: string): Dexie {
  const v7 = new Dexie(name);
  v7.version(1).stores({
    device: 'key', clock: 'key', syncState: 'key', members: 'id, teamId', stations: 'id', cards: 'id, stationId', orders: 'id', tasks: 'id, [memberId+day], day',
    taskCompletions: 'id, taskId, memberId', checkins: 'id, [memberId+day]', versions: 'id, kind', outbox: 'seq, recordId', rejections: 'mutationId', checkinPrompts: '[memberId+day]',
  });
  v7.version(2).stores({ blobs: 'sha256, state' });
  v7.version(3).stores({ helpCalls: 'id, memberId, calledAt', helpAcks: 'id, callId' });
  v7.version(4).stores({ rejectReasons: 'id', skills: 'id, [memberId+stationId]', rotaSlots: 'id, [memberId+day]', teamSettings: 'id', faceHistory: 'id, [memberId+answeredAt], answeredAt', localSettings: 'key' });
  v7.version(5).stores({});
  v7.version(6).stores({ openTasks: 'memberId' });
  v7.version(7).stores({});
  return v7;
}

describe('upgrading to the week rota (version 8 and on)', () => {
  it('keeps every record and waiting change, bringing skills and rota slots to their new formats', async () => {
    const name = `upgrade8-${uuidv7()}`;
    const v7 = openV7(name);
    const team = uuidv7();
    const [ann, bart, packing, sawing] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const members = [
      { id: ann, teamId: team, name: 'Ann', avatar: 'dog', language: 'nl-BE' },
      { id: bart, teamId: team, name: 'Bart', avatar: 'cat', language: 'fr-BE' },
    ];
    const stations = [
      { id: packing, teamId: team, name: 'Inpakken', picto: 'package', load: 'light' },
      { id: sawing, teamId: team, name: 'Zagen', picto: 'hammer', load: 'heavy' },
    ];
    const card = { id: uuidv7(), teamId: team, stationId: packing, title: 'Dozen', picto: 'package', ppe: [], steps: [], version: 2, language: 'nl-BE' };
    const skillKey = { teamId: team, memberId: ann, stationId: packing };
    const skill = { id: naturalId('skill', skillKey)!, ...skillKey, level: 'L' };
    const slotOf = (memberId: string, day: string, shift: string, stationId: string) => {
      const key = { teamId: team, memberId, day, shift };
      return { id: naturalId('rotaSlot', key)!, ...key, stationId };
    };
    const held = slotOf(ann, '2026-11-25', 'am', packing);
    const made = slotOf(bart, '2026-11-30', 'pm', sawing);
    await v7.table('device').put({ key: 'self', deviceId: uuidv7(), token: 'x'.repeat(43), role: 'coach', team: { id: team, name: 'Team', siteName: 'Site', organisationName: 'Org' }, enrolledAt: '2026-11-20T08:00:00Z' });
    await v7.table('members').bulkAdd(members);
    await v7.table('stations').bulkAdd(stations);
    await v7.table('cards').add(card);
    await v7.table('skills').add(skill);
    await v7.table('rotaSlots').bulkAdd([held, made]);
    await v7.table('versions').bulkAdd([{ id: held.id, kind: 'rotaSlot', version: 3 }, { id: skill.id, kind: 'skill', version: 2 }]);
    const at = '2026-11-25T10:00:00.000Z';
    const entry = (seq: number, kind: string, recordId: string, op: string, data: object, schemaVersion: number, baseVersion: number | null = null) => ({
      seq, mutationId: uuidv7(), kind, recordId, op, data, baseVersion, hlc: `00000000000000${String(seq)}-00000-abc`, actorMemberId: null, schemaVersion, createdAt: at,
    });
    const outbox = [
      entry(1, 'rotaSlot', made.id, 'insert', made, 2),
      entry(2, 'rotaSlot', held.id, 'patch', { stationId: sawing }, 2, 3),
      entry(3, 'skill', skill.id, 'patch', { level: 'U' }, 1, 2),
      entry(4, 'card', card.id, 'patch', { title: 'Dozen vouwen' }, 2, 2),
    ];
    await v7.table('outbox').bulkAdd(outbox);
    const refused = { mutationId: uuidv7(), kind: 'rotaSlot', recordId: held.id, reason: 'this record was deleted', data: { stationId: packing }, at };
    await v7.table('rejections').add(refused);
    await v7.table('syncState').put({ key: 'self', cursor: 42, lastSyncAt: at });
    v7.close();

    const db = new SchakelDb(name);
    expect(await db.members.toArray()).toEqual(expect.arrayContaining(members));
    expect(await db.members.count()).toBe(2);
    expect(await db.stations.count()).toBe(2);
    expect(await db.cards.toArray()).toEqual([card]);
    expect(await db.skills.toArray()).toEqual([skill]);
    const coachPin = { placedBy: 'coach', pinned: true };
    expect(await db.rotaSlots.get(held.id)).toEqual({ ...held, ...coachPin, week: '2026-W48' });
    expect(await db.rotaSlots.get(made.id)).toEqual({ ...made, ...coachPin, week: '2026-W49' });
    // The board reads its week by the new index.
    expect((await db.rotaSlots.where('week').equals('2026-W49').toArray()).map((s) => s.id)).toEqual([made.id]);
    expect(await db.versions.count()).toBe(2);

    expect(await db.outbox.toArray()).toEqual([
      { ...outbox[0], data: { ...made, ...coachPin, week: '2026-W49' }, schemaVersion: recordVersions().rotaSlot },
      // Patches name only what changed: they keep their fields, in the new format's number.
      { ...outbox[1], schemaVersion: recordVersions().rotaSlot },
      { ...outbox[2], schemaVersion: recordVersions().skill },
      outbox[3],
    ]);
    expect(await db.rejections.toArray()).toEqual([refused]);
    // Nothing to pull again: the server moved its copies the same way (migration 0007).
    expect(await db.syncState.get('self')).toEqual({ key: 'self', cursor: 42, lastSyncAt: at });
    expect([await db.availability.count(), await db.rotaWeeks.count(), await db.skillChanges.count(), await db.rotaConflicts.count()]).toEqual([0, 0, 0, 0]);
    expect(await db.rotaConflicts.where('week').equals('2026-W48').count()).toBe(0);
    db.close();
  });
});
