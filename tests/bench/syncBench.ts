import 'fake-indexeddb/auto';
/**
 * `npm run bench:sync`: how fast sync is, on this machine, end to end, per
 * database and process count (PGlite in one process; with DATABASE_URL also
 * Postgres in one process and in two).
 *
 * For each target, in order (sync/*.ts):
 * 1. Drain: one kiosk pushes 10,000 offline events, against raw INSERTs (drainRatio).
 * 2. Pull: a freshly enrolled kiosk pulls a team of 50,000 rows.
 * 3. Burst and paced: 200 simulated kiosks push 5 × 10 events, all at once
 *    (burstEventsPerSecond against rawInsertEventsPerSecond: burstRatio), then spread out.
 * 4. Open loop: 400 tablets hold long polls and push 5 events every 10 ± 2 s
 *    for 60 s (openLoopP95Ms, errors).
 * After each phase the server's rows are counted against what was sent.
 *
 * Everything runs over real loopback HTTP on 127.0.0.1. pglite-1 and
 * postgres-1 run the server in this process (so it can say where the time
 * went); postgres-2 runs `src/server/main.ts` with SCHAKEL_PROCESSES=2. Each
 * Postgres run gets a schema of its own, dropped afterwards.
 *
 * Sizes for a quick check (figures of such a run are not the benchmark's):
 * BENCH_RUNS=pglite-1,postgres-1,postgres-2, BENCH_DRAIN_EVENTS, BENCH_PULL_ROWS,
 * BENCH_BURST_DEVICES, BENCH_OPEN_LOOP_DEVICES, BENCH_OPEN_LOOP_SECONDS
 * (sync/benchConfig.ts). `--memory` keeps PGlite in memory.
 *
 * Prints one JSON line and writes it to bench/results/sync.json. Targets are
 * reported, never asserted: this is a measurement, not a test.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { PULL_PAGE, PUSH_BATCH } from '#sync/SyncClient.ts';
import { startBenchServer, type BenchTarget } from './benchServer.ts';
import { elapsedSeconds, round } from './meters.ts';
import { readSyncBenchConfig, TABLETS_PER_TEAM, type SyncBenchConfig } from './sync/benchConfig.ts';
import { burstPhase, EVENTS_PER_PUSH, PACED_MEAN_GAP_MS, PUSH_RETRIES, PUSH_ROUNDS } from './sync/burst.ts';
import { drainPhase } from './sync/drain.ts';
import { log, setLogRun } from './sync/log.ts';
import { OPEN_LOOP_EVENTS_PER_PUSH, OPEN_LOOP_JITTER_MS, OPEN_LOOP_PERIOD_MS, openLoopPhase } from './sync/openLoop.ts';
import { pullPhase } from './sync/pull.ts';
import { runReport } from './sync/runReport.ts';
import { dropSchema, newBenchSchema, startServerProcesses } from './sync/serverProcesses.ts';

/** The whole run is abandoned after this long, so a hang never blocks a CI job. */
const RUN_LIMIT_MS = 40 * 60_000;
const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results');
const DEFAULTS = readSyncBenchConfig({}, []);

async function startTarget(label: string, config: SyncBenchConfig): Promise<BenchTarget> {
  const url = config.databaseUrl;
  if (label === 'pglite-1') return startBenchServer({ engine: 'pglite', memory: config.memory });
  if (url === undefined) throw new Error(`${label} needs DATABASE_URL`);
  if (label === 'postgres-2') return startServerProcesses(url, 2);
  const schema = newBenchSchema();
  const server = await startBenchServer({ engine: 'postgres', url, schema });
  return {
    ...server,
    async close() {
      await server.close();
      await dropSchema(url, schema);
    },
  };
}

async function runTarget(label: string, config: SyncBenchConfig) {
  setLogRun(label);
  const t0 = performance.now();
  const target = await startTarget(label, config);
  log(`server on ${target.baseUrl} (${target.storage}, ${String(target.processes)} process${target.processes === 1 ? '' : 'es'})`);
  try {
    const drain = await drainPhase(target, config.drainEvents);
    const pull = await pullPhase(target, config.pullRows);
    const burst = await burstPhase(target, config.burstDevices);
    const openLoop = await openLoopPhase(target, config.openLoopDevices, config.openLoopSeconds);
    return runReport(target, drain, pull, burst, openLoop, elapsedSeconds(t0));
  } finally {
    await target.close();
  }
}

