import { Dexie } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { naturalId } from '#shared/records/naturalId.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import { RECORD_KINDS, recordKindDefinition } from '#shared/records/registry.ts';
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
    expect(db.verno).toBe(10);
    expect(await db.faceHistory.count()).toBe(0);
    expect(await db.rejectReasons.count()).toBe(0);
    expect(await db.helpCalls.count()).toBe(0);
    db.close();
  });
});

/** Version 4's stores, as the app before the record registry shipped them (each version adds to the one before). */
function openV4(name: string): Dexie {
  const v4 = new Dexie(name);
  v4.version(1).stores(V1_STORES);
  v4.version(2).stores({ blobs: 'sha256, state' });
  v4.version(3).stores({ helpCalls: 'id, memberId, calledAt', helpAcks: 'id, callId' });
  v4.version(4).stores({ rejectReasons: 'id', skills: 'id, [memberId+stationId]', rotaSlots: 'id, [memberId+day]', teamSettings: 'id', faceHistory: 'id, [memberId+answeredAt], answeredAt', localSettings: 'key' });
  return v4;
}

describe('upgrading to the record registry (version 5)', () => {
  const team = uuidv7();
  const member = uuidv7();
  const station = uuidv7();

  it('brings stations and rota slots to their new formats, in the tables and in waiting changes', async () => {
    const name = `upgrade5-${uuidv7()}`;
    const v4 = openV4(name);
    const heavy = { id: station, teamId: team, name: 'Zagen', picto: 'saw', heavy: true };
    const slot = { id: uuidv7(), teamId: team, memberId: member, stationId: station, day: '2026-11-25' };
    await v4.table('stations').add(heavy);
    await v4.table('rotaSlots').add(slot);
    const entry = { seq: 1, mutationId: uuidv7(), kind: 'station', recordId: station, op: 'patch', data: { heavy: false }, baseVersion: 3, hlc: '000000000000001-00000-abc', actorMemberId: null, schemaVersion: 1, createdAt: '2026-11-25T10:00:00.000Z' };
    await v4.table('outbox').add(entry);
    await v4.table('syncState').put({ key: 'self', cursor: 42, lastSyncAt: null });
    v4.close();

    const db = new SchakelDb(name);
    expect(await db.stations.get(station)).toEqual({ id: station, teamId: team, name: 'Zagen', picto: 'saw', load: 'heavy' });
    const slotId = naturalId('rotaSlot', { ...slot, shift: 'am' });
    expect(await db.rotaSlots.toArray()).toEqual([{ ...slot, id: slotId, shift: 'am', week: isoWeekOf(slot.day), placedBy: 'coach', pinned: true }]);
    expect(await db.outbox.toArray()).toEqual([{ ...entry, data: { load: 'light' }, schemaVersion: 2 }]);
    expect((await db.syncState.get('self'))?.cursor).toBeNull();
    db.close();
  });

  it('merges two tablets’ cells for one member and station into the natural id, keeping the one with a waiting change and moving its changes', async () => {
    const name = `upgrade5-${uuidv7()}`;
    const v4 = openV4(name);
    const pulled = { id: uuidv7(), teamId: team, memberId: member, stationId: station, level: 'I' };
    const mine = { id: uuidv7(), teamId: team, memberId: member, stationId: station, level: 'U' };
    const other = { id: uuidv7(), teamId: team, memberId: uuidv7(), stationId: station, level: 'L' };
    await v4.table('skills').bulkAdd([pulled, mine, other]);
    await v4.table('versions').bulkAdd([{ id: pulled.id, kind: 'skill', version: 7 }, { id: other.id, kind: 'skill', version: 1 }]);
    const insert = { seq: 1, mutationId: uuidv7(), kind: 'skill', recordId: mine.id, op: 'insert', data: mine, baseVersion: null, hlc: '000000000000001-00000-abc', actorMemberId: null, schemaVersion: 1, createdAt: '2026-11-25T10:00:00.000Z' };
    const patch = { ...insert, seq: 2, mutationId: uuidv7(), op: 'patch', data: { level: 'O' }, hlc: '000000000000002-00000-abc' };
    await v4.table('outbox').bulkAdd([insert, patch]);
    v4.close();

    const db = new SchakelDb(name);
    const cell = naturalId('skill', mine)!;
    const skills = await db.skills.orderBy('id').toArray();
    expect(skills).toHaveLength(2);
    expect(await db.skills.get(cell)).toEqual({ ...mine, id: cell });
    expect(await db.skills.get(naturalId('skill', other)!)).toEqual({ ...other, id: naturalId('skill', other) });
    // Nothing waiting is lost: both changes now name the merged cell.
    expect(await db.outbox.toArray()).toEqual([
      // …and version 8 moved them to skill format 2 (a cell may have no level), which changes no field of theirs.
      { ...insert, recordId: cell, data: { ...mine, id: cell }, schemaVersion: 2 },
      { ...patch, recordId: cell, schemaVersion: 2 },
    ]);
    expect(await db.versions.get(pulled.id)).toBeUndefined();
    db.close();
  });

  it('takes the record the server changed most when no change waits, and gives team settings the team’s id', async () => {
    const name = `upgrade5-${uuidv7()}`;
    const v4 = openV4(name);
    const older = { id: uuidv7(), teamId: team, defaultStationId: null };
    const newer = { id: uuidv7(), teamId: team, defaultStationId: station };
    await v4.table('teamSettings').bulkAdd([older, newer]);
    await v4.table('versions').bulkAdd([{ id: older.id, kind: 'teamSettings', version: 1 }, { id: newer.id, kind: 'teamSettings', version: 4 }]);
    v4.close();

    const db = new SchakelDb(name);
    expect(await db.teamSettings.toArray()).toEqual([{ ...newer, id: naturalId('teamSettings', { teamId: team }) }]);
    db.close();
  });
});

