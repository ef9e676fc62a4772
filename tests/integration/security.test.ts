/**
 * Nobody where they don't belong: every pushed change and every pulled row
 * is checked against the device's team and role, and what is refused
 * writes nothing.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { answerCheckin } from '#db/checkinRepository.ts';
import { writeLocal } from '#db/localWrite.ts';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { createTestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('security rules', (engine) => {
  const server = useTestServer(engine);

  const post = async (url: string, token: string, payload: object) => {
    const res = await server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: res.json<unknown>() };
  };
  const push = async (token: string, mutations: readonly object[]) => {
    const res = await post('/api/sync/push', token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations });
    return { status: res.status, body: res.body as PushResponse };
  };
  const pullAll = async (token: string) => (await post('/api/sync/pull', token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() })).body as PullResponse;

  it('never gives a kiosk anyone’s well-being answers, even when it asks from the start', async () => {
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await coach.client.sync();
    const ann = await coach.memberId('Ann');
    await answerCheckin(coach.db, { id: uuidv7(), teamId: (await coach.db.members.get(ann))!.teamId, memberId: ann, day: '2026-11-25', moment: 'start', score: 1, answeredAt: TEST_NOW.toISOString() }, { actorMemberId: ann, now: TEST_NOW, newId: uuidv7, keepHistory: false });
    await coach.client.sync();

    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const kioskView = await pullAll(kiosk.token);
    expect(kioskView.changes.filter((c) => c.kind === 'checkin')).toEqual([]);
    const coachView = await pullAll((await server.enrol('Team Verpakking', 'coach')).token);
    expect(coachView.changes.filter((c) => c.kind === 'checkin')).toHaveLength(1);
  });

  it('never shows one team’s rows to another team’s device', async () => {
    const verpakking = await server.enrol('Team Verpakking', 'coach');
    const montage = await server.enrol('Team Montage', 'coach');
    const a = await pullAll(verpakking.token);
    const b = await pullAll(montage.token);
    const idsA = new Set(a.changes.map((c) => c.id));
    expect(b.changes.some((c) => idsA.has(c.id))).toBe(false);
    expect(new Set(b.changes.map((c) => (c.data as { teamId?: string } | null)?.teamId))).toEqual(new Set([montage.team.id]));
  });

  it('refuses a change aimed at another team’s record, or made in its name, and writes nothing for it', async () => {
    const montage = await server.enrol('Team Montage', 'coach');
    const verpakking = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await verpakking.client.sync();
    const foreignStation = (await pullAll(montage.token)).changes.find((c) => c.kind === 'station')!;
    const hlc = formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'x' });
    const base = { baseVersion: 1, hlc, actorMemberId: null, schemaVersion: 1 } as const;
    const mutations: Mutation[] = [
      { ...base, mutationId: uuidv7(), seq: 1, kind: 'station', recordId: foreignStation.id, op: 'patch', data: { name: 'Overgenomen' } },
      { ...base, mutationId: uuidv7(), seq: 2, kind: 'station', recordId: foreignStation.id, op: 'delete', data: {} },
      { ...base, baseVersion: null, mutationId: uuidv7(), seq: 3, kind: 'station', recordId: uuidv7(), op: 'insert', data: { id: uuidv7(), teamId: montage.team.id, name: 'X', picto: 'package', heavy: false } },
    ];
    const before = await server.db.query('SELECT data, version FROM records WHERE id = $1', [foreignStation.id]);
    const token = (await verpakking.db.device.get('self'))!.token;
    const res = await push(token, mutations);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(res.body.results.every((r) => !('current' in r) || r.current === undefined)).toBe(true);
    expect(await server.db.query('SELECT data, version FROM records WHERE id = $1', [foreignStation.id])).toEqual(before);
    expect(await server.db.query("SELECT 1 FROM records WHERE kind = 'station' AND data->>'name' = 'X'")).toEqual([]);
  });

  it('lets a kiosk record what members do but not change the team’s set-up', async () => {
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await kiosk.client.sync();
    const station = (await kiosk.db.stations.toArray())[0]!;
    const ctx = { actorMemberId: null, now: TEST_NOW, newId: uuidv7 };
    await writeLocal(kiosk.db, { kind: 'station', op: 'delete', id: station.id }, ctx);
    await writeLocal(kiosk.db, { kind: 'card', op: 'patch', id: (await kiosk.db.cards.toArray())[0]!.id, fields: { title: 'Gewijzigd' } }, ctx);
    expect((await kiosk.client.sync()).rejected).toBe(2);
    expect(await server.db.query('SELECT 1 FROM records WHERE id = $1 AND NOT deleted', [station.id])).toHaveLength(1);
    expect(await kiosk.db.stations.get(station.id)).toEqual(station);
  });

  it('answers a replayed push with duplicates and changes nothing', async () => {
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await kiosk.client.sync();
    await kiosk.completeTask('Ann');
    const entries = await kiosk.db.outbox.toArray();
    await kiosk.client.sync();
    const token = (await kiosk.db.device.get('self'))!.token;
    const before = await tableCounts(server.db);
    const replay = await push(token, entries.map(({ createdAt: _c, ...m }) => m));
    expect(replay.body.results.map((r) => r.status)).toEqual(['duplicate']);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses every request of a revoked tablet, and the tablet says so', async () => {
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await kiosk.client.sync();
    const deviceId = (await kiosk.db.device.get('self'))!.deviceId;
    await server.db.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [deviceId]);
    await kiosk.completeTask('Bart');
    const before = await tableCounts(server.db);
    await expect(kiosk.client.sync()).rejects.toMatchObject({ failure: 'unauthorised', message: expect.stringMatching(/switched off by the coordinator/) as unknown });
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await kiosk.db.outbox.count()).toBe(1);
  });
});
