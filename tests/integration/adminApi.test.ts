/** The coordinator's administration API, its key, and the request budgets that protect sync and enrolment. */
import { recordVersions } from '#shared/records/registry.ts';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { readConfig } from '#server/config.ts';
import { ensureCoordinatorKey } from '#server/coordinatorKey.ts';
import { buildServer } from '#server/http/buildServer.ts';
import { hashToken } from '#server/tokens.ts';
import { formatHlc } from '#shared/hlc.ts';
import {
  PROTOCOL_VERSION,
  adminDeviceResponse,
  adminDevicesResponse,
  enrolmentCodeResponse,
  errorBody,
  type EnrolResponse,
  type Mutation,
} from '#shared/protocol.ts';
import { describeEachEngine, useTestServer, useTestDatabase } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_COORDINATOR_KEY, type TestServer } from '#tests/helpers/testServer.ts';

const pull = { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() };
/** A push that changes the server when it gets through: even a rejected mutation is logged and moves the high-water mark. */
const push = () => ({
  type: 'push',
  protocolVersion: PROTOCOL_VERSION,
  mutations: [
    {
      mutationId: uuidv7(), seq: 1, kind: 'taskCompletion', recordId: uuidv7(), op: 'insert', data: {}, baseVersion: null,
      hlc: formatHlc({ wallMs: 1, counter: 0, node: 'a' }), actorMemberId: null, schemaVersion: 1,
    } satisfies Mutation,
  ],
});

function requests(server: TestServer) {
  // null: no Authorization header at all.
  const headers = (token: string | null) => (token === null ? {} : { authorization: `Bearer ${token}` });
  return {
    get: (url: string, token: string | null = TEST_COORDINATOR_KEY) => server.app.inject({ method: 'GET', url, headers: headers(token) }),
    post: (url: string, payload: object | undefined, token: string | null) =>
      server.app.inject({ method: 'POST', url, headers: headers(token), ...(payload === undefined ? {} : { payload }) }),
    enrolWith: (code: string) => server.app.inject({ method: 'POST', url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code } }),
  };
}