describe('upgrading to cards in several languages (version 7)', () => {
  it('makes every card held and every card change waiting Dutch-first format 2, keeping what waits', async () => {
    const name = `upgrade7-${uuidv7()}`;
    const v5 = openV4(name);
    v5.version(5).stores({});
    const team = uuidv7();
    const step = { id: uuidv7(), picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.', clip: 'a'.repeat(64) };
    const card = { id: uuidv7(), teamId: team, stationId: uuidv7(), title: 'Dozen', picto: 'package', ppe: ['gloves'], steps: [step], version: 4 };
    const made = { id: uuidv7(), teamId: team, stationId: card.stationId, title: 'Nieuw', picto: 'memo', ppe: [], steps: [step], version: 1 };
    await v5.table('cards').bulkAdd([card, made]);
    const at = '2026-11-25T10:00:00.000Z';
    const outbox = [
      { seq: 1, mutationId: uuidv7(), kind: 'card', recordId: made.id, op: 'insert', data: made, baseVersion: null, hlc: '000000000000001-00000-abc', actorMemberId: null, schemaVersion: 1, createdAt: at },
      { seq: 2, mutationId: uuidv7(), kind: 'card', recordId: card.id, op: 'patch', data: { title: 'Dozen vouwen', version: 5 }, baseVersion: 4, hlc: '000000000000002-00000-abc', actorMemberId: null, schemaVersion: 1, createdAt: at },
      { seq: 3, mutationId: uuidv7(), kind: 'station', recordId: card.stationId, op: 'patch', data: { load: 'medium' }, baseVersion: 1, hlc: '000000000000003-00000-abc', actorMemberId: null, schemaVersion: 2, createdAt: at },
    ];
    await v5.table('outbox').bulkAdd(outbox);
    await v5.table('syncState').put({ key: 'self', cursor: 42, lastSyncAt: null });
    v5.close();

    const db = new SchakelDb(name);
    expect(await db.cards.get(card.id)).toEqual({ ...card, language: 'nl-BE' });
    expect(await db.cards.get(made.id)).toEqual({ ...made, language: 'nl-BE' });
    expect(await db.outbox.toArray()).toEqual([
      { ...outbox[0], data: { ...made, language: 'nl-BE' }, schemaVersion: 2 },
      // A patch names only what changed; it stays as it was, in the new format's number.
      { ...outbox[1], schemaVersion: 2 },
      outbox[2],
    ]);
    // Nothing to pull again: the server moved its cards the same way.
    expect((await db.syncState.get('self'))?.cursor).toBe(42);
    db.close();
  });
});

describe('the tablet database and the record registry', () => {
  it('has a tablet table with the declared indexes for every kind (add a Dexie version with the kind)', () => {
    const db = new SchakelDb(`registry-${String(Math.random())}`);
    for (const kind of RECORD_KINDS) {
      const { table, indexes } = recordKindDefinition(kind);
      const schema = db.tables.find((t) => t.name === table)?.schema;
      expect(schema, `no Dexie table ${table} for ${kind}`).toBeDefined();
      expect(schema?.primKey.keyPath).toBe('id');
      expect(schema?.indexes.map((i) => i.name).sort()).toEqual([...indexes].sort());
    }
    db.close();
  });

});

describe('upgrading to open tasks kept on the tablet (version 6)', () => {
  it('keeps help calls and their waiting changes as they were (a format-1 call is a valid format-2 call) and starts with no open task', async () => {
    const name = `upgrade6-${uuidv7()}`;
    const v5 = openV4(name);
    v5.version(5).stores({});
    const call = { id: uuidv7(), teamId: uuidv7(), memberId: uuidv7(), reason: 'machine', calledAt: '2026-11-25T10:00:00.000Z' };
    const entry = { seq: 1, mutationId: uuidv7(), kind: 'helpCall', recordId: call.id, op: 'insert', data: call, baseVersion: null, hlc: '000000000000001-00000-abc', actorMemberId: call.memberId, schemaVersion: 1, createdAt: call.calledAt };
    await v5.table('helpCalls').add(call);
    await v5.table('outbox').add(entry);
    await v5.table('syncState').put({ key: 'self', cursor: 42, lastSyncAt: null });
    v5.close();

    const db = new SchakelDb(name);
    expect(db.verno).toBe(10);
    expect(await db.helpCalls.toArray()).toEqual([call]);
    expect(await db.outbox.toArray()).toEqual([entry]);
    // Nothing to pull again: the cursor stays.
    expect((await db.syncState.get('self'))?.cursor).toBe(42);
    expect(await db.openTasks.count()).toBe(0);
    db.close();
  });
});
