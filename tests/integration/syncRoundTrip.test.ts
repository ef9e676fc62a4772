/**
 * The real sync client against the real server: what a tablet writes
 * arrives once, whatever the line does, and what the server holds arrives
 * on every device of the team — except what that device may not see.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { answerCheckin } from '#db/checkinRepository.ts';
import { writeLocal } from '#db/localWrite.ts';
import { TransportError } from '#sync/Transport.ts';
import { createTestDevice, serverRecordCount, syncedDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('sync round trip', (engine) => {
  const server = useTestServer(engine);

  const kiosk = (team = 'Team Verpakking') => syncedDevice(server, team);

  it('gives a new tablet its own team and nothing of the other team', async () => {
    const device = await kiosk();
    const members = await device.db.members.toArray();
    expect(members.map((m) => m.name).sort()).toEqual(['Ann', 'Bart', 'Chloë', 'Dirk', 'Els', 'Filip', 'Greet', 'Hamid', 'Ines', 'Jens']);
    expect(await device.db.stations.count()).toBe(3);
    expect(await device.db.cards.count()).toBe(3);
    const teamIds = new Set((await device.db.tasks.toArray()).map((t) => t.teamId));
    expect(teamIds).toEqual(new Set([members[0]?.teamId]));
  });

  it('pushes a finished task once and empties the outbox', async () => {
    const device = await kiosk();
    const done = await device.completeTask('Ann');
    expect(await device.db.outbox.count()).toBe(1);
    await device.client.sync();
    expect(await device.db.outbox.count()).toBe(0);
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
  });

  it('resends after a lost response and the server applies it only once', async () => {
    const device = await kiosk();
    const done = await device.completeTask('Ann');
    device.faults.push('loseResponse');
    await expect(device.client.sync()).rejects.toBeInstanceOf(TransportError);
    expect(await device.db.outbox.count()).toBe(1);
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);

    await device.client.sync();
    expect(await device.db.outbox.count()).toBe(0);
    expect(await serverRecordCount(server, 'taskCompletion')).toBe(1);
  });

  it('keeps everything after a server error and delivers on retry', async () => {
    const device = await kiosk();
    const done = await device.completeTask('Bart');
    device.faults.push('serverError');
    await expect(device.client.sync()).rejects.toMatchObject({ failure: 'server' });
    expect(await device.db.outbox.count()).toBe(1);
    expect(await serverRecordCount(server, 'taskCompletion')).toBe(0);
    await device.client.sync();
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
  });

  it('rejects a change that can never apply without blocking the ones after it', async () => {
    const device = await kiosk();
    const ann = await device.memberId('Ann');
    // A kiosk may not edit a member: refused for good, kept in the rejections table.
    await writeLocal(device.db, { kind: 'member', op: 'patch', id: ann, fields: { name: 'Anna' } }, { actorMemberId: ann, now: TEST_NOW, newId: uuidv7 });
    const done = await device.completeTaskOf(ann);
    const report = await device.client.sync();
    expect(report.rejected).toBe(1);
    expect(await device.db.outbox.count()).toBe(0);
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
    const rejections = await device.db.rejections.toArray();
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toMatch(/kiosk device may not change member/);
    // The server's name wins again on the tablet.
    expect((await device.db.members.get(ann))?.name).toBe('Ann');
  });

  it('rolls back a refused change even when the refusal’s answer was lost and the resend is a duplicate', async () => {
    const device = await kiosk();
    const ann = await device.memberId('Ann');
    await writeLocal(device.db, { kind: 'member', op: 'patch', id: ann, fields: { name: 'Anna' } }, { actorMemberId: ann, now: TEST_NOW, newId: uuidv7 });
    device.faults.push('loseResponse');
    await expect(device.client.sync()).rejects.toBeInstanceOf(TransportError);
    expect((await device.db.members.get(ann))?.name).toBe('Anna');
    const report = await device.client.sync();
    expect(report.rejected).toBe(1);
    expect((await device.db.members.get(ann))?.name).toBe('Ann');
  });

  it('shows one tablet’s finished task on another tablet of the team', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const done = await a.completeTask('Chloë');
    await a.client.sync();
    await b.client.sync();
    expect(await b.db.taskCompletions.get(done.id)).toEqual(done);
  });

  it('keeps well-being answers from kiosks: a kiosk drops its own after sync, a coach device receives them', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const dirk = await a.memberId('Dirk');
    const checkin = { id: uuidv7(), teamId: (await a.db.members.get(dirk))?.teamId ?? '', memberId: dirk, day: '2026-11-25', moment: 'start' as const, score: 2, answeredAt: TEST_NOW.toISOString() };
    await answerCheckin(a.db, checkin, { actorMemberId: dirk, now: TEST_NOW, newId: uuidv7, keepHistory: false });
    expect(await a.db.checkins.count()).toBe(1);
    await a.client.sync();
    expect(await serverRecordCount(server, 'checkin', checkin.id)).toBe(1);
    expect(await a.db.checkins.count()).toBe(0);
    // Still remembered that Dirk was asked today.
    expect(await a.db.checkinPrompts.get([dirk, '2026-11-25'])).toMatchObject({ outcome: 'answered' });

    await b.client.sync();
    expect(await b.db.checkins.count()).toBe(0);

    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await coach.client.sync();
    expect(await coach.db.checkins.get(checkin.id)).toEqual(checkin);
  });

  it('restores a wiped tablet by enrolling it again', async () => {
    const a = await kiosk();
    const done = await a.completeTask('Els');
    await a.client.sync();
    await a.db.delete();
    const fresh = await kiosk();
    expect(await fresh.db.taskCompletions.get(done.id)).toEqual(done);
    expect(await fresh.db.members.count()).toBe(10);
  });
});

describeEachEngine('resends inside one group commit', (engine) => {
  const server = useTestServer(engine);

  it('answers a resend in the same group as the first send with the same refusal', async () => {
    const device = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await device.client.sync();
    const ann = await device.memberId('Ann');
    await writeLocal(device.db, { kind: 'member', op: 'patch', id: ann, fields: { name: 'Anna' } }, { actorMemberId: ann, now: TEST_NOW, newId: uuidv7 });
    const [entry] = await device.db.outbox.toArray();
    const { createdAt: _c, ...mutation } = entry!;
    const dev = await device.db.device.get('self');
    const { pushBatch } = await import('#server/sync/pushBatch.ts');
    const { ServerClock } = await import('#server/sync/ServerClock.ts');
    const who = { id: dev!.deviceId, teamId: dev!.team.id, role: dev!.role, revoked: false };
    const outcomes = await pushBatch(server.db, [{ device: who, mutations: [mutation] }, { device: who, mutations: [mutation] }], new ServerClock());
    expect(outcomes.map((o) => ('results' in o ? o.results.map((r) => r.status) : 'revoked'))).toEqual([['rejected'], ['rejected']]);
  });
});
