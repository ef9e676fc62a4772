/**
 * Several server processes on one Postgres: two servers on one schema stand
 * in for two processes (each has its own memory: waiting polls, remembered
 * tokens, clock). Postgres only, since PGlite is one process's database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { FastifyInstance } from 'fastify';
import { formatHlc } from '#shared/hlc.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { PROTOCOL_VERSION, type EnrolResponse } from '#shared/protocol.ts';
import { buildServer, type ServerOptions } from '#server/http/buildServer.ts';
import { ensureEnrolmentCodes } from '#server/seed/ensureEnrolmentCodes.ts';
import { seedDemo } from '#server/seed/seedDemo.ts';
import { addCoordinatorKeyHash } from '#server/storage/coordinatorStore.ts';
import { DEFAULT_ENROLMENT_CODE_DAYS, openEnrolmentCodes } from '#server/storage/deviceStore.ts';
import { migrate } from '#server/storage/migrate.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { ServerClock } from '#server/sync/ServerClock.ts';
import { hashToken } from '#server/tokens.ts';
import { TEST_COORDINATOR_KEY, TEST_NOW } from '#tests/helpers/testServer.ts';

const url = process.env['DATABASE_URL'];

/** A server process: its own connection pool, listener and memory, on the shared schema. */
interface Process {
  readonly db: SqlDatabase;
  readonly app: FastifyInstance;
}

describe.skipIf(!url)('two server processes on one Postgres (skipped without DATABASE_URL)', () => {
  let schema = '';
  let processes: Process[] = [];

  beforeEach(async () => {
    schema = `t_${randomBytes(6).toString('hex')}`;
    const db = await openPostgres(url ?? '', schema);
    await migrate(db);
    await seedDemo(db, { now: TEST_NOW, newId: uuidv7 });
    await addCoordinatorKeyHash(db, hashToken(TEST_COORDINATOR_KEY));
    await ensureEnrolmentCodes(db, DEFAULT_ENROLMENT_CODE_DAYS);
    await db.close();
    processes = [];
  });

  afterEach(async () => {
    for (const p of processes) {
      await p.app.close();
      await p.db.close();
    }
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  const start = async (options: Partial<Omit<ServerOptions, 'db' | 'newId'>> = {}): Promise<Process> => {
    const db = await openPostgres(url ?? '', schema);
    const app = await buildServer({ ...options, db, newId: uuidv7, rateLimits: false });
    const p = { db, app };
    processes.push(p);
    return p;
  };

  const post = (p: Process, path: string, payload: object | undefined, token: string) =>
    p.app.inject({ method: 'POST', url: path, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload }) });

  const enrol = async (p: Process, teamName: string): Promise<EnrolResponse> => {
    const code = (await openEnrolmentCodes(p.db, DEFAULT_ENROLMENT_CODE_DAYS)).find((c) => c.teamName === teamName && c.role === 'kiosk');
    const res = await p.app.inject({ method: 'POST', url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: code?.code } });
    expect(res.statusCode).toBe(200);
    return res.json<EnrolResponse>();
  };

  const pull = (p: Process, token: string) => post(p, '/api/sync/pull', { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() }, token);

  /** A task completion of a demo member: a change that is applied, so it wakes the team's polls. */
  const completion = async (db: SqlDatabase, seq: number) => {
    const [member] = await db.query<{ id: string; team_id: string }>("SELECT id, team_id FROM records WHERE kind = 'member' AND data->>'name' = 'Bart'");
    const [task] = await db.query<{ id: string }>("SELECT id FROM records WHERE kind = 'task' AND data->>'memberId' = $1 LIMIT 1", [member?.id]);
    const data = { id: uuidv7(), teamId: member?.team_id, taskId: task?.id, memberId: member?.id, good: 5, rejected: 0, completedAt: '2026-11-25T10:00:00.000Z' };
    return {
      type: 'push',
      protocolVersion: PROTOCOL_VERSION,
      mutations: [{ mutationId: uuidv7(), seq, kind: 'taskCompletion', recordId: data.id, op: 'insert', data, baseVersion: null, hlc: formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'tablet' }), actorMemberId: member?.id, schemaVersion: 1 }],
    };
  };

  it('a push to one process wakes a long poll waiting on the other', async () => {
    const a = await start();
    // Its polls wait far longer than the test may run: only a wake-up from the other process answers it.
    const b = await start({ waitTimeoutMs: 10 * 60_000 });
    const device = await enrol(a, 'Team Verpakking');
    const cursor = (await pull(b, device.token)).json<{ cursor: number }>().cursor;
    const [team] = await b.db.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1', [device.team.id]);
    expect(team?.seq).toBe(cursor);

    // The poll is parked once it has read the team's sequence (and found nothing new): only then push.
    const parked = waitForQuery(b.db, 'SELECT t.seq, d.pull_cursor FROM teams');
    const poll = post(b, '/api/sync/wait', { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor }, device.token);
    await parked;
    const pushed = await post(a, '/api/sync/push', await completion(a.db, 1), device.token);
    expect(pushed.json()).toMatchObject({ results: [{ status: 'applied' }] });

    const woke = await poll;
    expect(woke.statusCode).toBe(200);
    expect(woke.json()).toMatchObject({ type: 'waitResult', changed: true });
  });

  it('a tablet revoked on one process is refused at once by the other, which had just let it in', async () => {
    const a = await start();
    const b = await start();
    const device = await enrol(a, 'Team Montage');
    expect((await pull(b, device.token)).statusCode).toBe(200);

    const revoked = await a.app.inject({ method: 'POST', url: `/api/admin/devices/${device.deviceId}/revoke`, headers: { authorization: `Bearer ${TEST_COORDINATOR_KEY}` } });
    expect(revoked.statusCode).toBe(200);

    const refused = await pull(b, device.token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'device_revoked' });
    const wait = await post(b, '/api/sync/wait', { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor: 0 }, device.token);
    expect(wait.json()).toMatchObject({ code: 'device_revoked' });
  });

  it('a server started after another issued stamps, with its wall clock a minute behind, never stamps behind them', async () => {
    const a = await start();
    const device = await enrol(a, 'Team Verpakking');
    const issued = (await pull(a, device.token)).json<{ serverHlc: string }>().serverHlc;
    // `a` is not closed: it may have been killed with kill -9, or it is still serving beside `b`.
    const behind = Date.now() - 60_000;
    const b = await start({ clock: new ServerClock(() => behind) });
    const first = (await pull(b, device.token)).json<{ serverHlc: string }>().serverHlc;
    expect(first > issued).toBe(true);
    const pushed = await post(b, '/api/sync/push', await completion(b.db, 1), device.token);
    expect(pushed.json<{ serverHlc: string }>().serverHlc > first).toBe(true);
  });
});

/** Resolves when a query starting with `sqlStart` on `db` has answered (the long poll read what it compares with). */
function waitForQuery(db: SqlDatabase, sqlStart: string): Promise<void> {
  const query = db.query.bind(db);
  return new Promise((resolve) => {
    db.query = async <Row extends object>(sql: string, params?: readonly unknown[]) => {
      const rows = await query<Row>(sql, params);
      if (sql.startsWith(sqlStart)) {
        db.query = query;
        resolve();
      }
      return rows;
    };
  });
}
