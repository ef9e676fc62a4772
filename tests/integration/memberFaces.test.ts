/**
 * Issue 9's privacy promises through the real API: the members' faces reach
 * coach tablets only, and a member's photo travels with its consent or not
 * at all.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { storeLocalBlob } from '#db/blobRepository.ts';
import { answerCheckin, teamCheckinsSince } from '#db/checkinRepository.ts';
import { saveMemberSettings } from '#db/coachRepository.ts';
import { saveMemberPhoto, withdrawPhotoConsent } from '#db/memberPhotoRepository.ts';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import type { Checkin } from '#shared/records.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { createTestDevice, type TestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7, 8, 9, 0xff, 0xd9]);
const ctx = { actorMemberId: null, now: TEST_NOW, newId: uuidv7 };

describeEachEngine('members’ faces and photos', (engine) => {
  const server = useTestServer(engine);
  const post = async (url: string, token: string, payload: object) => {
    const res = await server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    return res.json<unknown>();
  };
  const pull = async (token: string, cursor: number | null) => (await post('/api/sync/pull', token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor, recordVersions: recordVersions() })) as PullResponse;
  const answer = async (device: TestDevice, name: string, fields: Partial<Checkin> = {}) => {
    const memberId = await device.memberId(name);
    const teamId = (await device.db.members.get(memberId))!.teamId;
    const checkin: Checkin = { id: uuidv7(), teamId, memberId, day: '2026-11-25', moment: 'start', score: 2, answeredAt: TEST_NOW.toISOString(), ...fields };
    await answerCheckin(device.db, checkin, { actorMemberId: memberId, now: TEST_NOW, newId: uuidv7, keepHistory: false });
    return checkin;
  };

  it('never hands a kiosk a check-in of any member, made on it or elsewhere, from the start or later', async () => {
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await kiosk.client.sync();
    await coach.client.sync();
    const { cursor } = await pull((await kiosk.db.device.get('self'))!.token, null);

    const annOnKiosk = await answer(kiosk, 'Ann', { wantsTalk: true });
    await answer(kiosk, 'Bart', { score: 1 });
    await answer(coach, 'Ann', { moment: 'end', score: 3 });
    await kiosk.client.sync();
    await coach.client.sync();
    await kiosk.client.sync();

    const token = (await kiosk.db.device.get('self'))!.token;
    expect((await pull(token, null)).changes.filter((c) => c.kind === 'checkin')).toEqual([]);
    expect((await pull(token, cursor)).changes.filter((c) => c.kind === 'checkin')).toEqual([]);
    // The kiosk kept its own answers only until the server had them.
    expect(await kiosk.db.checkins.count()).toBe(0);

    // The coach tablet has all three, for its faces tab.
    await coach.client.sync();
    const members = await coach.db.members.toArray();
    const rows = await teamCheckinsSince(coach.db, members.map((m) => m.id), '2026-11-01');
    expect([...rows.values()].flat().map((r) => r.checkin.id)).toContain(annOnKiosk.id);
    expect([...rows.values()].flat()).toHaveLength(3);
  });

  it('sends a member’s photo with its consent to every tablet of the team, keeps it through other edits, and takes it back on withdrawal', async () => {
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await coach.client.sync();
    const ann = await coach.memberId('Ann');
    const photo = await storeLocalBlob(coach.db, JPEG, 'image/jpeg', TEST_NOW);
    await saveMemberPhoto(coach.db, ann, photo, true, ctx);
    await coach.client.sync();
    // A later edit that names only the language (as an older app's would) leaves the photo be.
    await saveMemberSettings(coach.db, ann, { language: 'fr-BE' }, ctx);
    await coach.client.sync();

    await kiosk.client.sync();
    const coachId = (await coach.db.device.get('self'))!.deviceId;
    expect(await kiosk.db.members.get(ann)).toMatchObject({ language: 'fr-BE', photo, photoConsent: { deviceId: coachId, at: TEST_NOW.toISOString() } });
    const fetched = await kiosk.transport.fetchBlob((await kiosk.db.device.get('self'))!.token, photo);
    expect(fetched?.bytes).toEqual(JPEG);

    await withdrawPhotoConsent(coach.db, ann, ctx);
    await coach.client.sync();
    await kiosk.client.sync();
    expect(await kiosk.db.members.get(ann)).toMatchObject({ photo: null, photoConsent: null });
  });

  it('refuses a photo pushed without consent, and changes nothing', async () => {
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await coach.client.sync();
    const ann = await coach.memberId('Ann');
    const token = (await coach.db.device.get('self'))!.token;
    const photo = await storeLocalBlob(coach.db, JPEG, 'image/jpeg', TEST_NOW);
    const hlc = formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'x' });
    const res = (await post('/api/sync/push', token, {
      type: 'push', protocolVersion: PROTOCOL_VERSION,
      mutations: [{ mutationId: uuidv7(), seq: 1, kind: 'member', recordId: ann, op: 'patch', data: { photo }, baseVersion: 1, hlc, actorMemberId: null, schemaVersion: 1 }],
    })) as PushResponse;
    expect(res.results[0]).toMatchObject({ status: 'rejected' });
    const member = (await pull(token, null)).changes.find((c) => c.id === ann);
    expect(member?.data).not.toHaveProperty('photo');
  });
});
