/** Deletes stay deleted, even for a tablet that was offline longer than tombstones are kept. */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { writeLocal } from '#db/localWrite.ts';
import { JobScheduler, type JobTimers } from '#server/jobs/JobScheduler.ts';
import { DAY_MS, tombstoneCompaction } from '#server/jobs/tombstoneCompaction.ts';
import { compactTombstones } from '#server/storage/retention.ts';
import { pullChanges } from '#server/sync/pullChanges.ts';
import { createTestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

describeEachEngine('tombstone retention', (engine) => {
  // The compaction job's timers and clock, moved by the test.
  let ticks: (() => void)[] = [];
  let serverNow = Date.now();
  let jobs: JobScheduler;
  const server = useTestServer(engine, () => {
    ticks = [];
    serverNow = Date.now();
    const timers: JobTimers = {
      every: (_ms, tick) => {
        ticks.push(tick);
        return { cancel: () => ticks.splice(ticks.indexOf(tick), 1) };
      },
    };
    jobs = new JobScheduler({ timers, now: () => new Date(serverNow), log: (line) => expect.fail(line) });
    return { jobs };
  });

  it('keeps a record deleted against a tablet offline past retention, and resets that tablet', async () => {
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    const offline = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await coach.client.sync();
    await offline.client.sync();
    const station = (await coach.db.stations.toArray())[0]!;
    const ctx = { actorMemberId: null, now: TEST_NOW, newId: uuidv7 };

    // The offline tablet edits the station; meanwhile the coach deletes it.
    await writeLocal(offline.db, { kind: 'station', op: 'patch', id: station.id, fields: { name: 'Nog hier?' } }, ctx);
    await writeLocal(coach.db, { kind: 'station', op: 'delete', id: station.id }, ctx);
    await coach.client.sync();
    expect(await compactTombstones(server.db, new Date(Date.now() + 60_000))).toBe(1);
    expect(await server.db.query('SELECT 1 FROM records WHERE id = $1', [station.id])).toHaveLength(0);

    const report = await offline.client.sync();
    expect(report.rejected).toBe(1);
    expect((await offline.db.rejections.toArray())[0]?.reason).toBe('this record was deleted');
    expect(await offline.db.stations.get(station.id)).toBeUndefined();
    expect(await offline.db.members.count()).toBe(10);

    // Not even an insert with the same id brings it back.
    await writeLocal(coach.db, { kind: 'station', op: 'insert', record: station }, ctx);
    expect((await coach.client.sync()).rejected).toBe(1);
    expect(await server.db.query('SELECT 1 FROM records WHERE id = $1', [station.id])).toHaveLength(0);
  });

  it('finishes a paged snapshot even when its pages sit below the tombstone horizon', async () => {
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await coach.client.sync();
    const station = (await coach.db.stations.toArray())[0]!;
    await writeLocal(coach.db, { kind: 'station', op: 'delete', id: station.id }, { actorMemberId: null, now: TEST_NOW, newId: uuidv7 });
    await coach.client.sync();
    await compactTombstones(server.db, new Date(Date.now() + 60_000));
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const device = { id: kiosk.deviceId, teamId: kiosk.team.id, role: 'kiosk' as const, revoked: false };
    const seen = new Set<string>();
    let page = await pullChanges(server.db, device, null, 25);
    let pages = 1;
    while (page.hasMore) {
      expect(pages, 'the snapshot must end').toBeLessThan(100);
      page.changes.forEach((c) => seen.add(c.id));
      page = await pullChanges(server.db, device, page.cursor, 25, true);
      expect(page.reset).toBe(false);
      pages += 1;
    }
    page.changes.forEach((c) => seen.add(c.id));
    const [live] = await server.db.query<{ n: number }>("SELECT count(*)::int AS n FROM records r JOIN teams t ON t.id = r.team_id WHERE t.name = 'Team Verpakking' AND r.kind <> 'checkin' AND NOT r.deleted");
    expect(seen.size).toBe(live?.n);
    expect(seen.has(station.id)).toBe(false);
  });

  it('sends a snapshot, not a history with holes, to a tablet whose cursor is older than retention', async () => {
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    const sleeper = await createTestDevice(server, await server.freshCode('Team Verpakking', 'kiosk'));
    await coach.client.sync();
    await sleeper.client.sync();
    const station = (await coach.db.stations.toArray())[0]!;
    await writeLocal(coach.db, { kind: 'station', op: 'delete', id: station.id }, { actorMemberId: null, now: TEST_NOW, newId: uuidv7 });
    await coach.client.sync();
    await compactTombstones(server.db, new Date(Date.now() + 60_000));
    sleeper.requests.length = 0;
    await sleeper.client.sync();
    expect(await sleeper.db.stations.get(station.id)).toBeUndefined();
    expect(await sleeper.db.stations.count()).toBe(2);
    expect(await sleeper.db.tasks.count()).toBeGreaterThan(0);
  });

  it('compacts old tombstones as a daily job, which stops when the server closes', async () => {
    jobs.add(tombstoneCompaction(server.db, 30));
    const coach = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'));
    await coach.client.sync();
    const station = (await coach.db.stations.toArray())[0]!;
    await writeLocal(coach.db, { kind: 'station', op: 'delete', id: station.id }, { actorMemberId: null, now: TEST_NOW, newId: uuidv7 });
    await coach.client.sync();
    const tombstone = () => server.db.query('SELECT 1 FROM records WHERE id = $1 AND deleted', [station.id]);

    await jobs.start();
    expect(await tombstone()).toHaveLength(1);
    serverNow += 31 * DAY_MS;
    ticks.forEach((tick) => tick());
    await expect.poll(tombstone).toHaveLength(0);
    expect(await server.db.query('SELECT 1 FROM purged_records WHERE id = $1', [station.id])).toHaveLength(1);

    await server.app.close();
    expect(ticks).toEqual([]);
  });
});
