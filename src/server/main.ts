/**
 * `npm start`: the coordinator. Opens (and migrates) the database, seeds the
 * demo workshop, makes sure there is a coordinator key, serves the built app
 * and the API, and prints what a person needs to enrol a tablet: the codes
 * made at this start (on a first start, one per team and role), never older
 * ones, since this output ends up in kept logs.
 *
 * With `SCHAKEL_PROCESSES=N` (Postgres only) this process prepares the
 * database, runs the periodic jobs and forks N workers (node:cluster) that
 * share the port and answer the requests.
 */
import cluster from 'node:cluster';
import { uuidv7 } from 'uuidv7';
import { readConfig, type ServerConfig } from './config.ts';
import { forkWorkers } from './forkWorkers.ts';
import type { SqlDatabase } from './storage/SqlDatabase.ts';
import { ensureCoordinatorKey, type CoordinatorKeySource } from './coordinatorKey.ts';
import { buildServer, type ServerOptions } from './http/buildServer.ts';
import { openDatabase } from './openDatabase.ts';
import { ensureEnrolmentCodes } from './seed/ensureEnrolmentCodes.ts';
import { startupCodeLines } from './enrolmentCodeLines.ts';
import { claimDataFolder } from './serverMark.ts';
import { seedDemo } from './seed/seedDemo.ts';
import { JobScheduler, NODE_TIMERS } from './jobs/JobScheduler.ts';
import { tombstoneCompaction } from './jobs/tombstoneCompaction.ts';
import { abandonedUploadCleanup } from './jobs/abandonedUploadCleanup.ts';
import { ChainSender } from './snapshots/chainSender.ts';
import { SnapshotRefresher } from './snapshots/SnapshotRefresher.ts';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  if (cluster.isWorker) return serveWorker(config);
  // On PGlite the folder is this process's alone: a second server, or `npm run codes`, refuses it (serverMark.ts).
  const unmark = config.databaseUrl === undefined ? claimDataFolder(config.dataDir, { pid: process.pid, port: config.port }) : () => undefined;
  process.once('exit', unmark);
  const db = await openDatabase(config);
  const seeded = await seedDemo(db, { now: new Date(), newId: uuidv7, history: config.demoHistory });
  const madeCodes = await ensureEnrolmentCodes(db, config.codeDays);
  const coordinatorKey = await ensureCoordinatorKey(db, { configuredKey: config.coordinatorKey, dataDir: config.dataDir });
  const jobs = new JobScheduler({ timers: NODE_TIMERS, now: () => new Date(), log: (line) => process.stderr.write(`${line}\n`) });
  jobs.add(tombstoneCompaction(db, config.retentionDays));
  jobs.add(abandonedUploadCleanup(db));
  const refresher = new SnapshotRefresher(db);
  jobs.add({ name: 'Snapshot refresh', everyMs: 60_000, run: async () => {
    await refresher.refresh();
  } });
  const chainSender = newChainSender(config, db);
  if (chainSender && config.chain) jobs.add(chainSender.job(refresher, config.chain.everyMinutes * 60_000));

  let stopServing: () => Promise<void>;
  if (config.processes > 1) {
    // The periodic jobs run here, once for the whole server; the workers only answer requests.
    stopServing = await forkWorkers(config.processes);
  } else {
    const app = await buildServer({ ...serverOptions(config, db), jobs, refresher, ...(chainSender ? { chainSender } : {}) });
    await app.listen({ port: config.port, host: config.host });
    stopServing = () => app.close();
  }
  await jobs.start();

  const where = config.databaseUrl === undefined ? `PGlite in ${config.dataDir}` : `PostgreSQL (DATABASE_URL${config.databaseSchema === undefined ? '' : `, schema ${config.databaseSchema}`})`;
  const lines = [
    `Schakel coordinator is running on http://localhost:${String(config.port)}${config.processes > 1 ? ` in ${String(config.processes)} processes` : ''}`,
    `Database: ${where}${seeded.created ? ', demo workshop seeded' : ''}`,
    describeCoordinatorKey(coordinatorKey),
    `Dashboard: http://localhost:${String(config.port)}/coordinator${config.chain ? `; sending snapshots to ${config.chain.url} every ${String(config.chain.everyMinutes)} min` : ''}`,
    ...startupCodeLines(madeCodes, db.engine),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = () => {
    void stopServing()
      .then(() => jobs.stop())
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** A worker of `SCHAKEL_PROCESSES`: the primary has migrated and seeded, so it opens the database and serves. */
async function serveWorker(config: ServerConfig): Promise<void> {
  const db = await openDatabase(config);
  const chainSender = newChainSender(config, db);
  const app = await buildServer({ ...serverOptions(config, db), ...(chainSender ? { chainSender } : {}) });
  await app.listen({ port: config.port, host: config.host });
  // The primary ends its workers with SIGTERM (or disconnect), after which they finish what is in flight.
  const stop = () => {
    void app.close().then(() => db.close()).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);
}

function serverOptions(config: ServerConfig, db: SqlDatabase): ServerOptions {
  return { db, newId: uuidv7, enrolmentCodeDays: config.codeDays, blobQuotaBytes: config.blobQuotaBytes, staticDir: config.staticDir, logger: false, trustProxy: config.trustProxy, connections: config.connections };
}

function newChainSender(config: ServerConfig, db: SqlDatabase): ChainSender | undefined {
  return config.chain ? new ChainSender({ db, url: config.chain.url, key: config.chain.key, now: () => new Date() }) : undefined;
}

/** Says where the key is, never the key itself: start-up output ends up in logs. */
function describeCoordinatorKey(key: CoordinatorKeySource): string {
  switch (key.source) {
    case 'environment':
      return 'Coordinator key: from SCHAKEL_COORDINATOR_KEY';
    case 'generated':
      return `Coordinator key: saved in ${key.path}`;
    case 'existing':
      return key.path === null
        ? 'Coordinator key: its file is gone; set SCHAKEL_COORDINATOR_KEY to choose a new one'
        : `Coordinator key: saved in ${key.path} on first start`;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Schakel could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
