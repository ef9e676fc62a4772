import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { PROTOCOL_VERSION, type DeviceRole, type EnrolResponse } from '#shared/protocol.ts';
import { buildServer, type ServerOptions } from '#server/http/buildServer.ts';
import { ensureEnrolmentCodes } from '#server/seed/ensureEnrolmentCodes.ts';
import { seedDemo } from '#server/seed/seedDemo.ts';
import { addCoordinatorKeyHash } from '#server/storage/coordinatorStore.ts';
import { DEFAULT_ENROLMENT_CODE_DAYS, openEnrolmentCodes, type OpenCode } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { hashToken } from '#server/tokens.ts';
import { openTestDatabase, type Engine } from './testDatabase.ts';

/** A Wednesday, so the demo week's tasks exist for "today" in every test. */
export const TEST_NOW = new Date(2026, 10, 25, 9, 30);

/** Every test server accepts this as the coordinator key. */
export const TEST_COORDINATOR_KEY = 'test-coordinator-key-not-for-production';

export interface TestServer {
  /** The running app; replaced by restart(). */
  app: FastifyInstance;
  readonly db: SqlDatabase;
  codes: OpenCode[];
  /** An unused one-time code for a demo team and role. */
  freshCode(teamName: string, role: DeviceRole): Promise<string>;
  /** Enrols a device for a demo team and role with a fresh one-time code. */
  enrol(teamName: string, role: DeviceRole): Promise<EnrolResponse>;
  /** A new server process on the same database: in-memory state (clock, waiting polls) starts over. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startTestServer(engine: Engine, options: Partial<Omit<ServerOptions, 'db' | 'newId'>> = {}): Promise<TestServer> {
  const { db, dispose } = await openTestDatabase(engine);
  await seedDemo(db, { now: TEST_NOW, newId: uuidv7 });
  await addCoordinatorKeyHash(db, hashToken(TEST_COORDINATOR_KEY));
  const codeDays = options.enrolmentCodeDays ?? DEFAULT_ENROLMENT_CODE_DAYS;
  const openCodes = async () => {
    await ensureEnrolmentCodes(db, codeDays);
    return openEnrolmentCodes(db, codeDays);
  };
  const server: TestServer = {
    app: await buildServer({ ...options, db, newId: uuidv7 }),
    db,
    codes: await openCodes(),
    async freshCode(teamName, role) {
      server.codes = await openCodes();
      const code = server.codes.find((c) => c.teamName === teamName && c.role === role);
      if (!code) throw new Error(`no ${role} code for ${teamName}`);
      return code.code;
    },
    async enrol(teamName, role) {
      const code = await server.freshCode(teamName, role);
      const res = await server.app.inject({ method: 'POST', url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code } });
      if (res.statusCode !== 200) throw new Error(`enrol failed: ${res.body}`);
      return res.json<EnrolResponse>();
    },
    async restart() {
      await server.app.close();
      server.app = await buildServer({ ...options, db, newId: uuidv7 });
    },
    async dispose() {
      await server.app.close();
      await dispose();
    },
  };
  return server;
}

/** Rows in every table that a bad request must leave alone, to prove it wrote nothing. */
export async function tableCounts(db: SqlDatabase): Promise<Record<string, number>> {
  const tables = ['devices', 'enrolment_codes', 'records', 'sync_log', 'teams', 'blobs', 'blob_uploads'];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    counts[t] = row?.n ?? -1;
  }
  const [used] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enrolment_codes WHERE used_at IS NOT NULL');
  counts['used_codes'] = used?.n ?? -1;
  const [hwm] = await db.query<{ n: number }>('SELECT coalesce(sum(high_water_mark), 0)::int AS n FROM devices');
  counts['high_water_marks'] = hwm?.n ?? -1;
  return counts;
}
