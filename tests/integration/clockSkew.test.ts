/** Tablets whose clocks are a day off still sync correctly; the server's order is the authority. */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { writeLocal } from '#db/localWrite.ts';
import { ServerClock } from '#server/sync/ServerClock.ts';
import { parseHlc } from '#shared/hlc.ts';
import { createTestDevice, type TestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const DAY = 86_400_000;

describeEachEngine('clock skew', (engine) => {
  let serverNow = TEST_NOW.getTime();
  const server = useTestServer(engine, () => {
    serverNow = TEST_NOW.getTime();
    return { clock: new ServerClock(() => serverNow) };
  });

  const coach = async (skewMs: number, syncFirst: boolean): Promise<TestDevice> => {
    const device = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'), () => new Date(serverNow + skewMs));
    if (syncFirst) await device.client.sync();
    else {
      // Enrolled and filled, but this tablet's clock has never been compared with the server's.
      await device.client.pullAll((await device.db.device.get('self'))!);
      await device.db.clock.delete('self');
    }
    return device;
  };

  const renameStation = async (device: TestDevice, stationId: string, name: string, skewMs: number) => {
    await writeLocal(device.db, { kind: 'station', op: 'patch', id: stationId, fields: { name } }, { actorMemberId: null, now: new Date(serverNow + skewMs), newId: uuidv7 });
  };

  it('does not let a tablet a day ahead win every edit: its far-future stamp is replaced by the server’s', async () => {
    const fast = await coach(DAY, false);
    const right = await coach(0, true);
    const station = (await right.db.stations.toArray())[0]!;
    await renameStation(fast, station.id, 'Van de snelle tablet', DAY);
    await fast.client.sync();
    serverNow += 60_000;
    await renameStation(right, station.id, 'Later en juist', 0);
    await right.client.sync();
    await fast.client.sync();
    const [row] = await server.db.query<{ data: { name: string } }>('SELECT data FROM records WHERE id = $1', [station.id]);
    expect(row?.data.name).toBe('Later en juist');
    expect((await fast.db.stations.get(station.id))?.name).toBe('Later en juist');
  });

  it('corrects a tablet’s clock from the server once it has synced, a day ahead or behind', async () => {
    for (const skew of [DAY, -DAY]) {
      const device = await coach(skew, true);
      const clock = await device.db.clock.get('self');
      expect(Math.abs((clock?.offsetMs ?? 0) + skew)).toBeLessThan(1_000);
      const station = (await device.db.stations.toArray())[0]!;
      await renameStation(device, station.id, `Na sync ${String(skew)}`, skew);
      const entry = await device.db.outbox.orderBy('seq').last();
      expect(Math.abs(parseHlc(entry?.hlc ?? '').wallMs - serverNow)).toBeLessThan(1_000);
      await device.client.sync();
    }
  });

  it('lets a tablet a day behind sync its changes, which lose only to newer ones', async () => {
    const slow = await coach(-DAY, false);
    const right = await coach(0, true);
    const station = (await right.db.stations.toArray())[0]!;
    await renameStation(right, station.id, 'Van vandaag', 0);
    await right.client.sync();
    await renameStation(slow, station.id, 'Van gisteren', -DAY);
    const done = await slow.completeTaskOf((await slow.db.members.toArray())[0]!.id);
    const report = await slow.client.sync();
    expect(report.rejected).toBe(0);
    expect((await slow.db.stations.get(station.id))?.name).toBe('Van vandaag');
    const [completion] = await server.db.query('SELECT 1 FROM records WHERE id = $1', [done.id]);
    expect(completion).toBeDefined();
  });

  it('moves no clock on a failed batch', async () => {
    const device = await coach(DAY, true);
    const before = await device.db.clock.get('self');
    await device.completeTaskOf((await device.db.members.toArray())[0]!.id);
    const afterWrite = await device.db.clock.get('self');
    device.faults.push('serverError');
    serverNow += 10 * 60_000;
    await expect(device.client.sync()).rejects.toThrow();
    expect(await device.db.clock.get('self')).toEqual(afterWrite);
    expect(afterWrite?.offsetMs).toBe(before?.offsetMs);
  });
});