describeEachEngine('coordinator administration', (engine) => {
  const server = useTestServer(engine);
  const api = requests(server);

  const revoke = (id: string, token: string | null = TEST_COORDINATOR_KEY) => api.post(`/api/admin/devices/${id}/revoke`, undefined, token);

  it('lists every enrolled device with its team and role, by team and then enrolment order', async () => {
    const first = await server.enrol('Team Montage', 'kiosk');
    const coach = await server.enrol('Team Verpakking', 'coach');
    const second = await server.enrol('Team Montage', 'coach');

    const res = await api.get('/api/admin/devices');
    expect(res.statusCode).toBe(200);
    const { devices } = adminDevicesResponse.parse(res.json());
    expect(devices.map((d) => [d.id, d.teamName, d.role])).toEqual([
      [first.deviceId, 'Team Montage', 'kiosk'],
      [second.deviceId, 'Team Montage', 'coach'],
      [coach.deviceId, 'Team Verpakking', 'coach'],
    ]);
    expect(devices[0]).toMatchObject({ teamId: first.team.id, revokedAt: null, highWaterMark: 0 });
    expect(devices[0]?.lastSeenAt).not.toBeNull();
  });

  it('switches a device off: its next pull and push get 401 "revoked", other devices carry on', async () => {
    const kiosk = await server.enrol('Team Montage', 'kiosk');
    const other = await server.enrol('Team Montage', 'coach');

    const res = await revoke(kiosk.deviceId);
    expect(res.statusCode).toBe(200);
    const { device } = adminDeviceResponse.parse(res.json());
    expect(device).toMatchObject({ id: kiosk.deviceId, teamName: 'Team Montage', role: 'kiosk' });
    expect(device.revokedAt).not.toBeNull();

    const before = await tableCounts(server.db);
    for (const [url, body] of [['/api/sync/pull', pull], ['/api/sync/push', push()]] as const) {
      const refused = await api.post(url, body, kiosk.token);
      expect(refused.statusCode).toBe(401);
      expect(errorBody.parse(refused.json())).toEqual({ error: 'revoked', code: 'device_revoked', message: expect.stringMatching(/switched off by the coordinator/) as unknown });
    }
    expect(await tableCounts(server.db)).toEqual(before);
    expect((await api.post('/api/sync/pull', pull, other.token)).statusCode).toBe(200);
  });

  it('keeps the first revocation time when a device is switched off twice', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const first = adminDeviceResponse.parse((await revoke(kiosk.deviceId)).json());
    const again = await revoke(kiosk.deviceId);
    expect(again.statusCode).toBe(200);
    expect(adminDeviceResponse.parse(again.json()).device.revokedAt).toBe(first.device.revokedAt);
  });

  it('answers 404 for an unknown device and 400 for a malformed id, switching nothing off', async () => {
    await server.enrol('Team Montage', 'kiosk');
    const before = await server.db.query('SELECT id, revoked_at FROM devices ORDER BY id');

    const unknown = await revoke(uuidv7());
    expect(unknown.statusCode).toBe(404);
    expect(errorBody.parse(unknown.json())).toMatchObject({ error: 'not_found', message: expect.stringMatching(/no device .*reload the device list/) as unknown });

    const malformed = await revoke('not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(errorBody.parse(malformed.json()).message).toMatch(/not a device id/);

    expect(await server.db.query('SELECT id, revoked_at FROM devices ORDER BY id')).toEqual(before);
  });

  it('refuses every admin route without the coordinator key — a device token is not one — and changes nothing', async () => {
    const kiosk = await server.enrol('Team Montage', 'kiosk');
    const before = await tableCounts(server.db);
    for (const token of [null, kiosk.token, 'a-wrong-key-of-plenty-characters']) {
      const attempts = [
        await api.get('/api/admin/devices', token),
        await revoke(kiosk.deviceId, token),
        await api.post('/api/admin/enrolment-codes', { teamId: kiosk.team.id, role: 'coach' }, token),
      ];
      for (const res of attempts) {
        expect(res.statusCode).toBe(401);
        expect(errorBody.parse(res.json())).toEqual({ error: 'unauthorised', code: 'coordinator_key_needed', message: expect.stringMatching(/coordinator key.*coordinator-key\.txt.*data folder/) as unknown });
      }
    }
    expect(await tableCounts(server.db)).toEqual(before);
    expect((await api.post('/api/sync/pull', pull, kiosk.token)).statusCode).toBe(200);
  });

  it('makes a fresh one-time enrolment code for a team and role, which enrols exactly one device', async () => {
    const teamId = server.codes.find((c) => c.teamName === 'Team Verpakking')?.teamId ?? '';
    const res = await api.post('/api/admin/enrolment-codes', { teamId, role: 'coach' }, TEST_COORDINATOR_KEY);
    expect(res.statusCode).toBe(200);
    const made = enrolmentCodeResponse.parse(res.json());
    expect(made).toMatchObject({ role: 'coach', team: { id: teamId, name: 'Team Verpakking' } });
    expect(made.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const enrolled = await api.enrolWith(made.code);
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json<EnrolResponse>()).toMatchObject({ role: 'coach', team: { id: teamId } });
    const again = await api.enrolWith(made.code);
    expect(again.statusCode).toBe(404);
  });

  it('refuses a code for an unknown team (404) or role (400), writing nothing', async () => {
    const teamId = server.codes[0]?.teamId ?? '';
    const before = await tableCounts(server.db);
    const unknownTeam = await api.post('/api/admin/enrolment-codes', { teamId: uuidv7(), role: 'kiosk' }, TEST_COORDINATOR_KEY);
    expect(unknownTeam.statusCode).toBe(404);
    expect(errorBody.parse(unknownTeam.json()).message).toMatch(/no team/);
    const badRole = await api.post('/api/admin/enrolment-codes', { teamId, role: 'admin' }, TEST_COORDINATOR_KEY);
    expect(badRole.statusCode).toBe(400);
    expect(errorBody.parse(badRole.json()).message).toMatch(/not valid at role/);
    expect(await tableCounts(server.db)).toEqual(before);
  });
});

