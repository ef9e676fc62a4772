/** The coordinator's HTTP API: health, enrolment, and the refusals that must write nothing. */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation } from '#shared/protocol.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW, tableCounts } from '#tests/helpers/testServer.ts';

describeEachEngine('coordinator API', (engine) => {
  const server = useTestServer(engine);

  const post = (url: string, payload: unknown, token?: string) =>
    server.app.inject({ method: 'POST', url, payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers health with 200 and JSON naming the database', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', protocolVersion: PROTOCOL_VERSION, database: engine });
  });

  it('enrols a device once per code, scoped to the code’s team and role', async () => {
    const code = server.codes.find((c) => c.teamName === 'Team Montage' && c.role === 'kiosk');
    const first = await post('/api/enrol', { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: code?.code.toLowerCase().replace('-', ' ') });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ role: 'kiosk', team: { name: 'Team Montage', siteName: 'Nieuwpoort' } });
    const [stored] = await server.db.query<{ token_hash: string }>('SELECT token_hash FROM devices');
    expect(stored?.token_hash).not.toContain(first.json<{ token: string }>().token);

    const before = await tableCounts(server.db);
    const again = await post('/api/enrol', { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: code?.code });
    expect(again.statusCode).toBe(404);
    expect(again.json<{ message: string }>().message).toMatch(/unknown or already used/);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it.each([
    ['an unknown code', { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: 'ZZZZ-ZZZZ' }, 404, /unknown or already used/],
    ['a body without a code', { type: 'enrol', protocolVersion: PROTOCOL_VERSION }, 400, /not valid at code/],
    ['an old protocol version', { type: 'enrol', protocolVersion: PROTOCOL_VERSION - 1 + 100, code: 'ABCD-EFGH' }, 426, /Reload the app/],
  ])('refuses enrolment with %s and writes nothing', async (_what, body, status, message) => {
    const before = await tableCounts(server.db);
    const res = await post('/api/enrol', body);
    expect(res.statusCode).toBe(status);
    expect(res.json<{ message: string }>().message).toMatch(message);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/enrol', payload: '{"type":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/could not be read/);
  });

  it('refuses an oversized push with 413 and writes nothing', async () => {
    const device = await server.enrol('Team Verpakking', 'kiosk');
    const before = await tableCounts(server.db);
    const res = await post('/api/sync/push', { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [], pad: 'x'.repeat(3 * 1024 * 1024) }, device.token);
    expect(res.statusCode).toBe(413);
    expect(res.json<{ message: string }>().message).toMatch(/too large/);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses an unknown device token with 401 and a way out', async () => {
    const res = await post('/api/sync/pull', { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null }, 'not-a-real-token');
    expect(res.statusCode).toBe(401);
    expect(res.json<{ message: string }>().message).toMatch(/Enrol it again/);
  });

  it('refuses a push whose mutations are out of sequence, writing nothing', async () => {
    const device = await server.enrol('Team Verpakking', 'kiosk');
    const before = await tableCounts(server.db);
    const m = (seq: number): Mutation => ({
      mutationId: uuidv7(), seq, kind: 'taskCompletion', recordId: uuidv7(), op: 'insert', data: {}, baseVersion: null,
      hlc: formatHlc({ wallMs: 1, counter: 0, node: 'a' }), actorMemberId: null, schemaVersion: 1,
    });
    const res = await post('/api/sync/push', { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [m(2), m(1)] }, device.token);
    expect(res.statusCode).toBe(400);
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('takes what an app one protocol version behind has waiting, but asks it to update before it pulls', async () => {
    const device = await server.enrol('Team Verpakking', 'kiosk');
    const pull = await post('/api/sync/pull', { type: 'pull', protocolVersion: PROTOCOL_VERSION - 1, cursor: null }, device.token);
    expect(pull.statusCode).toBe(426);
    expect(pull.json<{ message: string }>().message).toMatch(/Reload the app/);
    const wait = await post('/api/sync/wait', { type: 'wait', protocolVersion: PROTOCOL_VERSION - 1, cursor: 0 }, device.token);
    expect(wait.statusCode).toBe(426);

    const [member] = await server.db.query<{ id: string; team_id: string }>("SELECT id, team_id FROM records WHERE kind = 'member' AND data->>'name' = 'Bart'");
    const [task] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE kind = 'task' AND data->>'memberId' = $1 LIMIT 1", [member?.id]);
    const completion = { id: uuidv7(), teamId: member?.team_id, taskId: task?.id, memberId: member?.id, good: 5, rejected: 0, completedAt: '2026-11-25T10:00:00.000Z' };
    const push = await post(
      '/api/sync/push',
      {
        type: 'push',
        protocolVersion: PROTOCOL_VERSION - 1,
        mutations: [{ mutationId: uuidv7(), seq: 1, kind: 'taskCompletion', recordId: completion.id, op: 'insert', data: completion, baseVersion: null, hlc: formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'old' }), actorMemberId: member?.id, schemaVersion: 1 }],
      },
      device.token,
    );
    expect(push.statusCode).toBe(200);
    expect(push.json()).toMatchObject({ results: [{ status: 'applied' }] });
  });

  it('answers an unknown API path with 404 JSON', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found' });
  });
});
