/** A member's help call reaches the coach's tablet, and the coach's "seen" reaches the member's kiosk. */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { acknowledgeHelp, callForHelp, latestHelpCall } from '#db/helpRepository.ts';
import { syncedDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('help calls', (engine) => {
  const server = useTestServer(engine);

  it('travel from kiosk to coach and back, and only a coach device may acknowledge', async () => {
    const kiosk = await syncedDevice(server);
    const coach = await syncedDevice(server, 'Team Verpakking', 'coach');
    const ines = await kiosk.memberId('Ines');
    const ctx = { actorMemberId: null, now: TEST_NOW, newId: uuidv7 };
    const call = await callForHelp(kiosk.db, { teamId: (await kiosk.db.members.get(ines))!.teamId, memberId: ines, reason: 'material' }, ctx);
    await kiosk.client.sync();
    await coach.client.sync();
    expect(await coach.db.helpCalls.get(call.id)).toEqual(call);

    // A kiosk cannot mark its own call as seen.
    await acknowledgeHelp(kiosk.db, call, ctx);
    expect((await kiosk.client.sync()).rejected).toBe(1);
    expect((await latestHelpCall(kiosk.db, ines, new Date(TEST_NOW.getTime() - 60_000)))?.acknowledged).toBe(false);

    await acknowledgeHelp(coach.db, call, ctx);
    await coach.client.sync();
    await kiosk.client.sync();
    expect((await latestHelpCall(kiosk.db, ines, new Date(TEST_NOW.getTime() - 60_000)))?.acknowledged).toBe(true);
  });
});
