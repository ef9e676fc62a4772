/**
 * A patch names its fields as JSON keys, and some keys are also names every
 * JavaScript object inherits (toString, constructor, hasOwnProperty,
 * __proto__). The merge must look a field up as the record's own, never
 * through the prototype: an inherited function is no HLC to lose against,
 * and a `__proto__` key never becomes a prototype: the server drops it as
 * it reads the body (buildServer), and the merge would take it as a field.
 */
import { afterEach, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const INHERITED_NAMES = ['toString', 'constructor', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

describeEachEngine('patch field names', (engine) => {
  const server = useTestServer(engine);

  afterEach(() => {
    // Whatever a test pushed, no plain object anywhere may have gained a property.
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  const headers = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  /** Sent as raw JSON text, so a `__proto__` key reaches the server as the tablet wrote it. */
  const pushJson = async (token: string, mutationsJson: string) => {
    const payload = `{"type":"push","protocolVersion":${String(PROTOCOL_VERSION)},"mutations":${mutationsJson}}`;
    const res = await server.app.inject({ method: 'POST', url: '/api/sync/push', payload, headers: headers(token) });
    return { status: res.statusCode, body: res.json<PushResponse>() };
  };
  const pull = async (token: string) => {
    const payload = { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() };
    const res = await server.app.inject({ method: 'POST', url: '/api/sync/pull', payload, headers: headers(token) });
    return res.json<PullResponse>();
  };
  let seq = 0;
  /** A patch of one member, its data as JSON text; made after the seed, so it wins by HLC. */
  const patchJson = (memberId: string, dataJson: string, wallMs = TEST_NOW.getTime() + 60_000) =>
    JSON.stringify({
      mutationId: uuidv7(),
      seq: ++seq,
      kind: 'member',
      recordId: memberId,
      op: 'patch',
      baseVersion: null,
      hlc: formatHlc({ wallMs, counter: 0, node: 'coach' }),
      actorMemberId: null,
      schemaVersion: recordVersions().member,
      data: '__DATA__',
    }).replace('"__DATA__"', dataJson);

  const coachAndMember = async () => {
    seq = 0;
    const coach = await server.enrol('Team Verpakking', 'coach');
    const member = (await pull(coach.token)).changes.find((c) => c.kind === 'member' && !c.deleted)!;
    return { token: coach.token, memberId: member.id };
  };
  const stored = async (id: string) => {
    const [row] = await server.db.query<{ data: Record<string, unknown>; field_hlc: Record<string, string>; version: number }>('SELECT data, field_hlc, version FROM records WHERE id = $1', [id]);
    return row!;
  };

  it('applies a patch whose keys are names every object inherits, and keeps only the fields a member has', async () => {
    const { token, memberId } = await coachAndMember();
    const inherited = Object.fromEntries(INHERITED_NAMES.map((name) => [name, 'x']));
    const res = await pushJson(token, `[${patchJson(memberId, JSON.stringify({ ...inherited, name: 'Ann Peeters' }))}]`);

    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied']);
    const row = await stored(memberId);
    expect(row.data['name']).toBe('Ann Peeters');
    for (const name of INHERITED_NAMES) {
      expect(Object.hasOwn(row.data, name)).toBe(false);
      expect(Object.hasOwn(row.field_hlc, name)).toBe(false);
    }
  });

  it('answers a second such patch as applied too, not as a conflict with a field nobody wrote', async () => {
    const { token, memberId } = await coachAndMember();
    const data = JSON.stringify({ toString: 'a', constructor: 'b', hasOwnProperty: 'c', name: 'Ann' });
    await pushJson(token, `[${patchJson(memberId, data)}]`);
    const again = await pushJson(token, `[${patchJson(memberId, data.replace('"Ann"', '"Ann P."'), TEST_NOW.getTime() + 120_000)}]`);

    expect(again.body.results.map((r) => r.status)).toEqual(['applied']);
    expect((await stored(memberId)).data['name']).toBe('Ann P.');
  });

  it('drops a __proto__ key as the body is read and applies the rest of the patch: nothing reaches any prototype', async () => {
    const { token, memberId } = await coachAndMember();
    const before = await stored(memberId);
    // Were __proto__ to become the merged record's prototype, the schema would read `photo`
    // and `routine` through it and store them, past the field HLCs.
    const data = '{"__proto__":{"polluted":true,"routine":true,"photo":null},"constructor":{"prototype":{"polluted":true}},"name":"Ann Proto"}';
    const res = await pushJson(token, `[${patchJson(memberId, data)}]`);

    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied']);
    const row = await stored(memberId);
    expect(row.data['name']).toBe('Ann Proto');
    expect(Object.hasOwn(row.data, 'routine')).toBe(Object.hasOwn(before.data, 'routine'));
    expect(Object.hasOwn(row.data, 'polluted')).toBe(false);
    expect(Object.keys(row.field_hlc).sort()).toEqual(Object.keys(row.data).sort());
  });
});
