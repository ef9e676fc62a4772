/** "Pull now": an online tablet hears about another tablet's change without waiting for its timer. */
import { expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { ChangeWatcher } from '#sync/ChangeWatcher.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { createTestDevice } from '#tests/helpers/testDevice.ts';
import { inProcessFetch } from '#tests/helpers/inProcessFetch.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';

describeEachEngine('pull-now signal', (engine) => {
  const server = useTestServer(engine, { waitTimeoutMs: 2_000 });

  it('answers a waiting tablet as soon as its team changes, and only then', async () => {
    const a = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    const b = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    const other = await createTestDevice(server, await server.freshCode('Team Montage', 'kiosk'));
    await Promise.all([a.client.sync(), b.client.sync(), other.client.sync()]);
    const token = (await b.db.device.get('self'))?.token ?? '';
    const cursor = (await b.db.syncState.get('self'))?.cursor ?? null;
    const transport = httpTransport('http://coordinator.test', inProcessFetch(server.app));

    let answered = false;
    const waiting = transport.wait(token, { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor }).then((r) => {
      answered = true;
      return r;
    });
    // A change in another team does not wake B.
    await other.completeTask('Karel');
    await other.client.sync();
    await new Promise((r) => setTimeout(r, 100));
    expect(answered).toBe(false);

    await a.completeTask('Ann');
    await a.client.sync();
    expect(await waiting).toMatchObject({ changed: true });
  });

  it('says "nothing new" after its time-out', async () => {
    const b = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await b.client.sync();
    const token = (await b.db.device.get('self'))?.token ?? '';
    const cursor = (await b.db.syncState.get('self'))?.cursor ?? null;
    const transport = httpTransport('http://coordinator.test', inProcessFetch(server.app));
    expect(await transport.wait(token, { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor })).toMatchObject({ changed: false });
  });

  it('brings another tablet’s finished task onto a watching tablet within seconds', async () => {
    const a = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    const b = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await Promise.all([a.client.sync(), b.client.sync()]);
    const watcher = new ChangeWatcher({
      db: b.db,
      transport: httpTransport('http://coordinator.test', inProcessFetch(server.app)),
      onChange: async () => {
        await b.client.sync();
        return true;
      },
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    });
    const running = watcher.run();
    const done = await a.completeTask('Greet');
    await a.client.sync();
    await vi.waitFor(async () => {
      expect(await b.db.taskCompletions.get(done.id)).toEqual(done);
    }, { timeout: 5_000, interval: 50 });
    watcher.stop();
    await running;
  });
});
