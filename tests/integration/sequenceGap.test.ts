/**
 * A push numbered far past what the server has of a device is refused whole
 * and changes nothing: one push with sequence number 2^53 − 1 used to raise
 * the device's high-water mark so far that every real change after it was
 * answered `duplicate` and lost. Real gaps (changes a tablet refused itself)
 * and real resends are still answered as before, and a tablet that meets
 * the refusal keeps its changes until it is enrolled again.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { writeLocalBatch } from '#db/localWrite.ts';
import type { OutboxEntry } from '#db/SchakelDb.ts';
import { createI18n } from '#kiosk/i18n/i18n.ts';
import { refusalText } from '#kiosk/i18n/refusalText.ts';
import { MAX_SEQ_STEP, PROTOCOL_VERSION, type Mutation, type PushResponse } from '#shared/protocol.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { TransportError } from '#sync/Transport.ts';
import { serverRecordCount, syncedDevice, type TestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('sequence numbers that jump', (engine) => {
  const server = useTestServer(engine);

  const tokenOf = async (device: TestDevice) => (await device.db.device.get('self'))!.token;
  const push = async (token: string, mutations: readonly Mutation[]) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${token}` }, payload: { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations } });
    return { status: res.statusCode, body: res.json<PushResponse & { code?: string; message?: string }>() };
  };
  const highWaterMark = async (device: TestDevice) => {
    const [row] = await server.db.query<{ hwm: number }>('SELECT high_water_mark AS hwm FROM devices WHERE id = $1', [(await device.db.device.get('self'))!.deviceId]);
    return Number(row?.hwm);
  };
  /** The wire form of a finished task the kiosk wrote, numbered as the test says. */
  const finishedTask = async (device: TestDevice, member: string, seq: number): Promise<Mutation> => {
    const done = await device.completeTask(member);
    const entry = (await device.db.outbox.toArray()).find((e) => e.recordId === done.id)!;
    const { createdAt: _createdAt, ...wire } = entry;
    return { ...wire, seq };
  };
  /** A kiosk whose first change (seq 1) the server has applied: its high-water mark is 1. */
  const kioskAtOne = async () => {
    const kiosk = await syncedDevice(server);
    await kiosk.completeTask('Ann');
    await kiosk.client.sync();
    expect(await highWaterMark(kiosk)).toBe(1);
    return kiosk;
  };

  it('refuses a push numbered 2^53 − 1, stores nothing, and applies the real next change after it', async () => {
    const kiosk = await kioskAtOne();
    const token = await tokenOf(kiosk);
    const next = await finishedTask(kiosk, 'Bart', 2);
    const before = await tableCounts(server.db);

    const attack = await push(token, [{ ...next, seq: Number.MAX_SAFE_INTEGER }]);
    expect(attack.status).toBe(409);
    expect(attack.body).toMatchObject({ error: 'conflict', code: 'sequence_gap' });
    expect(attack.body.message).toContain(`Change number ${String(Number.MAX_SAFE_INTEGER)} jumps more than ${String(MAX_SEQ_STEP)} ahead`);
    expect(attack.body.message).toContain('the last change the server has from this tablet is number 1');
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await highWaterMark(kiosk)).toBe(1);

    const real = await push(token, [next]);
    expect(real.status).toBe(200);
    expect(real.body.results.map((r) => r.status)).toEqual(['applied']);
    expect(real.body.highWaterMark).toBe(2);
    expect(await serverRecordCount(server, 'taskCompletion', next.recordId)).toBe(1);
  });

  it('refuses the whole push when the jump comes after a change that follows on', async () => {
    const kiosk = await kioskAtOne();
    const token = await tokenOf(kiosk);
    const first = await finishedTask(kiosk, 'Bart', 2);
    const jump = await finishedTask(kiosk, 'Chloë', 2 + MAX_SEQ_STEP + 1);
    const before = await tableCounts(server.db);

    const res = await push(token, [first, jump]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('sequence_gap');
    expect(res.body.message).toContain('it follows change number 2');
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await serverRecordCount(server, 'taskCompletion', first.recordId)).toBe(0);
  });

  it('refuses the jump alone when the real next change arrives at the same moment (one push group)', async () => {
    const kiosk = await kioskAtOne();
    const token = await tokenOf(kiosk);
    const next = await finishedTask(kiosk, 'Bart', 2);
    const jump = await finishedTask(kiosk, 'Chloë', Number.MAX_SAFE_INTEGER);

    const [refused, applied] = await Promise.all([push(token, [jump]), push(token, [next])]);
    expect(refused.status).toBe(409);
    expect(applied.body.results.map((r) => r.status)).toEqual(['applied']);
    expect(await highWaterMark(kiosk)).toBe(2);
    expect(await serverRecordCount(server, 'taskCompletion', jump.recordId)).toBe(0);
  });

  it('takes gaps of up to one batch, within a push and after the high-water mark', async () => {
    const kiosk = await kioskAtOne();
    const token = await tokenOf(kiosk);
    const afterGap = await finishedTask(kiosk, 'Bart', 4);
    const longestStep = await finishedTask(kiosk, 'Chloë', 4 + MAX_SEQ_STEP);

    const res = await push(token, [afterGap, longestStep]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(res.body.highWaterMark).toBe(4 + MAX_SEQ_STEP);
    expect(await serverRecordCount(server, 'taskCompletion')).toBe(3);
  });

  it('still answers a real resend as a duplicate, storing nothing again', async () => {
    const kiosk = await kioskAtOne();
    const token = await tokenOf(kiosk);
    const next = await finishedTask(kiosk, 'Bart', 2);
    expect((await push(token, [next])).body.results.map((r) => r.status)).toEqual(['applied']);
    const before = await tableCounts(server.db);

    const resend = await push(token, [next]);
    expect(resend.status).toBe(200);
    expect(resend.body.results.map((r) => r.status)).toEqual(['duplicate']);
    expect(resend.body.highWaterMark).toBe(2);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses a sequence number past 2^53 − 1 as not valid', async () => {
    const kiosk = await kioskAtOne();
    const before = await tableCounts(server.db);
    const res = await push(await tokenOf(kiosk), [await finishedTask(kiosk, 'Bart', Number.MAX_SAFE_INTEGER + 1)]);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_request');
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('keeps a refused tablet’s changes, says so, and sends them once it is enrolled again', async () => {
    const kiosk = await kioskAtOne();
    // As after the server was restored from a backup: the tablet numbers its changes far ahead of it.
    const clock = (await kiosk.db.clock.get('self'))!;
    await kiosk.db.clock.put({ ...clock, nextSeq: 10_000 });
    const done = await kiosk.completeTask('Bart');

    const refused = await kiosk.client.sync().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TransportError);
    expect(refused).toMatchObject({ failure: 'refused', status: 409, code: 'sequence_gap' });
    expect((await kiosk.db.outbox.toArray()).map((e) => e.recordId)).toEqual([done.id]);
    expect(await kiosk.db.rejections.count()).toBe(0);
    const i18n = createI18n('en');
    await i18n.changeLanguage('en');
    expect(refusalText(i18n.t, (refused as TransportError).code, 'refused')).toBe(i18n.t('refusals.invalidRequest'));

    await enrolDevice(kiosk.db, kiosk.transport, { code: await server.freshCode('Team Verpakking', 'kiosk'), now: TEST_NOW });
    await kiosk.client.sync();
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect(await serverRecordCount(server, 'taskCompletion', done.id)).toBe(1);
  });

  it('numbers a re-enrolled tablet’s waiting changes afresh, so more than a batch of earlier changes does not block them', async () => {
    const coach = await syncedDevice(server, 'Team Verpakking', 'coach');
    const station = (await coach.db.stations.toArray())[0]!;
    const ctx = { actorMemberId: null, now: TEST_NOW, newId: uuidv7 };
    const renames = Array.from({ length: MAX_SEQ_STEP + 100 }, (_, i) => ({ kind: 'station', op: 'patch', id: station.id, fields: { name: `Station ${String(i)}` } }) as const);
    await writeLocalBatch(coach.db, renames, ctx);
    await coach.client.sync();
    const waiting: OutboxEntry[] = await writeLocalBatch(coach.db, [{ kind: 'station', op: 'patch', id: station.id, fields: { name: 'Inpakken' } }], ctx);
    expect(waiting[0]?.seq).toBe(MAX_SEQ_STEP + 101);

    // The coordinator switched the tablet off and gave it a new code; its waiting change stays.
    await enrolDevice(coach.db, coach.transport, { code: await server.freshCode('Team Verpakking', 'coach'), now: TEST_NOW });
    expect((await coach.db.outbox.toArray()).map((e) => e.seq)).toEqual([1]);
    await coach.client.sync();
    expect(await coach.db.outbox.count()).toBe(0);
    const [row] = await server.db.query<{ name: string }>("SELECT data->>'name' AS name FROM records WHERE id = $1", [station.id]);
    expect(row?.name).toBe('Inpakken');
  });
});
