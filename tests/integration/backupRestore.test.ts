/**
 * README, "Running for a whole chain", Backups: the commands it gives, run
 * as written. A coordinator process on Postgres serves two kiosks; the
 * schema is dumped with `pg_dump` while it runs; more is synced; the dump
 * is restored with `pg_restore` into an empty database and the coordinator
 * started on it. The tablets' tokens still work, everything up to the dump
 * is there, a tablet's pull gives it exactly the server's state (even once
 * the team's sequence has grown past the cursor it held), pushes go
 * on, and the coordinator key still opens the admin API. What the server
 * acknowledged after the dump is gone: a tablet less than a batch of
 * changes ahead carries on, one further ahead is refused with
 * `sequence_gap` until it is enrolled again.
 *
 * Postgres only (PGlite's backup is its data folder), with the pg_dump and
 * pg_restore of the machine's PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { SchakelDb } from '#db/SchakelDb.ts';
import { writeLocalBatch } from '#db/localWrite.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import { MAX_SEQ_STEP, PROTOCOL_VERSION } from '#shared/protocol.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { SyncClient } from '#sync/SyncClient.ts';
import { TransportError } from '#sync/Transport.ts';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';
import { TEST_COORDINATOR_KEY } from '#tests/helpers/testServer.ts';

const run = promisify(execFile);
const url = process.env['DATABASE_URL'];

interface Tablet {
  readonly db: SchakelDb;
  readonly client: SyncClient;
  /** Finishes `count` tasks, in one local write. Returns the completions' ids. */
  finish(count: number): Promise<string[]>;
  enrolAgain(code: string): Promise<void>;
}

async function tablet(server: () => RunningServer, code: string): Promise<Tablet> {
  const db = new SchakelDb(`backup-${uuidv7()}`);
  // A getter: the tablet keeps its address while the server behind it is restored.
  const transport = httpTransport('http://coordinator.test', (input, init) => {
    const asked = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(new URL(asked.pathname + asked.search, server().url), init);
  });
  await enrolDevice(db, transport, { code, now: new Date() });
  const client = new SyncClient(db, transport, () => new Date());
  await client.sync();
  return {
    db,
    client,
    async finish(count) {
      const [member] = await db.members.toArray();
      const [task] = await db.tasks.toArray();
      if (!member || !task) throw new Error('the tablet has no member or task');
      const ids = Array.from({ length: count }, () => uuidv7());
      const now = new Date();
      await writeLocalBatch(
        db,
        ids.map((id) => ({ kind: 'taskCompletion', op: 'insert', record: { id, teamId: task.teamId, taskId: task.id, memberId: member.id, good: 3, rejected: 0, completedAt: now.toISOString() } }) as const),
        { actorMemberId: member.id, now, newId: uuidv7 },
      );
      return ids;
    },
    enrolAgain: (newCode) => enrolDevice(db, transport, { code: newCode, now: new Date() }),
  };
}

function codeOf(server: RunningServer, team: string): string {
  const code = server.codes.find((c) => c.team === team && c.role === 'kiosk')?.code;
  if (!code) throw new Error(`the server printed no kiosk code for ${team}:\n${server.output}`);
  return code;
}

