/**
 * `npm run bench:snapshots`: how fast the server keeps job-quality
 * snapshots (SNAPSHOTS.md) for a year of a 400-member workshop.
 *
 * Seeds 52 ISO weeks ending with the current one (snapshots/seedYear.ts:
 * 40 teams × 10 members, working days up to today) and measures:
 *
 * 1. fullRecomputeMs: recomputeAllSnapshots on the seeded database, the
 *    first run (no snapshots, no cursors).
 * 2. incrementalMs: one late push of 500 events (end-of-day check-ins and
 *    completions of one team in the week 5 weeks ago, server_seq past its
 *    cursor), then refreshSnapshots. Checks the week's version moved.
 * 3. dashboardMedianMs: median of 20 warm calls of publishedPeriod for the
 *    last full week (what GET /api/coordinator/snapshots answers).
 *
 * On PGlite in memory, and when DATABASE_URL is set also on Postgres in a
 * schema of its own, dropped at the end. Prints one JSON line and writes it
 * to bench/results/snapshots.json; progress goes to stderr. Targets are
 * reported, never asserted. Seeding is timed but is no figure.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { addWeeks } from '#shared/snapshots/periods.ts';
import { publishedPeriod } from '#server/snapshots/snapshotReads.ts';
import { recomputeAllSnapshots, refreshSnapshots } from '#server/snapshots/snapshotStore.ts';
import { migrate } from '#server/storage/migrate.ts';
import { openPglite } from '#server/storage/pgliteDatabase.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { Meter, round, timedDatabase } from './meters.ts';
import { bulkInsert, insertWorkshop, latePush, planWorkshop, teamYear, type TeamYear } from './snapshots/seedYear.ts';

const SEED = 20_260_101;
const LATE_PUSH_EVENTS = 500;
const LATE_WEEKS_AGO = 5;
const DASHBOARD_CALLS = 20;
const DASHBOARD_WARMUP = 2;
const TARGETS = { fullRecomputeMs: 30_000, incrementalMs: 200, dashboardMedianMs: 100 } as const;
const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results');

function log(message: string): void {
  process.stderr.write(`[bench:snapshots] ${message}\n`);
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface EngineResult {
  seedMs: number;
  fullRecomputeMs: number;
  incrementalMs: number;
  dashboardMedianMs: number;
  /** Beside the figures: what each step did, and how much of it was time in the database. */
  detail: {
    fullRecompute: { computed: number; changed: number; dbMs: number };
    incremental: { events: number; week: string; versionBefore: number | null; versionAfter: number | null; versionChanged: boolean; computed: number; changed: number; dbMs: number };
    dashboard: { period: string; teams: number; minMs: number; maxMs: number };
  };
}

async function seed(db: SqlDatabase, engine: string, now: Date): Promise<{ records: number; lateTeam: { id: string; year: TeamYear } }> {
  const plan = planWorkshop(SEED, now);
  await insertWorkshop(db, plan);
  let records = 0;
  let lateTeam: { id: string; year: TeamYear } | undefined;
  for (const [i, team] of plan.teams.entries()) {
    const year = teamYear(SEED + 1 + i, team.id, plan.days);
    await bulkInsert(db, team.id, year.records);
    records += year.records.length;
    if (i === 0) lateTeam = { id: team.id, year };
    if ((i + 1) % 10 === 0) log(`${engine}: seeded ${String(i + 1)}/${String(plan.teams.length)} teams, ${String(records)} records`);
  }
  if (!lateTeam) throw new Error('no teams');
  return { records, lateTeam };
}

async function versionOf(db: SqlDatabase, teamId: string, period: string): Promise<number | null> {
  const [row] = await db.query<{ version: number }>('SELECT version FROM snapshots WHERE team_id = $1 AND period = $2', [teamId, period]);
  return row?.version ?? null;
}

