/**
 * The week board through the real push API: a kiosk may place the member
 * signed in on it, on a week still in draft, and nothing else; once the
 * coach's tablet says the team agreed, the kiosk's change is refused and
 * writes nothing. Each refusal answers its own code (errorCodes.ts), the
 * same again when the kiosk resends, so the kiosk can say which rule it met.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { placeInSlot } from '#db/rotaRepository.ts';
import { createI18n } from '#kiosk/i18n/i18n.ts';
import { changeRefusalText } from '#kiosk/i18n/refusalText.ts';
import { createTestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('the rota board from a kiosk', (engine) => {
  const server = useTestServer(engine);
  const post = async (url: string, token: string, payload: object) => {
    const res = await server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: res.json<unknown>() };
  };
  const push = async (token: string, mutations: readonly Mutation[]) => (await post('/api/sync/push', token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations })).body as PushResponse;
  const pullAll = async (token: string) => (await post('/api/sync/pull', token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() })).body as PullResponse;

  it('takes a member placing themself on a draft week, refuses placing another, and refuses everything once the team agreed', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const coach = await server.enrol('Team Verpakking', 'coach');
    const records = (await pullAll(coach.token)).changes;
    const teamId = (records.find((c) => c.kind === 'member')!.data as { teamId: string }).teamId;
    const [ann, bart] = records.filter((c) => c.kind === 'member').map((c) => c.id);
    const station = records.find((c) => c.kind === 'station')!.id;
    let seq = 0;
    const mutation = (kind: Mutation['kind'], data: Record<string, unknown> & { id: string }, actorMemberId: string | null): Mutation => {
      seq += 1;
      return { mutationId: uuidv7(), seq, kind, recordId: data.id, op: 'insert', data, baseVersion: null, hlc: formatHlc({ wallMs: TEST_NOW.getTime() + seq, counter: 0, node: 'k' }), actorMemberId, schemaVersion: 3 };
    };
    const slot = (memberId: string, day: string) => {
      const data = { teamId, memberId, stationId: station, day, shift: 'am', week: '2027-W01', placedBy: 'member', placedByMemberId: memberId, pinned: true };
      return { id: naturalId('rotaSlot', data)!, ...data };
    };

    const first = await push(kiosk.token, [mutation('rotaSlot', slot(ann!, '2027-01-04'), ann!), mutation('rotaSlot', slot(bart!, '2027-01-04'), ann!)]);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'rejected']);

    const week = { teamId, week: '2027-W01', state: 'agreed', agreedBy: [ann, bart], agreedAt: TEST_NOW.toISOString(), publishedAt: null };
    seq = 0;
    const agreed = await push(coach.token, [{ ...mutation('rotaWeek', { id: naturalId('rotaWeek', week)!, ...week }, null), schemaVersion: 1 }]);
    expect(agreed.results.map((r) => r.status)).toEqual(['applied']);

    seq = 2;
    const late = await push(kiosk.token, [mutation('rotaSlot', slot(ann!, '2027-01-05'), ann!)]);
    expect(late.results[0]).toMatchObject({ status: 'rejected', reason: 'the team agreed this week’s plan: only the coach changes it now' });
    const slots = (await pullAll(coach.token)).changes.filter((c) => c.kind === 'rotaSlot' && (c.data as { week?: string } | null)?.week === '2027-W01');
    expect(slots.map((c) => (c.data as { memberId: string; day: string }).day)).toEqual(['2027-01-04']);
  });

  it('answers each kiosk refusal with its own code, and the same code to a resend', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const coach = await server.enrol('Team Verpakking', 'coach');
    const records = (await pullAll(coach.token)).changes;
    const teamId = (records.find((c) => c.kind === 'member')!.data as { teamId: string }).teamId;
    const [ann, bart] = records.filter((c) => c.kind === 'member').map((c) => c.id);
    const station = records.find((c) => c.kind === 'station')!.id;
    let seq = 0;
    const mutation = (kind: Mutation['kind'], data: Record<string, unknown> & { id: string }, actorMemberId: string | null, extra: Partial<Mutation> = {}): Mutation => {
      seq += 1;
      return { mutationId: uuidv7(), seq, kind, recordId: data.id, op: 'insert', data, baseVersion: null, hlc: formatHlc({ wallMs: TEST_NOW.getTime() + seq, counter: 0, node: 'k' }), actorMemberId, schemaVersion: recordVersions()[kind], ...extra };
    };
    const slot = (memberId: string, day: string, week: string, extra: Record<string, unknown> = {}) => {
      const data = { teamId, memberId, stationId: station, day, shift: 'am', week, placedBy: 'member', placedByMemberId: memberId, pinned: true, ...extra };
      return { id: naturalId('rotaSlot', data)!, ...data };
    };
    // The coach agrees week 2; the kiosk places Ann on week 1 first, so there is a slot to remove.
    const agreed = { teamId, week: '2027-W02', state: 'agreed', agreedBy: [ann], agreedAt: TEST_NOW.toISOString(), publishedAt: null };
    expect((await push(coach.token, [mutation('rotaWeek', { id: naturalId('rotaWeek', agreed)!, ...agreed }, null)])).results.map((r) => r.status)).toEqual(['applied']);
    seq = 0;
    const own = slot(ann!, '2027-01-04', '2027-W01');
    const availability = { teamId, memberId: ann!, day: '2027-01-05', shift: 'am', present: false, reason: 'sick' };

    const attempts: [Mutation, string][] = [
      [mutation('rotaSlot', own, ann!), 'applied'],
      [mutation('rotaSlot', { id: own.id }, ann!, { op: 'delete', baseVersion: 1 }), 'rota_kiosk_no_remove'],
      [mutation('rotaSlot', slot(ann!, '2027-01-05', '2027-W01'), null), 'rota_not_signed_in'],
      [mutation('rotaSlot', slot(bart!, '2027-01-05', '2027-W01'), ann!), 'rota_not_yourself'],
      [mutation('rotaSlot', slot(ann!, '2027-01-05', '2027-W01', { placedBy: 'coach', placedByMemberId: null }), ann!), 'rota_not_yourself'],
      [mutation('rotaSlot', slot(ann!, '2027-01-05', '2027-W01', { placedBy: 'optimiser' }), ann!), 'rota_member_pin_only'],
      [mutation('rotaSlot', slot(ann!, '2027-01-05', '2027-W01', { pinned: false }), ann!), 'rota_member_pin_only'],
      [mutation('rotaSlot', slot(ann!, '2027-01-05', '2027-W01', { overrideReason: 'safety' }), ann!), 'rota_kiosk_no_override'],
      [mutation('rotaSlot', slot(ann!, '2027-01-05', '2027-W01', { lateChange: true }), ann!), 'rota_kiosk_no_override'],
      [mutation('rotaSlot', slot(ann!, '2027-01-11', '2027-W02'), ann!), 'rota_week_not_draft'],
      // The coach-only kinds of the week rota.
      [mutation('rotaWeek', { id: naturalId('rotaWeek', { teamId, week: '2027-W03' })!, teamId, week: '2027-W03', state: 'published', agreedBy: [], agreedAt: null, publishedAt: TEST_NOW.toISOString() }, ann!), 'kind_not_for_device'],
      [mutation('availability', { id: naturalId('availability', availability)!, ...availability }, ann!), 'kind_not_for_device'],
      [mutation('skillChange', { id: uuidv7(), teamId, memberId: ann!, stationId: station, from: null, to: 'O', changedAt: TEST_NOW.toISOString(), deviceId: kiosk.deviceId }, ann!), 'kind_not_for_device'],
    ];
    const mutations = attempts.map(([m]) => m);
    const answered = await push(kiosk.token, mutations);
    const codeOf = (r: PushResponse['results'][number]) => (r.status === 'rejected' ? r.code : r.status);
    expect(answered.results.map(codeOf)).toEqual(attempts.map(([, code]) => code));

    // A kiosk whose answer was lost sends the batch again: the same codes, nothing stored twice.
    const resent = await push(kiosk.token, mutations);
    expect(resent.results.map(codeOf)).toEqual(attempts.map(([, code]) => (code === 'applied' ? 'duplicate' : code)));
    const slots = (await pullAll(coach.token)).changes.filter((c) => c.kind === 'rotaSlot' && c.data?.['teamId'] === teamId && String(c.data['week']).startsWith('2027-'));
    expect(slots.map((c) => c.id)).toEqual([own.id]);
  });

  it('keeps the refusal’s code on the kiosk, which says it in the screen’s language, and rolls the slot back', async () => {
    const kiosk = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await kiosk.client.sync();
    const [ann, bart] = [await kiosk.memberId('Ann'), await kiosk.memberId('Bart')];
    const teamId = (await kiosk.db.device.get('self'))!.team.id;
    const station = (await kiosk.db.stations.toArray()).find((s) => s.teamId === teamId)!;
    // Ann is signed in, and her tap lands on Bart's row: the tablet takes it, the server does not.
    const slot = await placeInSlot(kiosk.db, { teamId, memberId: bart, day: '2027-01-04', shift: 'am', stationId: station.id }, { by: 'member' }, { actorMemberId: ann, now: TEST_NOW, newId: uuidv7 });
    expect((await kiosk.client.sync()).rejected).toBe(1);

    const [refusal] = await kiosk.db.rejections.toArray();
    expect(refusal).toMatchObject({ recordId: slot.id, code: 'rota_not_yourself' });
    expect(await kiosk.db.rotaSlots.get(slot.id)).toBeUndefined();
    const french = createI18n('fr-BE');
    await french.changeLanguage('fr-BE');
    expect(changeRefusalText(createI18n('nl-BE').t, refusal?.code)).toBe('Je kunt alleen jezelf op de planning zetten, niet iemand anders.');
    expect(changeRefusalText(french.t, refusal?.code)).toBe('Tu peux seulement te placer toi-même sur le planning, pas quelqu’un d’autre.');
  });
});
