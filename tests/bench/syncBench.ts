import 'fake-indexeddb/auto';
/**
 * `npm run bench:sync`: how fast sync is, on this machine, end to end.
 *
 * 1. Drain: one kiosk with 10,000 offline events (written through writeLocal
 *    into fake-indexeddb, not timed) pushes them all (SyncClient.pushAll),
 *    against a baseline of the same rows INSERTed straight into the same
 *    database in batches of the same size.
 * 2. Pull: a freshly enrolled kiosk pulls a team of 50,000 rows.
 * 3. Many devices: 200 simulated kiosks push small batches concurrently.
 * After 1 and 3 the server's rows are counted against what was sent.
 *
 * Everything runs over real loopback HTTP to a Fastify server on 127.0.0.1.
 * Prints one JSON line and writes it to bench/results/sync.json. Targets are
 * reported, never asserted: this is a measurement, not a test.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { uuidv7 } from 'uuidv7';
import { SchakelDb, recordTableNames, type DeviceRow } from '#db/SchakelDb.ts';
import { writeLocal } from '#db/localWrite.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { PULL_PAGE, PUSH_BATCH, SyncClient } from '#sync/SyncClient.ts';
import { checkDelivery, completion, createTeam, insertRecords, largeTeam, members, newCodes, rawInsert, serverHlc, type DeliveryCheck } from './benchData.ts';
import { startBenchServer, type BenchServer } from './benchServer.ts';
import { runFleet, type FleetPhase, type FleetPhaseReport } from './fleet.ts';
import { Meter, elapsedSeconds, percentile, round, timedTransport, type TransportMeters } from './meters.ts';

const DRAIN_EVENTS = 10_000;
const PULL_ROWS = 50_000;
const DEVICES = 200;
const DEVICE_TEAMS = 20;
const MEMBERS_PER_TEAM = 5;
const PUSH_ROUNDS = 5;
const EVENTS_PER_PUSH = 10;
/** The paced run: each tablet pushes every 4 s on average, 50 pushes/s from the fleet. */
const PACED_MEAN_GAP_MS = 4_000;
const PUSH_RETRIES = 3;
const ENROL_CONCURRENCY = 20;
/** The whole run is abandoned after this long, so a hang never blocks a CI job. */
const RUN_LIMIT_MS = 15 * 60_000;
const FLEET_LIMIT_MS = 5 * 60_000;

const TARGETS = { drainSecondsMax: 5, drainRatioMin: 0.5, pullSecondsMax: 10, pushP95MsMax: 100, lost: 0, duplicated: 0 } as const;

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results');

function log(message: string): void {
  process.stderr.write(`[bench:sync] ${message}\n`);
}

function newMeters(): TransportMeters {
  return { push: new Meter(), pull: new Meter() };
}

interface BenchDevice {
  readonly db: SchakelDb;
  readonly client: SyncClient;
  readonly row: DeviceRow;
  readonly meters: TransportMeters;
}

async function enrolBenchDevice(server: BenchServer, code: string, name: string): Promise<BenchDevice> {
  const meters = newMeters();
  const transport = timedTransport(httpTransport(server.baseUrl), meters);
  const db = new SchakelDb(`bench-${name}-${uuidv7()}`);
  await enrolDevice(db, transport, { code, deviceName: name, now: new Date() });
  const row = await db.device.get('self');
  if (!row) throw new Error(`${name} did not enrol`);
  return { db, client: new SyncClient(db, transport, () => new Date()), row, meters };
}

/** Where a phase's wall time went, in milliseconds. */
function breakdown(totalSeconds: number, roundTrip: Meter, server: BenchServer, route: string) {
  const totalMs = totalSeconds * 1000;
  const handlerMs = server.routes.get(route)?.ms ?? 0;
  return {
    totalMs: round(totalMs, 1),
    requests: roundTrip.calls,
    clientLocalMs: round(totalMs - roundTrip.ms, 1),
    roundTripMs: round(roundTrip.ms, 1),
    serverHandlerMs: round(handlerMs, 1),
    serverDbMs: round(server.dbMeter.ms, 1),
    httpAndClientCodecMs: round(roundTrip.ms - handlerMs, 1),
  };
}

