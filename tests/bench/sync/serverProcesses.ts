/**
 * The coordinator as `npm start` runs it, in processes of its own:
 * `src/server/main.ts` with `SCHAKEL_PROCESSES=N` on Postgres, in a schema
 * made for this run and dropped after it. The benchmark keeps a connection
 * of its own to the same schema for setup and checks; it cannot see inside
 * the server, so such a target has no meters.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEFAULT_ENROLMENT_CODE_DAYS, openEnrolmentCodes } from '#server/storage/deviceStore.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import { freePort, startServer } from '#tests/helpers/serverProcess.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';

export function newBenchSchema(): string {
  return `bench_sync_${randomBytes(5).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
}

export async function startServerProcesses(url: string, processes: number): Promise<BenchTarget> {
  const schema = newBenchSchema();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'schakel-bench-'));
  // Demo history off: the in-process targets seed without it too.
  const server = await startServer({
    port: await freePort(),
    dataDir,
    env: { DATABASE_URL: url, SCHAKEL_DATABASE_SCHEMA: schema, SCHAKEL_PROCESSES: String(processes), SCHAKEL_DEMO_HISTORY: '0' },
  });
  const db = await openPostgres(url, schema);
  return {
    label: `postgres-${String(processes)}`,
    storage: 'postgres',
    processes,
    db,
    baseUrl: server.url,
    codes: await openEnrolmentCodes(db, DEFAULT_ENROLMENT_CODE_DAYS),
    meters: null,
    async close() {
      await server.stop();
      await db.close();
      await dropSchema(url, schema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
