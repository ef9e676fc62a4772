/**
 * A member's own place and a coach's on one rota slot, made on two tablets
 * that had not seen each other's change: the slot keeps the later one, by
 * HLC, whichever tablet reaches the server first, and the coach's tablet
 * pulls a note of the clash that a kiosk never receives. A coach who saw
 * the member's place and moved them anyway leaves no note.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { markRotaConflictSeen, rotaConflicts } from '#db/rotaConflicts.ts';
import { placeInSlot, type SlotPlace } from '#db/rotaRepository.ts';
import { ServerClock } from '#server/sync/ServerClock.ts';
import { createTestDevice, type TestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const MINUTE = 60_000;
const WEEK = '2026-W49';

describeEachEngine('rota clashes between a member and a coach', (engine) => {
  const serverNow = TEST_NOW.getTime();
  const server = useTestServer(engine, () => ({ clock: new ServerClock(() => serverNow) }));

  const tablets = async () => {
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await kiosk.client.sync();
    await coach.client.sync();
    const ann = await coach.memberId('Ann');
    const teamId = (await coach.db.device.get('self'))!.team.id;
    const [first, second] = (await coach.db.stations.toArray()).filter((s) => s.teamId === teamId);
    const place = (stationId: string): SlotPlace => ({ teamId, memberId: ann, day: '2026-11-30', shift: 'am', stationId });
    // Both tablets go offline: each places Ann without seeing the other's change.
    const memberPlaces = (device: TestDevice, minutes: number) => placeInSlot(device.db, place(first!.id), { by: 'member' }, { actorMemberId: ann, now: new Date(serverNow + minutes * MINUTE), newId: uuidv7 });
    const coachPlaces = (device: TestDevice, minutes: number) => placeInSlot(device.db, place(second!.id), { by: 'coach' }, { actorMemberId: null, now: new Date(serverNow + minutes * MINUTE), newId: uuidv7 });
    return { kiosk, coach, ann, teamId, memberStation: first!.id, coachStation: second!.id, memberPlaces, coachPlaces };
  };

  it('keeps the coach’s later move though the member’s earlier place arrives last, and shows the coach the clash', async () => {
    const t = await tablets();
    const slot = await t.memberPlaces(t.kiosk, 1);
    await t.coachPlaces(t.coach, 2);
    // The coach's tablet comes back first; the kiosk's earlier change arrives after it.
    await t.coach.client.sync();
    const kioskReport = await t.kiosk.client.sync();
    expect(kioskReport.rejected).toBe(0);
    await t.coach.client.sync();

    expect((await t.coach.db.rotaSlots.get(slot.id))?.stationId).toBe(t.coachStation);
    expect((await t.kiosk.db.rotaSlots.get(slot.id))?.stationId).toBe(t.coachStation);
    expect(await rotaConflicts(t.coach.db, t.teamId, WEEK)).toEqual([
      { id: expect.any(String) as unknown, memberId: t.ann, day: '2026-11-30', shift: 'am', memberStation: t.memberStation, coachStation: t.coachStation, winner: 'coach', at: new Date(serverNow + 2 * MINUTE).toISOString(), seen: false },
    ]);
    // A kiosk never holds the coach's notes.
    expect(await t.kiosk.db.rotaConflicts.count()).toBe(0);
  });

  it('keeps the member’s later place though the coach’s earlier move arrives last, and the coach marks the clash seen on every coach tablet', async () => {
    const t = await tablets();
    const other = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    const slot = await t.coachPlaces(t.coach, 1);
    await t.memberPlaces(t.kiosk, 2);
    await t.kiosk.client.sync();
    await t.coach.client.sync();

    const [row] = await server.db.query<{ data: { stationId: string; placedBy: string } }>('SELECT data FROM records WHERE id = $1', [slot.id]);
    expect(row?.data).toMatchObject({ stationId: t.memberStation, placedBy: 'member' });
    expect((await t.coach.db.rotaSlots.get(slot.id))?.stationId).toBe(t.memberStation);
    const [note] = await rotaConflicts(t.coach.db, t.teamId, WEEK);
    expect(note).toMatchObject({ memberId: t.ann, memberStation: t.memberStation, coachStation: t.coachStation, winner: 'member', at: new Date(serverNow + 2 * MINUTE).toISOString(), seen: false });

    await markRotaConflictSeen(t.coach.db, note!.id, { actorMemberId: null, now: new Date(serverNow + 3 * MINUTE), newId: uuidv7 });
    await t.coach.client.sync();
    await other.client.sync();
    expect(await rotaConflicts(other.db, t.teamId, WEEK)).toEqual([{ ...note, seen: true }]);
  });

  it('leaves no note when the coach saw the member’s place before moving them', async () => {
    const t = await tablets();
    const slot = await t.memberPlaces(t.kiosk, 1);
    await t.kiosk.client.sync();
    await t.coach.client.sync();
    await placeInSlot(t.coach.db, { teamId: t.teamId, memberId: t.ann, day: '2026-11-30', shift: 'am', stationId: t.coachStation }, { by: 'coach', overrideReason: 'staffing' }, { actorMemberId: null, now: new Date(serverNow + 2 * MINUTE), newId: uuidv7 });
    await t.coach.client.sync();
    expect((await t.coach.db.rotaSlots.get(slot.id))?.stationId).toBe(t.coachStation);
    expect(await rotaConflicts(t.coach.db, t.teamId, WEEK)).toEqual([]);
    const [{ count }] = (await server.db.query<{ count: number }>("SELECT count(*)::int AS count FROM records WHERE kind = 'rotaConflict'")) as [{ count: number }];
    expect(count).toBe(0);
  });
});
