import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '#domain/rota/instanceFormat.ts';
import { buildWeekInstance } from '#domain/rota/weekInstance.ts';
import type { Member, Station } from '#shared/records.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { applyPlan } from './rotaPlanWrites.ts';
import { loadWeekRecords, placeInSlot, setAvailability } from './rotaRepository.ts';

const WEEK = '2027-W01';
const MONDAY = '2027-01-04';
// The Thursday before: more than 48 h ahead, so nothing is a late change.
const ctx = () => ({ actorMemberId: null, now: new Date(2026, 11, 31, 10), newId: uuidv7 });

async function teamOfTwo() {
  const { db, member: ann } = await enrolledDb();
  const bart: Member = { id: uuidv7(), teamId: ann.teamId, name: 'Bart', avatar: 'cat', language: 'nl-BE' };
  const station: Station = { id: uuidv7(), teamId: ann.teamId, name: 'Labelen', picto: 'label', load: 'light' };
  await db.members.put(bart);
  await db.stations.put(station);
  return { db, ann, bart, station };
}

describe('applying a suggested plan', () => {
  it('fills the empty slots as the optimiser’s, keeps every pin, and sends each write', async () => {
    const { db, ann, bart, station } = await teamOfTwo();
    // Ann placed herself in the pool on Monday morning: a pin.
    await placeInSlot(db, { teamId: ann.teamId, memberId: ann.id, day: MONDAY, shift: 'am', stationId: null }, { by: 'member' }, ctx());
    const week = buildWeekInstance(await loadWeekRecords(db, ann.teamId, WEEK));
    expect(week.instance.pins).toEqual([{ member: ann.id, station: null, slot: 0 }]);
    // While the plan was made, the coach pinned Bart on another tablet.
    await placeInSlot(db, { teamId: ann.teamId, memberId: bart.id, day: MONDAY, shift: 'pm', stationId: null }, { by: 'coach' }, ctx());
    const outboxBefore = await db.outbox.count();

    const assignments: Assignment[] = [
      { member: ann.id, slot: 0, station: station.id },
      { member: bart.id, slot: 0, station: station.id },
      { member: ann.id, slot: 1, station: null },
      { member: bart.id, slot: 1, station: station.id },
    ];
    const applied = await applyPlan(db, week, assignments, ctx());

    expect(applied).toEqual({ placed: 2, keptPins: 2, removedAbsent: 0 });
    const slots = await db.rotaSlots.toArray();
    const at = (memberId: string, shift: string) => slots.find((s) => s.memberId === memberId && s.shift === shift);
    expect(at(ann.id, 'am')).toMatchObject({ stationId: null, placedBy: 'member', pinned: true });
    expect(at(bart.id, 'pm')).toMatchObject({ stationId: null, placedBy: 'coach', pinned: true });
    expect(at(bart.id, 'am')).toMatchObject({ stationId: station.id, placedBy: 'optimiser', pinned: false, week: WEEK, day: MONDAY });
    // The pool is a slot with no station.
    expect(at(ann.id, 'pm')).toMatchObject({ stationId: null, placedBy: 'optimiser', pinned: false });
    const sent = (await db.outbox.toArray()).slice(outboxBefore);
    expect(sent.map((e) => [e.kind, e.op, e.data['placedBy']])).toEqual([
      ['rotaSlot', 'insert', 'optimiser'],
      ['rotaSlot', 'insert', 'optimiser'],
    ]);
  });

  it('moves its own earlier suggestions, and writes nothing for a slot that stays as it was', async () => {
    const { db, ann, station } = await teamOfTwo();
    await placeInSlot(db, { teamId: ann.teamId, memberId: ann.id, day: MONDAY, shift: 'am', stationId: null }, { by: 'optimiser' }, ctx());
    await placeInSlot(db, { teamId: ann.teamId, memberId: ann.id, day: MONDAY, shift: 'pm', stationId: station.id }, { by: 'optimiser' }, ctx());
    const week = buildWeekInstance(await loadWeekRecords(db, ann.teamId, WEEK));
    expect(week.instance.pins).toEqual([]);
    const outboxBefore = await db.outbox.count();

    const applied = await applyPlan(db, week, [
      { member: ann.id, slot: 0, station: station.id },
      { member: ann.id, slot: 1, station: station.id },
    ], ctx());

    expect(applied).toEqual({ placed: 1, keptPins: 0, removedAbsent: 0 });
    expect((await db.rotaSlots.toArray()).map((s) => [s.shift, s.stationId, s.placedBy]).sort()).toEqual([['am', station.id, 'optimiser'], ['pm', station.id, 'optimiser']]);
    expect((await db.outbox.toArray()).slice(outboxBefore).map((e) => [e.op, e.data['stationId']])).toEqual([['patch', station.id]]);
  });

  it('repairs around an absence: the absent member’s own place that half-day goes, so the plan and the board agree', async () => {
    const { db, ann, bart, station } = await teamOfTwo();
    await placeInSlot(db, { teamId: ann.teamId, memberId: ann.id, day: MONDAY, shift: 'am', stationId: station.id }, { by: 'member' }, ctx());
    await setAvailability(db, { teamId: ann.teamId, memberId: ann.id, day: MONDAY, shift: 'am' }, 'ill', ctx());
    const week = buildWeekInstance(await loadWeekRecords(db, ann.teamId, WEEK));
    expect(week.instance.pins).toEqual([]);

    const applied = await applyPlan(db, week, [{ member: bart.id, slot: 0, station: station.id }], ctx());

    expect(applied).toEqual({ placed: 1, keptPins: 0, removedAbsent: 1 });
    expect((await db.rotaSlots.toArray()).map((s) => [s.memberId, s.stationId])).toEqual([[bart.id, station.id]]);
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ kind: 'rotaSlot', op: 'delete' });
  });
});
