/**
 * The budgets hold against the ways round them a hostile client tries:
 * a fresh random token per request, coordinator key guesses, and guesses
 * spread over many addresses. Addresses are set with inject's remoteAddress.
 */
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { recordVersions } from '#shared/records/registry.ts';
import { PROTOCOL_VERSION, errorBody } from '#shared/protocol.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_COORDINATOR_KEY, type TestServer } from '#tests/helpers/testServer.ts';

const pull = { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() };
const push = { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [] };
const randomToken = () => randomBytes(32).toString('base64url');

function from(server: TestServer, remoteAddress: string) {
  const headers = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    pull: (token: string) => server.app.inject({ method: 'POST', url: '/api/sync/pull', remoteAddress, headers: headers(token), payload: pull }),
    push: (token: string) => server.app.inject({ method: 'POST', url: '/api/sync/push', remoteAddress, headers: headers(token), payload: push }),
    devices: (key: string) => server.app.inject({ method: 'GET', url: '/api/admin/devices', remoteAddress, headers: headers(key) }),
    orders: (key: string) => server.app.inject({ method: 'POST', url: '/api/orders', remoteAddress, headers: headers(key), payload: [] }),
    enrol: (code: string) => server.app.inject({ method: 'POST', url: '/api/enrol', remoteAddress, payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code } }),
  };
}

const codeOf = (res: { json: () => unknown }) => errorBody.parse(res.json()).code;

describeEachEngine('rate limits that random tokens and spread guessers cannot sidestep', (engine) => {
  const minute = 60_000;
  const server = useTestServer(engine, {
    rateLimits: {
      sync: { max: 5, timeWindowMs: minute },
      unverified: { max: 3, timeWindowMs: minute },
      signIn: { max: 3, timeWindowMs: minute },
      coordinator: { max: 4, timeWindowMs: minute },
      coordinatorEveryone: { max: 6, timeWindowMs: minute },
    },
  });

  describe('device routes', () => {
    it('budgets random bearer tokens by address, so a fresh token per request gets 429; a real device elsewhere is unaffected', async () => {
      const device = await server.enrol('Team Montage', 'kiosk');
      const stranger = from(server, '203.0.113.7');
      for (let i = 0; i < 3; i++) expect((await stranger.push(randomToken())).statusCode).toBe(401);

      const before = await tableCounts(server.db);
      const refused = await stranger.push(randomToken());
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(codeOf(refused)).toBe('sync_rate_limited');
      expect((await stranger.pull(randomToken())).statusCode).toBe(429);
      expect(await tableCounts(server.db)).toEqual(before);

      expect((await from(server, '198.51.100.2').pull(device.token)).statusCode).toBe(200);
    });

    it('lets a device it knows keep its own budget on an address that made-up tokens have used up', async () => {
      const device = await server.enrol('Team Montage', 'kiosk');
      const workshop = from(server, '192.0.2.10');
      expect((await workshop.pull(device.token)).statusCode).toBe(200);
      for (let i = 0; i < 3; i++) expect((await workshop.pull(randomToken())).statusCode).toBe(401);
      expect((await workshop.pull(randomToken())).statusCode).toBe(429);

      // Its first request moved from the address's budget to its own: four more of its five, then its own 429.
      for (let i = 0; i < 4; i++) expect((await workshop.pull(device.token)).statusCode).toBe(200);
      const own = await workshop.pull(device.token);
      expect(own.statusCode).toBe(429);
      expect(errorBody.parse(own.json()).message).toMatch(/This tablet is asking the server too often/);
    });

    it('gives a real tablet back what its first request paid by address', async () => {
      const workshop = from(server, '192.0.2.20');
      // More tablets than the address budget, each on its first request: none is throttled.
      for (let i = 0; i < 5; i++) {
        const device = await server.enrol('Team Montage', 'kiosk');
        expect((await workshop.pull(device.token)).statusCode).toBe(200);
      }
    });
  });

  describe('coordinator-key routes', () => {
    it('counts wrong keys as sign-in tries per address: the fourth guess, and then even the right key, get 429 there', async () => {
      const guesser = from(server, '203.0.113.50');
      expect((await guesser.devices('wrong-key-1')).statusCode).toBe(401);
      expect((await guesser.orders('wrong-key-2')).statusCode).toBe(401);
      expect((await guesser.devices('wrong-key-3')).statusCode).toBe(401);

      const before = await tableCounts(server.db);
      const refused = await guesser.orders('wrong-key-4');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(codeOf(refused)).toBe('sign_in_rate_limited');
      expect((await guesser.devices(TEST_COORDINATOR_KEY)).statusCode).toBe(429);
      expect(await tableCounts(server.db)).toEqual(before);

      expect((await from(server, '198.51.100.50').devices(TEST_COORDINATOR_KEY)).statusCode).toBe(200);
    });

    it('budgets every coordinator request per address, right key or not', async () => {
      const script = from(server, '198.51.100.60');
      for (let i = 0; i < 4; i++) expect((await script.devices(TEST_COORDINATOR_KEY)).statusCode).toBe(200);
      const refused = await script.devices(TEST_COORDINATOR_KEY);
      expect(refused.statusCode).toBe(429);
      expect(codeOf(refused)).toBe('coordinator_rate_limited');
    });

    it('has one budget for all addresses together, so a guesser spread over many addresses is slowed too', async () => {
      for (let i = 1; i <= 6; i++) expect((await from(server, `203.0.113.${String(100 + i)}`).devices(`guess-${String(i)}`)).statusCode).toBe(401);
      const before = await tableCounts(server.db);
      const refused = await from(server, '203.0.113.120').orders('guess-7');
      expect(refused.statusCode).toBe(429);
      expect(codeOf(refused)).toBe('coordinator_rate_limited');
      expect(errorBody.parse(refused.json()).message).toMatch(/at the server right now/);
      expect(await tableCounts(server.db)).toEqual(before);
    });
  });
});

describeEachEngine('enrolment budget for all addresses together', (engine) => {
  const server = useTestServer(engine, { rateLimits: { enrolEveryone: { max: 3, timeWindowMs: 60_000 } } });

  it('refuses a guesser on many addresses once the budget is spent, and uses up no code', async () => {
    for (let i = 1; i <= 3; i++) expect((await from(server, `203.0.113.${String(200 + i)}`).enrol('ZZZZ-ZZZZ')).statusCode).toBe(404);
    const code = await server.freshCode('Team Montage', 'kiosk');
    const before = await tableCounts(server.db);
    const refused = await from(server, '198.51.100.70').enrol(code);
    expect(refused.statusCode).toBe(429);
    expect(codeOf(refused)).toBe('enrol_rate_limited');
    expect(await tableCounts(server.db)).toEqual(before);
  });
});
