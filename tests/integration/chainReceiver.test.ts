/**
 * The chain analysis server's door, attacked: a member's key cannot write
 * into this server's own organisations or another member's, cannot take a
 * team id another organisation sent, and nothing malformed gets a 500 or is
 * stored.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { errorBody } from '#shared/protocol.ts';
import { SNAPSHOT_FIELDS } from '#shared/snapshots/fields.ts';
import type { PublishedSnapshot } from '#shared/snapshots/api.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_COORDINATOR_KEY, type TestServer } from '#tests/helpers/testServer.ts';

const admin = { authorization: `Bearer ${TEST_COORDINATOR_KEY}` };

async function chainWithKeys(server: TestServer, keys: number): Promise<{ chainId: string; keys: string[] }> {
  const chain = (await server.app.inject({ method: 'POST', url: '/api/admin/chains', headers: admin, payload: { name: 'Keten' } })).json<{ id: string }>();
  const made: string[] = [];
  for (let i = 0; i < keys; i += 1) made.push((await server.app.inject({ method: 'POST', url: `/api/admin/chains/${chain.id}/keys`, headers: admin, payload: {} })).json<{ key: string }>().key);
  return { chainId: chain.id, keys: made };
}

function team(organisationId: string, overrides: Partial<PublishedSnapshot> = {}): PublishedSnapshot {
  return {
    scope: 'team',
    id: uuidv7(),
    name: 'Team X',
    organisationId,
    organisationName: 'Leverancier',
    siteId: uuidv7(),
    siteName: 'Gent',
    period: '2026-W47',
    version: 1,
    fields: Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, { value: 90, reason: null }])) as PublishedSnapshot['fields'],
    stations: [],
    ...overrides,
  };
}

const push = (server: TestServer, chainId: string, key: string, snapshots: unknown[]) =>
  server.app.inject({ method: 'POST', url: `/api/chains/${chainId}/snapshots`, headers: { authorization: `Bearer ${key}` }, payload: { type: 'chainSnapshots', schemaVersion: 1, snapshots } });

const stored = async (server: TestServer) => (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM chain_snapshots'))[0]?.n;

describeEachEngine('the chain receiver, attacked', (engine) => {
  const server = useTestServer(engine);

  it("refuses a snapshot filed under one of this server's own organisations", async () => {
    const { chainId, keys } = await chainWithKeys(server, 1);
    const [own] = await server.db.query<{ id: string }>('SELECT id FROM organisations LIMIT 1');
    const res = await push(server, chainId, keys[0] ?? '', [team(own?.id ?? '', { name: 'FAKE TEAM' })]);
    expect(res.statusCode).toBe(409);
    expect(errorBody.parse(res.json()).code).toBe('chain_organisation_taken');
    expect(await stored(server)).toBe(0);
  });

  it("lets a key send for its own organisation only, and never take another's team", async () => {
    const { chainId, keys } = await chainWithKeys(server, 2);
    const [first = '', second = ''] = keys;
    const supplier = uuidv7();
    const sent = team(supplier);
    expect((await push(server, chainId, first, [sent])).statusCode).toBe(200);
    // The second member's key tries the first member's organisation, then the first member's team under its own.
    expect((await push(server, chainId, second, [team(supplier)])).statusCode).toBe(409);
    expect((await push(server, chainId, second, [{ ...sent, organisationId: uuidv7(), version: 2, name: 'Overgenomen' }])).statusCode).toBe(409);
    const rows = await server.db.query<{ name: string; version: number }>("SELECT snapshot->>'name' AS name, version FROM chain_snapshots");
    expect(rows).toEqual([{ name: 'Team X', version: 1 }]);
    // The same again is "unchanged"; a newer version replaces it.
    expect((await push(server, chainId, first, [sent])).json()).toMatchObject({ stored: 0, unchanged: 1 });
    expect((await push(server, chainId, first, [{ ...sent, version: 2 }])).json()).toMatchObject({ stored: 1, unchanged: 0 });
  });

  it('answers malformed bodies with 400 and a message, never 500, storing nothing', async () => {
    const { chainId, keys } = await chainWithKeys(server, 1);
    const key = keys[0] ?? '';
    const org = uuidv7();
    const duplicate = team(org);
    const bodies: unknown[][] = [
      [team(org, { id: 'not-a-uuid' })],
      [team('not-a-uuid')],
      [team(org, { version: 2 ** 40 })],
      [duplicate, duplicate],
      [team(org, { period: '2026-W99' })],
      [team(org, { organisationName: null })],
      [team(org, { scope: 'chain' })],
      [team(org, { name: 'x'.repeat(201) })],
      [],
    ];
    for (const body of bodies) {
      const res = await push(server, chainId, key, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(errorBody.parse(res.json()).message.length).toBeGreaterThan(10);
    }
    expect(await stored(server)).toBe(0);
  });

  it('refuses a stranger before reading the body, with the same answer for every chain', async () => {
    const { chainId } = await chainWithKeys(server, 1);
    const big = JSON.stringify({ type: 'chainSnapshots', schemaVersion: 1, snapshots: [], pad: 'x'.repeat(3_000_000) });
    const stranger = await server.app.inject({ method: 'POST', url: `/api/chains/${chainId}/snapshots`, headers: { authorization: 'Bearer made-up-key-of-enough-length', 'content-type': 'application/json' }, payload: big });
    const nowhere = await server.app.inject({ method: 'POST', url: `/api/chains/${uuidv7()}/snapshots`, headers: { 'content-type': 'application/json' }, payload: '{}' });
    const notAnId = await server.app.inject({ method: 'POST', url: '/api/chains/abc/snapshots', headers: { 'content-type': 'application/json' }, payload: '{}' });
    for (const res of [stranger, nowhere, notAnId]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(stranger.json());
    }
  });
});