describe.skipIf(!url)('a backup with pg_dump, restored with pg_restore (skipped without DATABASE_URL)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  });

  it('brings the coordinator back with every change up to the dump, the tablets still enrolled, and sequence_gap for a tablet far ahead', async () => {
    const databaseUrl = url ?? '';
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const restoredName = `restore_${randomBytes(6).toString('hex')}`;
    const restoredUrl = Object.assign(new URL(databaseUrl), { pathname: `/${restoredName}` }).href;
    const work = mkdtempSync(path.join(tmpdir(), 'schakel-backup-'));
    const dumpFile = path.join(work, 'schakel.dump');
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    cleanups.push(async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
      await admin.end();
      rmSync(work, { recursive: true, force: true });
    });
    const port = await freePort();
    const env = (database: string) => ({ DATABASE_URL: database, SCHAKEL_DATABASE_SCHEMA: schema, SCHAKEL_COORDINATOR_KEY: TEST_COORDINATOR_KEY, SCHAKEL_DEMO_HISTORY: '0' });

    let server = await startServer({ port, dataDir: path.join(work, 'data'), env: env(databaseUrl) });
    cleanups.push(() => server.stop());
    const near = await tablet(() => server, codeOf(server, 'Team Verpakking'));
    const far = await tablet(() => server, codeOf(server, 'Team Montage'));
    const beforeDump = [...(await near.finish(3)), ...(await far.finish(2))];
    await near.client.sync();
    await far.client.sync();

    // While the server runs, as the README says.
    await run('pg_dump', ['--format=custom', `--schema=${schema}`, '-f', dumpFile, databaseUrl]);

    // Acknowledged after the dump: the tablets drop them from their outboxes.
    const nearLost = await near.finish(2);
    await near.client.sync();
    const farLost = await far.finish(MAX_SEQ_STEP + 1);
    await far.client.sync();
    expect(await near.db.outbox.count()).toBe(0);
    expect(await far.db.outbox.count()).toBe(0);
    await server.stop();

    await admin.query(`CREATE DATABASE ${restoredName}`);
    await run('pg_restore', [`--dbname=${restoredUrl}`, '--no-owner', dumpFile]);
    server = await startServer({ port, dataDir: path.join(work, 'data'), env: env(restoredUrl) });

    const restored = await openPostgres(restoredUrl, schema);
    cleanups.push(() => restored.close());
    const completionIds = async () => new Set((await restored.query<{ id: string }>("SELECT id FROM records WHERE kind = 'taskCompletion'")).map((r) => r.id));
    const onServer = await completionIds();
    expect(beforeDump.filter((id) => !onServer.has(id)), 'changes from before the dump').toEqual([]);
    expect([...nearLost, ...farLost].filter((id) => onServer.has(id)), 'changes acknowledged after the dump').toEqual([]);

    // The near tablet's long poll answers at once that there is something to pull: its cursor is
    // past what this database ever handed out, so no news will come for it.
    const nearCursor = (await near.db.syncState.get('self'))?.cursor ?? null;
    const wait = await fetch(`${server.url}/api/sync/wait`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await near.db.device.get('self'))?.token ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor: nearCursor }),
    });
    expect(await wait.json()).toMatchObject({ type: 'waitResult', changed: true });

    // Another tablet of the team pushes first, so the team's sequence passes the cursor the near
    // tablet got after the dump: that cursor must still be seen as one this database never gave.
    const self = await near.db.device.get('self');
    const made = await fetch(`${server.url}/api/admin/enrolment-codes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_COORDINATOR_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, teamId: self?.team.id, role: 'kiosk' }),
    });
    expect(made.status).toBe(200);
    const other = await tablet(() => server, ((await made.json()) as { code: string }).code);
    await other.finish(nearLost.length + 3);
    await other.client.sync();
    const [team] = await restored.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1', [self?.team.id]);
    expect(Number(team?.seq), 'the team sequence has passed the near tablet').toBeGreaterThan((await near.db.syncState.get('self'))?.cursor ?? Infinity);

    // Its token still works; its pull resets it to exactly what the server holds, its lost changes gone from it too.
    await near.client.sync();
    const teamCompletions = async (teamName: string) =>
      (await restored.query<{ id: string }>("SELECT r.id FROM records r JOIN teams t ON t.id = r.team_id WHERE r.kind = 'taskCompletion' AND t.name = $1 ORDER BY r.id", [teamName])).map((r) => r.id);
    const onTablet = async (t: Tablet) => (await t.db.taskCompletions.toArray()).map((c) => c.id).sort();
    expect(await onTablet(near)).toEqual(await teamCompletions('Team Verpakking'));
    const [afterRestore = ''] = await near.finish(1);
    await near.client.sync();
    expect(await near.db.outbox.count()).toBe(0);
    expect((await completionIds()).has(afterRestore), 'a push after the restore').toBe(true);

    // More than a batch ahead of what the server has of it: refused, and the change waits.
    const [waiting = ''] = await far.finish(1);
    const refusal = await far.client.sync().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(TransportError);
    expect(refusal).toMatchObject({ code: 'sequence_gap' });
    expect(await far.db.outbox.count()).toBe(1);
    // Enrolled again with a code the restored server printed, it numbers its changes afresh and they arrive.
    await far.enrolAgain(codeOf(server, 'Team Montage'));
    await far.client.sync();
    expect(await far.db.outbox.count()).toBe(0);
    expect((await completionIds()).has(waiting)).toBe(true);
    expect(await onTablet(far)).toEqual(await teamCompletions('Team Montage'));

    // The coordinator key's hash came back with the data.
    const devices = await fetch(`${server.url}/api/admin/devices`, { headers: { authorization: `Bearer ${TEST_COORDINATOR_KEY}` } });
    expect(devices.status).toBe(200);
  }, 180_000);
});
