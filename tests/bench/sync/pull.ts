/** Pull: a freshly enrolled kiosk pulls a large team (inserted server-side, not timed). */
import { performance } from 'node:perf_hooks';
import { recordTableNames } from '#db/SchakelDb.ts';
import { createTeam, insertRecords, largeTeam, newCodes } from '#tests/bench/benchData.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';
import { elapsedSeconds } from '#tests/bench/meters.ts';
import { breakdown, enrolBenchDevice } from './benchDevice.ts';
import { log } from './log.ts';

export type PullReport = Awaited<ReturnType<typeof pullPhase>>;

export async function pullPhase(target: BenchTarget, rows: number) {
  log(`inserting a team of ${String(rows)} rows server-side (not timed)`);
  const now = new Date();
  const teamId = await createTeam(target.db, 'Bench Pull');
  await insertRecords(target.db, teamId, largeTeam(teamId, rows, now), now);
  const [code] = await newCodes(target.db, teamId, 1);
  if (code === undefined) throw new Error('no code for the pull team');
  const device = await enrolBenchDevice(target, code, 'pull');

  log('a fresh kiosk pulls the team');
  target.meters?.reset();
  const t0 = performance.now();
  const pulled = await device.client.pullAll(device.row);
  const seconds = elapsedSeconds(t0);
  const pullBreakdown = breakdown(seconds, device.meters.pull, target, '/api/sync/pull');
  let localRows = 0;
  for (const name of recordTableNames()) localRows += await device.db.table(name).count();
  device.db.close();
  return { pulled, localRows, seconds, pullBreakdown };
}