describeEachEngine('request budgets', (engine) => {
  const server = useTestServer(engine, { rateLimits: { sync: { max: 2, timeWindowMs: 60_000 }, enrol: { max: 3, timeWindowMs: 60_000 }, signIn: { max: 3, timeWindowMs: 60_000 } } });
  const api = requests(server);

  it('answers a device over its sync budget with 429 JSON and writes nothing; another device still gets through', async () => {
    const busy = await server.enrol('Team Montage', 'kiosk');
    const calm = await server.enrol('Team Montage', 'coach');
    expect((await api.post('/api/sync/pull', pull, busy.token)).statusCode).toBe(200);
    expect((await api.post('/api/sync/pull', pull, busy.token)).statusCode).toBe(200);

    const before = await tableCounts(server.db);
    const limited = await api.post('/api/sync/push', push(), busy.token);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorBody.parse(limited.json())).toEqual({ error: 'rate_limited', code: 'sync_rate_limited', message: expect.stringMatching(/tries again by itself/) as unknown });
    expect(await tableCounts(server.db)).toEqual(before);

    // The same push from a device with budget left does change the server, so the comparison above means something.
    expect((await api.post('/api/sync/push', push(), calm.token)).statusCode).toBe(200);
    expect(await tableCounts(server.db)).not.toEqual(before);
  });

  it('answers enrolment tries over the budget with 429 and uses up no code', async () => {
    for (let i = 0; i < 3; i++) expect((await api.enrolWith('ZZZZ-ZZZZ')).statusCode).toBe(404);
    const before = await tableCounts(server.db);
    const code = server.codes[0]?.code ?? '';
    const limited = await api.enrolWith(code);
    expect(limited.statusCode).toBe(429);
    expect(errorBody.parse(limited.json())).toEqual({ error: 'rate_limited', code: 'enrol_rate_limited', message: expect.stringMatching(/Too many enrolment tries/) as unknown });
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('does not count admin or health requests', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await api.get('/api/admin/devices')).statusCode).toBe(200);
      expect((await api.get('/api/health', null)).statusCode).toBe(200);
    }
  });
});

describeEachEngine('coordinator key', (engine) => {
  const t = useTestDatabase(engine);
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'schakel-key-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is made on first start, saved for the coordinator only, stored as a hash, and works; later starts make none', async () => {
    const { db } = t;
    const file = path.join(dataDir, 'nested', 'coordinator-key.txt');
    const first = await ensureCoordinatorKey(db, { configuredKey: undefined, dataDir: path.dirname(file) });
    expect(first).toEqual({ source: 'generated', path: file });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const key = (await readFile(file, 'utf8')).trim();
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(await db.query('SELECT hash FROM coordinator_keys')).toEqual([{ hash: hashToken(key) }]);

    expect(await ensureCoordinatorKey(db, { configuredKey: undefined, dataDir: path.dirname(file) })).toEqual({ source: 'existing', path: file });
    expect(await db.query('SELECT hash FROM coordinator_keys')).toHaveLength(1);
    expect((await readFile(file, 'utf8')).trim()).toBe(key);

    const app = await buildServer({ db, newId: uuidv7 });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/admin/devices', headers: { authorization: `Bearer ${key}` } });
      expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('takes a key from SCHAKEL_COORDINATOR_KEY, storing its hash once and writing no file', async () => {
    const { db } = t;
    const configuredKey = 'a-configured-coordinator-key-123';
    for (let i = 0; i < 2; i++) {
      expect(await ensureCoordinatorKey(db, { configuredKey, dataDir })).toEqual({ source: 'environment' });
    }
    expect(await db.query('SELECT hash FROM coordinator_keys')).toEqual([{ hash: hashToken(configuredKey) }]);
    await expect(stat(path.join(dataDir, 'coordinator-key.txt'))).rejects.toThrow();
  });
});

describe('coordinator key configuration', () => {
  it('refuses a SCHAKEL_COORDINATOR_KEY shorter than 24 characters, and treats an empty one as unset', () => {
    expect(() => readConfig({ SCHAKEL_COORDINATOR_KEY: 'short' })).toThrow(/at least 24 characters/);
    expect(readConfig({ SCHAKEL_COORDINATOR_KEY: '' }).coordinatorKey).toBeUndefined();
    expect(readConfig({ SCHAKEL_COORDINATOR_KEY: 'x'.repeat(24) }).coordinatorKey).toBe('x'.repeat(24));
  });
});