async function runEngine(engine: string, db: SqlDatabase, now: Date): Promise<{ records: number; result: EngineResult }> {
  await migrate(db);
  const t0 = performance.now();
  const { records, lateTeam } = await seed(db, engine, now);
  // Fresh statistics, as a server that has been running would have (autovacuum).
  await db.query('ANALYZE');
  const seedMs = performance.now() - t0;
  log(`${engine}: seeded ${String(records)} records in ${String(round(seedMs / 1000, 1))} s`);

  const dbMeter = new Meter();
  const timed = timedDatabase(db, dbMeter);

  log(`${engine}: full recompute…`);
  const t1 = performance.now();
  const full = await recomputeAllSnapshots(timed);
  const fullRecomputeMs = performance.now() - t1;
  const fullDbMs = dbMeter.ms;
  log(`${engine}: full recompute ${String(round(fullRecomputeMs, 0))} ms (${String(full.computed)} snapshots, db ${String(round(fullDbMs, 0))} ms)`);

  const currentWeek = planWorkshop(SEED, now).currentWeek;
  const lateWeek = addWeeks(currentWeek, -LATE_WEEKS_AGO);
  const push = latePush(SEED - 1, lateTeam.id, lateTeam.year, lateWeek, LATE_PUSH_EVENTS);
  await bulkInsert(db, lateTeam.id, push);
  const versionBefore = await versionOf(db, lateTeam.id, lateWeek);
  dbMeter.reset();
  const t2 = performance.now();
  const incremental = await refreshSnapshots(timed);
  const incrementalMs = performance.now() - t2;
  const incrementalDbMs = dbMeter.ms;
  const versionAfter = await versionOf(db, lateTeam.id, lateWeek);
  const versionChanged = versionBefore !== versionAfter;
  log(`${engine}: late push of ${String(push.length)} events in ${lateWeek}: refresh ${String(round(incrementalMs, 1))} ms (db ${String(round(incrementalDbMs, 1))} ms), ${String(incremental.computed)} computed, ${String(incremental.changed)} changed; week version ${String(versionBefore)} → ${String(versionAfter)}${versionChanged ? '' : ' — DID NOT CHANGE'}`);

  const lastFullWeek = addWeeks(currentWeek, -1);
  let teams = 0;
  for (let i = 0; i < DASHBOARD_WARMUP; i += 1) teams = (await publishedPeriod(db, lastFullWeek)).teams.length;
  const samples: number[] = [];
  for (let i = 0; i < DASHBOARD_CALLS; i += 1) {
    const t = performance.now();
    await publishedPeriod(db, lastFullWeek);
    samples.push(performance.now() - t);
  }
  const dashboardMedianMs = median(samples);
  log(`${engine}: dashboard ${lastFullWeek} median ${String(round(dashboardMedianMs, 1))} ms over ${String(DASHBOARD_CALLS)} calls (${String(teams)} teams)`);

  return {
    records,
    result: {
      seedMs: round(seedMs, 0),
      fullRecomputeMs: round(fullRecomputeMs, 0),
      incrementalMs: round(incrementalMs, 1),
      dashboardMedianMs: round(dashboardMedianMs, 1),
      detail: {
        fullRecompute: { computed: full.computed, changed: full.changed, dbMs: round(fullDbMs, 0) },
        incremental: { events: push.length, week: lateWeek, versionBefore, versionAfter, versionChanged, computed: incremental.computed, changed: incremental.changed, dbMs: round(incrementalDbMs, 1) },
        dashboard: { period: lastFullWeek, teams, minMs: round(Math.min(...samples), 1), maxMs: round(Math.max(...samples), 1) },
      },
    },
  };
}

async function onPostgres(url: string, now: Date): Promise<{ records: number; result: EngineResult }> {
  const schema = `bench_snapshots_${randomBytes(4).toString('hex')}`;
  log(`postgres: schema ${schema}`);
  const db = await openPostgres(url, schema);
  try {
    return await runEngine('postgres', db, now);
  } finally {
    await db.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      log(`postgres: dropped ${schema}`);
    } finally {
      await admin.end();
    }
  }
}

async function main(): Promise<void> {
  const now = new Date();
  const pglite = await openPglite();
  let local: { records: number; result: EngineResult };
  try {
    local = await runEngine('pglite', pglite, now);
  } finally {
    await pglite.close();
  }
  const url = process.env['DATABASE_URL'];
  const remote = url === undefined || url === '' ? null : await onPostgres(url, now);
  if (remote && remote.records !== local.records) throw new Error(`seeded ${String(local.records)} records on PGlite but ${String(remote.records)} on Postgres`);

  const result = {
    bench: 'snapshots',
    records: local.records,
    pglite: local.result,
    postgres: remote?.result ?? null,
    targets: TARGETS,
    load: round(os.loadavg()[0] ?? 0, 2),
  };
  const line = JSON.stringify(result);
  process.stdout.write(`${line}\n`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, 'snapshots.json');
  await writeFile(`${file}.tmp`, `${line}\n`);
  await rename(`${file}.tmp`, file);
  log(`written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:snapshots failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