async function drainPhase(server: BenchServer) {
  const code = server.codes.find((c) => c.teamName === 'Team Verpakking' && c.role === 'kiosk');
  if (!code) throw new Error('the demo seed made no kiosk code for Team Verpakking');
  const device = await enrolBenchDevice(server, code.code, 'drain');
  await device.client.sync();
  const teamId = device.row.team.id;
  const memberIds = (await device.db.members.toArray()).map((m) => m.id);
  const taskIds = (await device.db.tasks.toArray()).map((t) => t.id);
  const start = new Date();

  log(`writing ${String(DRAIN_EVENTS)} offline events through writeLocal (not timed)`);
  let t0 = performance.now();
  const sentIds: string[] = [];
  for (let i = 0; i < DRAIN_EVENTS; i++) {
    const record = completion(teamId, memberIds, taskIds, i, start);
    await writeLocal(device.db, { kind: 'taskCompletion', op: 'insert', record }, { actorMemberId: record.memberId, now: new Date(), newId: uuidv7 });
    sentIds.push(record.id);
  }
  const writeSeconds = elapsedSeconds(t0);
  const outboxBefore = await device.db.outbox.count();

  log('raw INSERT baseline');
  const rawTeam = await createTeam(server.db, 'Bench Raw');
  const rawRows = Array.from({ length: DRAIN_EVENTS }, (_, i) => completion(rawTeam, memberIds, taskIds, i, start));
  const rawInsertSeconds = await rawInsert(server.db, rawTeam, device.row.deviceId, rawRows, PUSH_BATCH, serverHlc(start));

  log(`draining ${String(outboxBefore)} events with SyncClient.pushAll`);
  server.resetMeters();
  device.meters.push.reset();
  t0 = performance.now();
  const pushed = await device.client.pushAll(device.row);
  const drainSeconds = elapsedSeconds(t0);
  const drainBreakdown = breakdown(drainSeconds, device.meters.push, server, '/api/sync/push');

  log('pulling the drained rows back, as sync() does next');
  server.resetMeters();
  t0 = performance.now();
  const pulledBack = await device.client.pullAll(device.row);
  const pullBackSeconds = elapsedSeconds(t0);
  const pullBackBreakdown = breakdown(pullBackSeconds, device.meters.pull, server, '/api/sync/pull');

  const check = await checkDelivery(server.db, [teamId], 'taskCompletion', sentIds);
  const [hwm] = await server.db.query<{ n: number }>('SELECT high_water_mark::int AS n FROM devices WHERE id = $1', [device.row.deviceId]);
  const result = {
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

async function pullPhase(server: BenchServer) {
  log(`inserting a team of ${String(PULL_ROWS)} rows server-side (not timed)`);
  const now = new Date();
  const teamId = await createTeam(server.db, 'Bench Pull');
  await insertRecords(server.db, teamId, largeTeam(teamId, PULL_ROWS, now), now);
  const [code] = await newCodes(server.db, teamId, 1);
  if (code === undefined) throw new Error('no code for the pull team');
  const device = await enrolBenchDevice(server, code, 'pull');

  log('a fresh kiosk pulls the team');
  server.resetMeters();
  const t0 = performance.now();
  const pulled = await device.client.pullAll(device.row);
  const seconds = elapsedSeconds(t0);
  const pullBreakdown = breakdown(seconds, device.meters.pull, server, '/api/sync/pull');
  let localRows = 0;
  for (const name of recordTableNames()) localRows += await device.db.table(name).count();
  device.db.close();
  return { pulled, localRows, seconds, pullBreakdown };
}

async function manyDevicesPhase(server: BenchServer) {
  log(`${String(DEVICES)} simulated kiosks in ${String(DEVICE_TEAMS)} teams enrol over HTTP from a child process (not timed)`);
  const teams: { teamId: string; memberIds: string[]; codes: string[] }[] = [];
  for (let t = 0; t < DEVICE_TEAMS; t++) {
    const teamId = await createTeam(server.db, `Bench Team ${String(t + 1).padStart(2, '0')}`);
    const team = members(teamId, MEMBERS_PER_TEAM);
    await insertRecords(server.db, teamId, team.map((data) => ({ kind: 'member' as const, data })), new Date());
    teams.push({ teamId, memberIds: team.map((m) => m.id), codes: await newCodes(server.db, teamId, DEVICES / DEVICE_TEAMS) });
  }
  const slots = teams.flatMap((team) => team.codes.map((code) => ({ code, teamId: team.teamId, memberIds: team.memberIds })));
  const burst: FleetPhase = { name: 'burst', rounds: PUSH_ROUNDS, eventsPerPush: EVENTS_PER_PUSH, meanGapMs: 0 };
  const paced: FleetPhase = { name: 'paced', rounds: PUSH_ROUNDS, eventsPerPush: EVENTS_PER_PUSH, meanGapMs: PACED_MEAN_GAP_MS };
  log(`then push: a burst (all at once, back to back), then paced (one push per tablet every ${String(PACED_MEAN_GAP_MS / 1000)} s on average)`);
  const report = await runFleet({ baseUrl: server.baseUrl, slots, phases: [burst, paced], retries: PUSH_RETRIES, enrolConcurrency: ENROL_CONCURRENCY }, FLEET_LIMIT_MS);
  const phase = (name: string) => {
    const found = report.phases.find((p) => p.name === name);
    if (!found) throw new Error(`the fleet did not run its ${name} phase`);
    for (const message of found.errorMessages) log(`${name} push error: ${message}`);
    return found;
  };
  const check = await checkDelivery(server.db, teams.map((t) => t.teamId), 'taskCompletion', report.sentIds);
  return { devices: report.devices, burst: phase('burst'), paced: phase('paced'), check };
}

function latencySummary(p: FleetPhaseReport) {
  return {
    requests: p.latencies.length,
    p50Ms: round(percentile(p.latencies, 50), 1),
    p95Ms: round(percentile(p.latencies, 95), 1),
    p99Ms: round(percentile(p.latencies, 99), 1),
    maxMs: round(percentile(p.latencies, 100), 1),
    seconds: round(p.seconds, 3),
    requestsPerSecond: Math.round(p.latencies.length / p.seconds),
    errors: p.errors,
    failed: p.failed,
    statuses: p.statuses,
  };
}

function totals(...checks: DeliveryCheck[]): { lost: number; duplicated: number } {
  return { lost: checks.reduce((n, c) => n + c.lost, 0), duplicated: checks.reduce((n, c) => n + c.duplicated, 0) };
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    log(`gave up after ${String(RUN_LIMIT_MS / 1000)} s`);
    process.exit(2);
  }, RUN_LIMIT_MS);
  watchdog.unref();

  const memory = process.argv.includes('--memory');
  const runStart = performance.now();
  const server = await startBenchServer({ memory });
  log(`server on ${server.baseUrl} (${server.storage})`);
  try {
    const drain = await drainPhase(server);
    const pull = await pullPhase(server);
    const many = await manyDevicesPhase(server);
    const { lost, duplicated } = totals(drain.check, many.check);

    const drainEventsPerSecond = drain.pushed / drain.drainSeconds;
    const rawInsertRowsPerSecond = DRAIN_EVENTS / drain.rawInsertSeconds;
    const drainRatio = drain.rawInsertSeconds / drain.drainSeconds;
    const burst = latencySummary(many.burst);
    const paced = latencySummary(many.paced);
    const pushP95Ms = burst.p95Ms;
    const missed = [
      ...(drain.drainSeconds > TARGETS.drainSecondsMax ? ['drainSeconds'] : []),
      ...(drainRatio < TARGETS.drainRatioMin ? ['drainRatio'] : []),
      ...(pull.seconds > TARGETS.pullSecondsMax ? ['pullSeconds'] : []),
      ...(pushP95Ms > TARGETS.pushP95MsMax ? ['pushP95Ms'] : []),
      ...(lost > TARGETS.lost ? ['lost'] : []),
      ...(duplicated > TARGETS.duplicated ? ['duplicated'] : []),
    ];
    const cpus = os.cpus();
    const result = {
      bench: 'sync',
      date: new Date().toISOString(),
      node: process.version,
      machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', platform: process.platform, arch: process.arch, memoryGb: round(os.totalmem() / 2 ** 30, 1) },
      database: server.storage,
      transport: 'loopback-http',
      drainEvents: drain.pushed,
      drainSeconds: round(drain.drainSeconds, 3),
      drainEventsPerSecond: Math.round(drainEventsPerSecond),
      rawInsertRows: DRAIN_EVENTS,
      rawInsertSeconds: round(drain.rawInsertSeconds, 3),
      rawInsertRowsPerSecond: Math.round(rawInsertRowsPerSecond),
      drainRatio: round(drainRatio, 3),
      drainPullBackRows: drain.pulledBack,
      drainPullBackSeconds: round(drain.pullBackSeconds, 3),
      drainWriteLocalSeconds: round(drain.writeSeconds, 3),
      pullRows: pull.pulled,
      pullLocalRows: pull.localRows,
      pullSeconds: round(pull.seconds, 3),
      devices: many.devices,
      pushRequests: burst.requests,
      pushEventsPerRequest: EVENTS_PER_PUSH,
      pushP50Ms: burst.p50Ms,
      pushP95Ms,
      pushP99Ms: burst.p99Ms,
      pushMaxMs: burst.maxMs,
      pushSeconds: burst.seconds,
      pushRequestsPerSecond: burst.requestsPerSecond,
      pushErrors: burst.errors + paced.errors,
      pushFailed: burst.failed + paced.failed,
      pushStatuses: burst.statuses,
      pushPaced: { ...paced, offeredRequestsPerSecond: Math.round((many.devices * 1000) / PACED_MEAN_GAP_MS) },
      lost,
      duplicated,
      checks: {
        drain: { ...drain.check, rejected: drain.rejected, outboxBefore: drain.outboxBefore, outboxAfter: drain.outboxAfter, highWaterMark: drain.highWaterMark },
        devices: many.check,
      },
      breakdown: { drain: drain.drainBreakdown, drainPullBack: drain.pullBackBreakdown, pull: pull.pullBreakdown },
      targets: TARGETS,
      missed,
      runSeconds: round(elapsedSeconds(runStart), 1),
      notes: [
        `drainRatio = rawInsertSeconds / drainSeconds = drainEventsPerSecond / rawInsertRowsPerSecond: 1 means the drain writes as fast as bare multi-row INSERTs of the same ${String(DRAIN_EVENTS)} taskCompletion rows (same table, same database, same run, ${String(PUSH_BATCH)} rows per statement = PUSH_BATCH, one statement per transaction, into a team of their own).`,
        'Transport: real loopback HTTP; Fastify listens on 127.0.0.1 (port 0). The drain and pull devices use httpTransport with Node\'s global fetch in the server\'s process (they alternate with the server, so nothing overlaps).',
        `Database: ${server.storage === 'pglite-disk' ? 'PGlite on disk in a temporary folder, as npm start keeps it' : 'PGlite in memory (--memory)'}.`,
        `drainSeconds times SyncClient.pushAll only (${String(Math.ceil(DRAIN_EVENTS / PUSH_BATCH))} pushes of ${String(PUSH_BATCH)}, fake-indexeddb outbox reads and settles included); drainPullBackSeconds is the pullAll a full sync() does next, which brings the same rows back. The events were written through writeLocal beforehand (drainWriteLocalSeconds, not part of the drain).`,
        `pullSeconds times pullAll of a freshly enrolled kiosk (fake-indexeddb) for a team of ${String(PULL_ROWS)} rows inserted with insertServerRecords; client page ${String(PULL_PAGE)}.`,
        `Devices: ${String(DEVICES)} simulated kiosks in ${String(DEVICE_TEAMS)} teams, run in a child process (own event loop, like tablets on a network), each with its own keep-alive connection (httpTransport over a one-socket node:http agent, since one shared fetch pool would decide who waits) and enrolled over it with its own code, then all start together and each sends ${String(PUSH_ROUNDS)} pushes of ${String(EVENTS_PER_PUSH)} taskCompletion inserts back to back (closed loop, no think time, so up to ${String(DEVICES)} requests in flight): pushP50Ms..pushMaxMs, and pushRequestsPerSecond is the server's saturated push rate. pushPaced repeats it with each tablet waiting a random 0..${String((2 * PACED_MEAN_GAP_MS) / 1000)} s before each push (about ${String(Math.round((DEVICES * 1000) / PACED_MEAN_GAP_MS))} pushes/s offered), for latency under steady load. Latency is per push request as the device sees it (JSON, fetch, response parse with zod); a failed push is retried up to ${String(PUSH_RETRIES)} times with the same sequence numbers.`,
        'lost = sent ids with no row on the server; duplicated = rows beyond one per sent id plus rows of that kind in the teams that were never sent. Checked after the drain and after both device runs.',
        'breakdown: clientLocalMs is the phase time outside HTTP round trips (fake-indexeddb and client code); serverHandlerMs is Fastify request lifecycle time; serverDbMs is time in top-level database calls and transactions (includes applyMutation inside the push transaction).',
        'Targets are reported in `missed`, never asserted.',
      ].join(' '),
    };

    const line = JSON.stringify(result);
    process.stdout.write(`${line}\n`);
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'sync.json');
    await writeFile(`${file}.tmp`, `${line}\n`);
    await rename(`${file}.tmp`, file);
    log(`written to ${path.relative(process.cwd(), file)}`);
  } finally {
    await server.close();
    clearTimeout(watchdog);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
