/**
 * Drain: one kiosk with many offline events (written through writeLocal into
 * fake-indexeddb, not timed) pushes them all with SyncClient.pushAll, against
 * a baseline of the same rows INSERTed straight into the same database in
 * batches of the same size; then pulls them back, as sync() does next.
 */
import { performance } from 'node:perf_hooks';
import { uuidv7 } from 'uuidv7';
import { writeLocal } from '#db/localWrite.ts';
import { PUSH_BATCH } from '#sync/SyncClient.ts';
import { checkDelivery, completion, createTeam, rawInsert, serverHlc } from '#tests/bench/benchData.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';
import { elapsedSeconds } from '#tests/bench/meters.ts';
import { breakdown, enrolBenchDevice } from './benchDevice.ts';
import { log } from './log.ts';

export type DrainReport = Awaited<ReturnType<typeof drainPhase>>;

export async function drainPhase(target: BenchTarget, events: number) {
  const code = target.codes.find((c) => c.teamName === 'Team Verpakking' && c.role === 'kiosk');
  if (!code) throw new Error('the demo seed made no kiosk code for Team Verpakking');
  const device = await enrolBenchDevice(target, code.code, 'drain');
  await device.client.sync();
  const teamId = device.row.team.id;
  const memberIds = (await device.db.members.toArray()).map((m) => m.id);
  const taskIds = (await device.db.tasks.toArray()).map((t) => t.id);
  const start = new Date();

  log(`writing ${String(events)} offline events through writeLocal (not timed)`);
  let t0 = performance.now();
  const sentIds: string[] = [];
  for (let i = 0; i < events; i++) {
    const record = completion(teamId, memberIds, taskIds, i, start);
    await writeLocal(device.db, { kind: 'taskCompletion', op: 'insert', record }, { actorMemberId: record.memberId, now: new Date(), newId: uuidv7 });
    sentIds.push(record.id);
  }
  const writeSeconds = elapsedSeconds(t0);
  const outboxBefore = await device.db.outbox.count();

  log('raw INSERT baseline');
  const rawTeam = await createTeam(target.db, 'Bench Raw');
  const rawRows = Array.from({ length: events }, (_, i) => completion(rawTeam, memberIds, taskIds, i, start));
  const rawInsertSeconds = await rawInsert(target.db, rawTeam, device.row.deviceId, rawRows, PUSH_BATCH, serverHlc(start));

  log(`draining ${String(outboxBefore)} events with SyncClient.pushAll`);
  target.meters?.reset();
  device.meters.push.reset();
  t0 = performance.now();
  const pushed = await device.client.pushAll(device.row);
  const drainSeconds = elapsedSeconds(t0);
  const drainBreakdown = breakdown(drainSeconds, device.meters.push, target, '/api/sync/push');

  log('pulling the drained rows back, as sync() does next');
  target.meters?.reset();
  t0 = performance.now();
  const pulledBack = await device.client.pullAll(device.row);
  const pullBackSeconds = elapsedSeconds(t0);
  const pullBackBreakdown = breakdown(pullBackSeconds, device.meters.pull, target, '/api/sync/pull');

  const check = await checkDelivery(target.db, [teamId], 'taskCompletion', sentIds);
  const [hwm] = await target.db.query<{ n: number }>('SELECT high_water_mark::int AS n FROM devices WHERE id = $1', [device.row.deviceId]);
  const result = {
    events,
    writeSeconds,
    outboxBefore,
    pushed: pushed.pushed,
    rejected: pushed.rejected,
    outboxAfter: await device.db.outbox.count(),
    highWaterMark: hwm?.n ?? 0,
    rawInsertSeconds,
    drainSeconds,
    drainBreakdown,
    pulledBack,
    pullBackSeconds,
    pullBackBreakdown,
    check,
  };
  device.db.close();
  return result;
}
