/**
 * Deeply nested JSON is refused as it is read. A push whose data nested 5,000 levels deep used
 * to overflow the stack where the push was merged: a 500, and its whole group commit failed and
 * was redone one push at a time. Now the body parser refuses it (400 invalid_request) before any
 * route sees it, so it never joins a group, and the pushes beside it go through once.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { buildServer } from '#server/http/buildServer.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type PushResponse } from '#shared/protocol.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_NOW } from '#tests/helpers/testServer.ts';

const HLC = formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'kiosk' });

/** A push of one help call whose data carries a field nested `depth` levels deep. */
function pushBody(teamId: string, memberId: string, seq: number, depth: number): string {
  const id = uuidv7();
  const data = { id, teamId, memberId, reason: 'material', calledAt: TEST_NOW.toISOString() };
  const mutation = { mutationId: uuidv7(), seq, kind: 'helpCall', recordId: id, op: 'insert', data, baseVersion: null, hlc: HLC, actorMemberId: null, schemaVersion: 1 };
  const json = JSON.stringify({ type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [mutation] });
  if (depth === 0) return json;
  return json.replace('"reason":', `"nested":${'['.repeat(depth)}${']'.repeat(depth)},"reason":`);
}

/** The database, counting the transactions run on it: a group commit that fails and is redone runs more. */
function counted(db: SqlDatabase): { readonly db: SqlDatabase; readonly transactions: () => number } {
  let transactions = 0;
  const wrapped = new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') {
        return (work: Parameters<SqlDatabase['transaction']>[0]) => {
          transactions += 1;
          return target.transaction(work);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: wrapped, transactions: () => transactions };
}

describeEachEngine('deeply nested JSON', (engine) => {
  const server = useTestServer(engine, { rateLimits: false });

  const send = async (token: string, body: string) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/sync/push', payload: body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    return { status: res.statusCode, body: res.json<PushResponse & { code?: string; message?: string }>() };
  };
  const kiosk = async () => {
    const device = await server.enrol('Team Verpakking', 'kiosk');
    const [member] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'member' LIMIT 1", [device.team.id]);
    return { token: device.token, teamId: device.team.id, memberId: member!.id };
  };

  it.each([5_000, 100_000])('refuses a push nested %i levels deep with a 400 and writes nothing', async (depth) => {
    const k = await kiosk();
    const before = await tableCounts(server.db);
    const res = await send(k.token, pushBody(k.teamId, k.memberId, 1, depth));
    expect(res).toEqual({ status: 400, body: { error: 'bad_request', code: 'invalid_request', message: 'The request is not valid: its data is nested more than 64 levels deep.' } });
    expect(await tableCounts(server.db)).toEqual(before);
    // The tablet's next push, numbered as if the refused one never came, is taken.
    expect((await send(k.token, pushBody(k.teamId, k.memberId, 1, 0))).body.results.map((r) => r.status)).toEqual(['applied']);
  });

  it('takes a push sent at the same moment as a poisoned one in a single transaction', async () => {
    const { db, transactions } = counted(server.db);
    await server.app.close();
    server.app = await buildServer({ db, newId: uuidv7, rateLimits: false });
    const [poisoner, neighbour] = [await kiosk(), await kiosk()];

    const alone = transactions();
    expect((await send(neighbour.token, pushBody(neighbour.teamId, neighbour.memberId, 1, 0))).status).toBe(200);
    const forOnePush = transactions() - alone;

    const together = transactions();
    const [poisoned, normal] = await Promise.all([
      send(poisoner.token, pushBody(poisoner.teamId, poisoner.memberId, 1, 5_000)),
      send(neighbour.token, pushBody(neighbour.teamId, neighbour.memberId, 2, 0)),
    ]);
    expect(poisoned.status).toBe(400);
    expect(normal.body.results.map((r) => r.status)).toEqual(['applied']);
    expect(transactions() - together).toBe(forOnePush);
  });
});
