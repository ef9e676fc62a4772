/**
 * The coordinator as the benchmarks run it in their own process: PGlite (on
 * disk in a temporary folder, as `npm start` keeps it, unless asked for
 * memory) or Postgres in a schema of its own, migrated and seeded with the
 * demo workshop, listening on 127.0.0.1 on a free port. Keeps meters of the
 * time spent in route handlers and in the database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { buildServer } from '#server/http/buildServer.ts';
import { DEFAULT_RATE_LIMITS } from '#server/http/rateLimits.ts';
import { ensureEnrolmentCodes } from '#server/seed/ensureEnrolmentCodes.ts';
import { seedDemo } from '#server/seed/seedDemo.ts';
import { migrate } from '#server/storage/migrate.ts';
import { openPglite } from '#server/storage/pgliteDatabase.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { DEFAULT_ENROLMENT_CODE_DAYS, openEnrolmentCodes, type OpenCode } from '#server/storage/deviceStore.ts';
import { Meter, timedDatabase } from './meters.ts';

export type BenchStorage = 'pglite-disk' | 'pglite-memory' | 'postgres';

/** Where the server under test keeps its time, when it runs in the benchmark's own process. */
export interface ServerMeters {
  /** Time inside route handlers' lifecycles (request received to response sent), per URL. */
  readonly routes: ReadonlyMap<string, Meter>;
  /** Time the server spent in top-level database calls and transactions. */
  readonly dbMeter: Meter;
  reset(): void;
}

/** A running coordinator to measure, in this process or in processes of its own. */
export interface BenchTarget {
  /** `pglite-1`, `postgres-1`, `postgres-2`: database and process count, the key of its results. */
  readonly label: string;
  readonly storage: BenchStorage;
  readonly processes: number;
  /** The database without meters, for setup and checks. */
  readonly db: SqlDatabase;
  readonly baseUrl: string;
  readonly codes: readonly OpenCode[];
  /** Null when the server runs in processes of its own: then only the client side is measured. */
  readonly meters: ServerMeters | null;
  close(): Promise<void>;
}

export type BenchDatabase = { readonly engine: 'pglite'; readonly memory: boolean } | { readonly engine: 'postgres'; readonly url: string; readonly schema: string };

export interface BenchServer extends BenchTarget {
  readonly app: FastifyInstance;
  readonly meters: ServerMeters;
}

async function openBenchDatabase(database: BenchDatabase): Promise<{ db: SqlDatabase; storage: BenchStorage; dataDir: string | undefined }> {
  if (database.engine === 'postgres') return { db: await openPostgres(database.url, database.schema), storage: 'postgres', dataDir: undefined };
  const dataDir = database.memory ? undefined : await mkdtemp(path.join(os.tmpdir(), 'schakel-bench-'));
  return { db: await openPglite(dataDir), storage: database.memory ? 'pglite-memory' : 'pglite-disk', dataDir };
}

export async function startBenchServer(database: BenchDatabase): Promise<BenchServer> {
  const { db, storage, dataDir } = await openBenchDatabase(database);
  await migrate(db);
  await seedDemo(db, { now: new Date(), newId: uuidv7 });
  await ensureEnrolmentCodes(db, DEFAULT_ENROLMENT_CODE_DAYS);
  const codes = await openEnrolmentCodes(db, DEFAULT_ENROLMENT_CODE_DAYS);

  const dbMeter = new Meter();
  const routes = new Map<string, Meter>();
  // Production sync budgets stay on (their hook is part of every request); only enrolment, limited
  // per address, is opened up, since hundreds of simulated tablets enrol within seconds.
  const rateLimits = { ...DEFAULT_RATE_LIMITS, enrol: { max: 100_000, timeWindowMs: 60_000 }, enrolEveryone: { max: 100_000, timeWindowMs: 60_000 } };
  const app = await buildServer({ db: timedDatabase(db, dbMeter), newId: uuidv7, rateLimits });
  app.addHook('onResponse', async (request, reply) => {
    const url = request.url.split('?')[0] ?? request.url;
    const meter = routes.get(url) ?? new Meter();
    routes.set(url, meter);
    meter.add(reply.elapsedTime);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a TCP port');

  return {
    app,
    label: `${database.engine}-1`,
    storage,
    processes: 1,
    db,
    baseUrl: `http://127.0.0.1:${String(address.port)}`,
    codes,
    meters: {
      routes,
      dbMeter,
      reset() {
        dbMeter.reset();
        routes.clear();
      },
    },
    async close() {
      await app.close();
      await db.close();
      if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