function notes(config: SyncBenchConfig): string {
  return [
    `drainRatio = rawInsertSeconds / drainSeconds: 1 means the drain writes as fast as bare multi-row INSERTs of the same ${String(config.drainEvents)} taskCompletion rows (same table, same database, same run, ${String(PUSH_BATCH)} rows per statement = PUSH_BATCH, one statement per transaction, one after another, into a team of their own).`,
    `drainSeconds times SyncClient.pushAll only (pushes of ${String(PUSH_BATCH)}, fake-indexeddb outbox reads and settles included); drain.pullBackSeconds is the pullAll a full sync() does next. The events were written through writeLocal beforehand (drain.writeLocalSeconds, not part of the drain). The drain and pull kiosks run in the benchmark's process with Node's global fetch.`,
    `pull.seconds times pullAll of a freshly enrolled kiosk (fake-indexeddb) for a team of ${String(config.pullRows)} rows inserted with insertServerRecords; client page ${String(PULL_PAGE)}.`,
    `Burst: ${String(config.burstDevices)} simulated kiosks in teams of ${String(TABLETS_PER_TEAM)}, in a child process (own event loop, like tablets on a network), each on its own keep-alive connection from its own loopback address, enrolled over it with its own code; then all start together and each sends ${String(PUSH_ROUNDS)} pushes of ${String(EVENTS_PER_PUSH)} taskCompletion inserts back to back (closed loop, no think time). burstEventsPerSecond = events acknowledged (applied or duplicate) / burst wall seconds; rawInsertEventsPerSecond = the same number of rows INSERTed straight into the same database in statements of ${String(EVENTS_PER_PUSH)} rows (one push), one after another on one connection; burstRatio = the first / the second. A failed push is retried up to ${String(PUSH_RETRIES)} times with the same sequence numbers. paced repeats it with each tablet waiting a random 0..${String((2 * PACED_MEAN_GAP_MS) / 1000)} s before each push.`,
    `Open loop: ${String(config.openLoopDevices)} tablets in teams of ${String(TABLETS_PER_TEAM)} in a child process, each holding a long poll (/api/sync/wait with its cursor; on "changed" it pulls to the end and waits again) on one connection and pushing ${String(OPEN_LOOP_EVENTS_PER_PUSH)} events every ${String(OPEN_LOOP_PERIOD_MS / 1000)} ± ${String(OPEN_LOOP_JITTER_MS / 1000)} s on another, for ${String(config.openLoopSeconds)} s. Push times are fixed before the run and a push fires at its time whatever happened to the one before (open loop); openLoopP95Ms counts from the scheduled time to the answer, so it includes any wait behind the tablet's earlier push and the client's own timer lag (reported as clientTimerLag). No retries: openLoopErrors counts failed pushes and failed long polls or pulls.`,
    'lost = sent ids with no row on the server; duplicated = rows beyond one per sent id plus rows of that kind in the teams that were never sent; summed over drain, burst and paced, and open loop.',
    'breakdown (in-process targets only): clientLocalMs is the phase time outside HTTP round trips; serverHandlerMs is Fastify request lifecycle time; serverDbMs is time in top-level database calls and transactions. postgres-2 runs the server as `npm start` does (SCHAKEL_PROCESSES=2, node:cluster sharing one port), so its figures are the clients\' view only.',
    'PGlite is on disk in a temporary folder, as npm start keeps it (in memory with --memory). Postgres is DATABASE_URL, one fresh schema per run.',
    'Targets are reported per run in `met` and `missed`, never asserted.',
  ].join(' ');
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    log(`gave up after ${String(RUN_LIMIT_MS / 1000)} s`);
    process.exit(2);
  }, RUN_LIMIT_MS);
  watchdog.unref();

  const config = readSyncBenchConfig(process.env, process.argv);
  const runStart = performance.now();
  const results: Record<string, Awaited<ReturnType<typeof runTarget>>> = {};
  for (const label of config.runs) results[label] = await runTarget(label, config);
  setLogRun('all');

  const cpus = os.cpus();
  const { runs, databaseUrl: _url, ...sizes } = config;
  const shortened = (Object.keys(sizes) as (keyof typeof sizes)[]).filter((k) => k !== 'memory' && sizes[k] < DEFAULTS[k]);
  const result = {
    bench: 'sync',
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', platform: process.platform, arch: process.arch, memoryGb: round(os.totalmem() / 2 ** 30, 1) },
    transport: 'loopback-http',
    runs,
    sizes,
    // A run made smaller through BENCH_* gives figures to check the benchmark by, not to decide by.
    shortRun: shortened.length > 0,
    shortened,
    results,
    missed: Object.entries(results).flatMap(([label, r]) => r.missed.map((name) => `${label}.${name}`)),
    runSeconds: round(elapsedSeconds(runStart), 1),
    notes: notes(config),
  };

  const line = JSON.stringify(result);
  process.stdout.write(`${line}\n`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'sync.json');
  await writeFile(`${file}.tmp`, `${line}\n`);
  await rename(`${file}.tmp`, file);
  log(`written to ${path.relative(process.cwd(), file)}`);
  clearTimeout(watchdog);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
