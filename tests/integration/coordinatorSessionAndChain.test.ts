/**
 * The dashboard's sign-in and bad input, and sending snapshots to a chain
 * analysis server: two coordinator servers in one process, the receiver
 * stopped half-way and started again, and in the end both hold the same
 * snapshots, once.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ChainSender } from '#server/snapshots/chainSender.ts';
import { seedDemoHistory } from '#server/seed/demoHistory.ts';
import { PROTOCOL_VERSION, errorBody } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records.ts';
import type { PublishedSnapshot } from '#shared/snapshots/api.ts';
import { isFinished } from '#shared/snapshots/periods.ts';
import { localDay } from '#shared/time.ts';
import { inProcessFetch, type Fault } from '#tests/helpers/inProcessFetch.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_COORDINATOR_KEY, TEST_NOW, startTestServer, tableCounts, type TestServer } from '#tests/helpers/testServer.ts';

const WEEK = '2026-W47';

async function signIn(server: TestServer): Promise<string> {
  const res = await server.app.inject({ method: 'POST', url: '/api/coordinator/session', payload: { key: TEST_COORDINATOR_KEY } });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'schakel_coordinator');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/' });
  expect(cookie?.expires).toBeInstanceOf(Date);
  return `schakel_coordinator=${cookie?.value ?? ''}`;
}

async function seedHistory(server: TestServer): Promise<void> {
  const [org] = await server.db.query<{ id: string }>('SELECT id FROM organisations LIMIT 1');
  await seedDemoHistory(server.db, { now: TEST_NOW, newId: uuidv7, workshopOrganisationId: org?.id ?? '' });
}

describeEachEngine('coordinator sessions and bad input', (engine) => {
  const server = useTestServer(engine, () => ({ now: () => TEST_NOW, rateLimits: { sync: { max: 600, timeWindowMs: 60_000 }, enrol: { max: 20, timeWindowMs: 60_000 }, signIn: { max: 3, timeWindowMs: 60_000 } } }));

  it('signs in for a cookie, signs out, and refuses a forged or ended session', async () => {
    await seedHistory(server);
    const cookie = await signIn(server);
    expect((await server.app.inject({ url: '/api/coordinator/session', headers: { cookie } })).statusCode).toBe(200);
    expect((await server.app.inject({ url: `/api/coordinator/snapshots?period=${WEEK}`, headers: { cookie } })).statusCode).toBe(200);
    // The fleet API takes the cookie as well as the key.
    expect((await server.app.inject({ url: '/api/admin/devices', headers: { cookie } })).statusCode).toBe(200);
    const forged = await server.app.inject({ url: `/api/coordinator/snapshots?period=${WEEK}`, headers: { cookie: 'schakel_coordinator=forged-token-value' } });
    expect(forged.statusCode).toBe(401);
    expect(errorBody.parse(forged.json()).code).toBe('coordinator_session_needed');
    await server.db.query("UPDATE coordinator_sessions SET expires_at = now() - interval '1 minute'");
    expect((await server.app.inject({ url: `/api/coordinator/snapshots?period=${WEEK}`, headers: { cookie } })).statusCode).toBe(401);
    // A change sent from another site with the cookie is refused, by Origin or by the browser's Sec-Fetch-Site.
    const live = await signIn(server);
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await server.app.inject({ method: 'POST', url: '/api/admin/enrolment-codes', headers: { cookie: live, ...headers }, payload: { teamId: uuidv7(), role: 'kiosk', protocolVersion: PROTOCOL_VERSION } });
      expect(res.statusCode).toBe(401);
      expect(errorBody.parse(res.json()).code).toBe('coordinator_cross_site');
    }
    const again = await signIn(server);
    expect((await server.app.inject({ method: 'DELETE', url: '/api/coordinator/session', headers: { cookie: again } })).statusCode).toBe(204);
    expect((await server.app.inject({ url: `/api/coordinator/snapshots?period=${WEEK}`, headers: { cookie: again } })).statusCode).toBe(401);
  });

  it('lists each tablet with the changes it still had waiting when it last synced', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const pull = await server.app.inject({ method: 'POST', url: '/api/sync/pull', headers: { authorization: `Bearer ${kiosk.token}` }, payload: { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions(), changesWaiting: 3 } });
    expect(pull.statusCode).toBe(200);
    const cookie = await signIn(server);
    const fleet = (await server.app.inject({ url: '/api/admin/devices', headers: { cookie } })).json<{ devices: { id: string; changesWaiting: number | null }[] }>();
    expect(fleet.devices.find((d) => d.id === kiosk.deviceId)?.changesWaiting).toBe(3);
  });

  it('answers a wrong key with 401 and, past the budget, 429 — even for the right key', async () => {
    for (let i = 0; i < 3; i += 1) {
      const res = await server.app.inject({ method: 'POST', url: '/api/coordinator/session', payload: { key: `wrong-key-${String(i)}` } });
      expect(res.statusCode).toBe(401);
      expect(errorBody.parse(res.json()).code).toBe('coordinator_key_wrong');
    }
    const limited = await server.app.inject({ method: 'POST', url: '/api/coordinator/session', payload: { key: TEST_COORDINATOR_KEY } });
    expect(limited.statusCode).toBe(429);
    expect(errorBody.parse(limited.json()).code).toBe('sign_in_rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await server.db.query('SELECT 1 FROM coordinator_sessions')).toHaveLength(0);
  });

  it('refuses unknown weeks and subjects and malformed exports with a 4xx and a message, writing nothing', async () => {
    await seedHistory(server);
    const cookie = await signIn(server);
    const before = await tableCounts(server.db);
    const cases: [string, number][] = [
      ['/api/coordinator/snapshots?period=2030-W10', 404],
      // The running week (the test's "now" is a Wednesday of 2026-W48), and the block it is in.
      ['/api/coordinator/snapshots?period=2026-W48', 404],
      ['/api/coordinator/snapshots?period=2026-B12', 404],
      [`/api/coordinator/export?period=2026-W48&format=json`, 404],
      ['/api/coordinator/snapshots?period=0001-W01', 400],
      ['/api/coordinator/snapshots?period=2026-W54', 400],
      ['/api/coordinator/snapshots', 400],
      [`/api/coordinator/trend?scope=organisation&id=${uuidv7()}&weeks=13`, 404],
      [`/api/coordinator/export?period=${WEEK}&format=xlsx`, 400],
      [`/api/coordinator/export?period=${WEEK}`, 400],
      ['/api/coordinator/export?period=2030-W10&format=csv', 404],
    ];
    for (const [url, status] of cases) {
      const res = await server.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(status);
      expect(errorBody.parse(res.json()).message.length, url).toBeGreaterThan(10);
    }
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('serves a versioned JSON Schema that the JSON export validates against', async () => {
    await seedHistory(server);
    const cookie = await signIn(server);
    const schema = (await server.app.inject({ url: '/api/coordinator/export/schema.json' })).json<Record<string, unknown>>();
    expect(schema['$id']).toMatch(/snapshot-export\/v1\.json$/);
    const exported = (await server.app.inject({ url: `/api/coordinator/export?period=${WEEK}&format=json`, headers: { cookie } })).json<unknown>();
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    // And the validator is not a rubber stamp.
    expect(validate({ ...(exported as object), schemaVersion: 2 })).toBe(false);
  });
});

describeEachEngine('sync to the chain analysis', (engine) => {
  const sender = useTestServer(engine, () => ({ now: () => TEST_NOW }));

  it('sends every export-grade snapshot once, keeps trying while the receiver is down, and both end with the same', async () => {
    const receiver = await startTestServer(engine, { now: () => TEST_NOW });
    try {
      const admin = { authorization: `Bearer ${TEST_COORDINATOR_KEY}` };
      const chain = (await receiver.app.inject({ method: 'POST', url: '/api/admin/chains', headers: admin, payload: { name: 'Keten Kust' } })).json<{ id: string }>();
      const { key } = (await receiver.app.inject({ method: 'POST', url: `/api/admin/chains/${chain.id}/keys`, headers: admin, payload: {} })).json<{ key: string }>();
      // Another chain's key is refused like a made-up one, and tells nothing about this chain.
      const other = (await receiver.app.inject({ method: 'POST', url: '/api/admin/chains', headers: admin, payload: { name: 'Andere keten' } })).json<{ id: string }>();
      const otherKey = (await receiver.app.inject({ method: 'POST', url: `/api/admin/chains/${other.id}/keys`, headers: admin, payload: {} })).json<{ key: string }>().key;
      const foreign = await receiver.app.inject({ method: 'POST', url: `/api/chains/${chain.id}/snapshots`, headers: { authorization: `Bearer ${otherKey}` }, payload: { type: 'chainSnapshots', schemaVersion: 1, snapshots: [] } });
      const unknown = await receiver.app.inject({ method: 'POST', url: `/api/chains/${uuidv7()}/snapshots`, headers: { authorization: `Bearer ${otherKey}` }, payload: {} });
      expect(foreign.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(foreign.json()).toEqual(unknown.json());

      // The sender's history: a year of it is not needed, eight weeks of two teams is.
      await seedHistory(sender);
      let down = false;
      let calls = 0;
      const faults = { next: (): Fault | null => (down ? 'offline' : null) };
      const fetchToReceiver = inProcessFetch(() => receiver.app, faults);
      const countingFetch: typeof fetch = (input, init) => {
        calls += 1;
        // The receiver goes down after the first period arrived.
        if (calls === 2) down = true;
        return fetchToReceiver(input, init);
      };
      const chainSender = new ChainSender({ db: sender.db, url: `http://receiver/api/chains/${chain.id}`, key, now: () => new Date(), fetch: countingFetch });
      await sender.app.close();
      sender.app = await (await import('#server/http/buildServer.ts')).buildServer({ db: sender.db, newId: uuidv7, now: () => TEST_NOW, chainSender });

      const cookie = await signIn(sender);
      const first = await sender.app.inject({ method: 'POST', url: '/api/coordinator/chain-sync', headers: { cookie }, payload: {} });
      expect(first.statusCode).toBe(502);
      expect(errorBody.parse(first.json()).code).toBe('chain_unreachable');
      const status = (await sender.app.inject({ url: '/api/coordinator/overview', headers: { cookie } })).json<{ chainSync: { waiting: number; lastError: string | null; nextTryAt: string | null } }>().chainSync;
      expect(status.waiting).toBeGreaterThan(0);
      expect(status.lastError).not.toBeNull();
      expect(status.nextTryAt).not.toBeNull();

      // The receiver restarts (a new process on the same database) and comes back.
      await receiver.restart();
      down = false;
      const second = await sender.app.inject({ method: 'POST', url: '/api/coordinator/chain-sync', headers: { cookie }, payload: {} });
      expect(second.statusCode).toBe(200);
      expect(second.json<{ waiting: number }>().waiting).toBe(0);
      // Nothing more to send: a third run sends nothing.
      const callsBefore = calls;
      const third = await sender.app.inject({ method: 'POST', url: '/api/coordinator/chain-sync', headers: { cookie }, payload: {} });
      expect(third.json<{ sent: number }>().sent).toBe(0);
      expect(calls).toBe(callsBefore);

      const held = await receiver.db.query<{ scope: string; subject_id: string; period: string; version: number; n: number }>(
        'SELECT scope, subject_id, period, version, count(*) OVER (PARTITION BY scope, subject_id, period)::int AS n FROM chain_snapshots ORDER BY scope, subject_id, period',
      );
      const sent = await sender.db.query<{ team_id: string; period: string; version: number }>('SELECT team_id, period, version FROM snapshots ORDER BY team_id, period');
      expect(held.every((r) => r.n === 1)).toBe(true);
      const heldTeams = held.filter((r) => r.scope === 'team').map((r) => `${r.subject_id}|${r.period}|${String(r.version)}`);
      // Every finished period went; the running week and the weeks after it wait until they are over.
      const today = localDay(new Date());
      const finished = sent.filter((r) => isFinished(r.period, today));
      expect(finished.length).toBeLessThan(sent.length);
      expect(heldTeams.sort()).toEqual(finished.map((r) => `${r.team_id}|${r.period}|${String(r.version)}`).sort());

      // The receiver's dashboard shows the member organisation beside its own, with its teams.
      const receiverCookie = await signIn(receiver);
      const week = (await receiver.app.inject({ url: `/api/coordinator/snapshots?period=${WEEK}`, headers: { cookie: receiverCookie } })).json<{ teams: PublishedSnapshot[]; organisations: PublishedSnapshot[] }>();
      expect(week.teams.map((t) => t.name)).toEqual(expect.arrayContaining(['Team Sorteren', 'Team Herstel']));
      expect(week.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Kringloop Noord (demo)']));
      // What arrived is export grade: under 10 respondents, no well-being figure.
      for (const t of week.teams) if (t.fields.wbMean.value !== null) expect(t.fields.respondents.value).toBeGreaterThanOrEqual(10);
    } finally {
      await receiver.dispose();
    }
  });
});
