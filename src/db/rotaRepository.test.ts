import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { selfManagedShare } from '#domain/rotaSlots.ts';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { OverrideNeedsReasonError, agreeWeek, placeInSlot, publishWeek, setAvailability } from './rotaRepository.ts';

const STATION_A = '01900000-0000-7000-8000-0000000000c1';
const STATION_B = '01900000-0000-7000-8000-0000000000c2';
// Monday of 2027-W01; "now" is the Thursday before, more than 48 h ahead.
const MONDAY = '2027-01-04';
const ctx = (now = new Date(2026, 11, 31, 10)) => ({ actorMemberId: null, now, newId: uuidv7 });

describe('the week board on a tablet', () => {
  it('records who placed a slot, and keeps one record per member and half-day (its natural id)', async () => {
    const { db, member } = await enrolledDb();
    const place = { teamId: member.teamId, memberId: member.id, day: MONDAY, shift: 'am' as const, stationId: STATION_A };
    const own = await placeInSlot(db, place, { by: 'member' }, { ...ctx(), actorMemberId: member.id });
    expect(own).toMatchObject({ week: '2027-W01', placedBy: 'member', placedByMemberId: member.id, pinned: true, lateChange: false });
    await placeInSlot(db, { ...place, stationId: STATION_A }, { by: 'member' }, ctx());
    expect(await db.rotaSlots.count()).toBe(1);
    // Nothing changed, nothing waits to be sent the second time.
    expect((await db.outbox.toArray()).filter((e) => e.kind === 'rotaSlot')).toHaveLength(1);
  });

  it('asks the coach for a reason to move a member from their own choice, and records the move as the coach’s', async () => {
    const { db, member } = await enrolledDb();
    const place = { teamId: member.teamId, memberId: member.id, day: MONDAY, shift: 'pm' as const, stationId: STATION_A };
    await placeInSlot(db, place, { by: 'member' }, ctx());
    await expect(placeInSlot(db, { ...place, stationId: STATION_B }, { by: 'coach' }, ctx())).rejects.toBeInstanceOf(OverrideNeedsReasonError);
    expect((await db.rotaSlots.toArray())[0]?.stationId).toBe(STATION_A);
    const moved = await placeInSlot(db, { ...place, stationId: STATION_B }, { by: 'coach', overrideReason: 'staffing' }, ctx());
    expect(moved).toMatchObject({ stationId: STATION_B, placedBy: 'coach', placedByMemberId: null, overrideReason: 'staffing' });
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ op: 'patch', data: { stationId: STATION_B, placedBy: 'coach', overrideReason: 'staffing', placedByMemberId: null } });
  });

  it('turns the optimiser’s suggestions into the team’s when the team agrees, and counts the self-managed share', async () => {
    const { db, member } = await enrolledDb();
    const place = { teamId: member.teamId, memberId: member.id, day: MONDAY, shift: 'am' as const, stationId: STATION_A };
    await placeInSlot(db, place, { by: 'optimiser' }, ctx());
    await placeInSlot(db, { ...place, shift: 'pm' }, { by: 'coach' }, ctx());
    expect(selfManagedShare(await db.rotaSlots.toArray())).toBe(0);
    const week = await agreeWeek(db, member.teamId, '2027-W01', [member.id], ctx());
    expect(week).toMatchObject({ state: 'agreed', agreedBy: [member.id] });
    const slots = await db.rotaSlots.orderBy('id').toArray();
    expect(slots.map((s) => [s.shift, s.placedBy, s.pinned]).sort()).toEqual([['am', 'team', true], ['pm', 'coach', true]]);
    expect(selfManagedShare(slots)).toBe(0.5);
  });

  it('marks a change to a published week less than 48 hours ahead as late, and not one made earlier', async () => {
    const { db, member } = await enrolledDb();
    const place = { teamId: member.teamId, memberId: member.id, day: MONDAY, shift: 'am' as const, stationId: STATION_A };
    await agreeWeek(db, member.teamId, '2027-W01', [member.id], ctx());
    await publishWeek(db, member.teamId, '2027-W01', ctx());
    expect(await placeInSlot(db, place, { by: 'coach' }, ctx())).toMatchObject({ lateChange: false });
    const sunday = new Date(2027, 0, 3, 12);
    expect(await placeInSlot(db, { ...place, stationId: STATION_B }, { by: 'coach' }, ctx(sunday))).toMatchObject({ lateChange: true });
  });

  it('keeps a half-day’s absence with its reason, and a presence without one', async () => {
    const { db, member } = await enrolledDb();
    const half = { teamId: member.teamId, memberId: member.id, day: MONDAY, shift: 'am' as const };
    await setAvailability(db, half, 'ill', ctx());
    expect(await db.availability.toArray()).toEqual([expect.objectContaining({ present: false, reason: 'ill' })]);
    await setAvailability(db, half, null, ctx());
    expect(await db.availability.toArray()).toEqual([expect.objectContaining({ present: true, reason: null })]);
  });
});
