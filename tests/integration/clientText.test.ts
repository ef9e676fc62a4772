/**
 * Names and text a device sends are shown on other tablets, in the
 * coordinator's fleet list and in logs, so they hold plain text only
 * (plainText.ts): no control characters (NUL, which PostgreSQL cannot store
 * and so answered 500; BEL; an ANSI escape), no bidi overrides or isolates
 * that make a name read as something else. Accents and emoji are names too.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type PullResponse, type PushResponse, type ServerRecord } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records/registry.ts';
import type { RecordKind } from '#shared/records.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_NOW } from '#tests/helpers/testServer.ts';

const REFUSED_NAMES = [
  ['a NUL character', 'Tablet\u0000A', 'U+0000'],
  ['a bell', 'Tablet\u0007A', 'U+0007'],
  ['an ANSI colour escape', '\u001b[31mTablet A\u001b[0m', 'U+001B'],
  ['a right-to-left override', 'Tablet \u202Efdp.exe', 'U+202E'],
  ['a right-to-left isolate', 'Tablet \u2067A\u2069', 'U+2067'],
  ['a tab inside', 'Tablet\tA', 'U+0009'],
  ['a C1 control', 'Tablet\u0085A', 'U+0085'],
] as const;

describeEachEngine('text from devices', (engine) => {
  const server = useTestServer(engine);

  const enrol = (code: string, deviceName: string) =>
    server.app.inject({ method: 'POST', url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code, deviceName } });
  const post = async <T>(url: string, token: string, payload: object) =>
    (await server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } })).json<T>();
  const pullAll = async (token: string) => (await post<PullResponse>('/api/sync/pull', token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() })).changes;

  let seq = 0;
  const push = async (token: string, kind: RecordKind, op: 'insert' | 'patch', recordId: string, data: Record<string, unknown>) => {
    const hlc = formatHlc({ wallMs: TEST_NOW.getTime() + 60_000 + seq, counter: 0, node: 'coach' });
    const mutation = { mutationId: uuidv7(), seq: ++seq, kind, recordId, op, baseVersion: null, hlc, actorMemberId: null, schemaVersion: recordVersions()[kind], data };
    const res = await post<PushResponse>('/api/sync/push', token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [mutation] });
    return res.results[0]!;
  };
  const coach = async () => {
    seq = 0;
    const { token } = await server.enrol('Team Verpakking', 'coach');
    const records = await pullAll(token);
    const first = (kind: RecordKind) => records.find((r): r is ServerRecord & { data: Record<string, unknown> } => r.kind === kind && r.data !== null)!;
    return { token, first };
  };
  const storedData = async (id: string) => (await server.db.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE id = $1', [id]))[0]?.data;

  it('refuses a device name with a control or bidi character at enrolment, naming the character, and writes nothing', async () => {
    const code = await server.freshCode('Team Verpakking', 'kiosk');
    const before = await tableCounts(server.db);
    for (const [what, name, codePoint] of REFUSED_NAMES) {
      const res = await enrol(code, name);
      expect(res.statusCode, what).toBe(400);
      expect(res.json(), what).toEqual({
        error: 'bad_request',
        code: 'invalid_request',
        message: `The request is not valid at deviceName: text may not hold control characters such as a tab or line break, text-direction overrides or broken characters (found ${codePoint}).`,
      });
    }
    expect(await tableCounts(server.db)).toEqual(before);
    // The code was not used up: the same tablet enrols with a plain name.
    expect((await enrol(code, 'Tablet A')).statusCode).toBe(200);
  });

  it('keeps a device name with accents and emoji as typed', async () => {
    const res = await enrol(await server.freshCode('Team Verpakking', 'kiosk'), '  Tablette de Zoë 📦  ');
    expect(res.statusCode).toBe(200);
    const [device] = await server.db.query<{ name: string }>('SELECT name FROM devices WHERE id = $1', [res.json<{ deviceId: string }>().deviceId]);
    expect(device?.name).toBe('Tablette de Zoë 📦');
  });

  it('refuses a member name with a control or bidi character, naming it, and leaves the member as it was', async () => {
    const { token, first } = await coach();
    const member = first('member');
    // A NUL in a record is refused before its schema is asked (applyMutation's storableAsJson).
    for (const [what, name, codePoint] of REFUSED_NAMES.filter(([what]) => what !== 'a NUL character')) {
      const result = await push(token, 'member', 'patch', member.id, { name });
      expect(result, what).toMatchObject({ status: 'rejected', reason: `invalid member: text may not hold control characters such as a tab or line break, text-direction overrides or broken characters (found ${codePoint})` });
    }
    expect(await storedData(member.id)).toEqual(member.data);
  });

  it('refuses a bidi override or an escape in a station’s name, a card’s step and a new order’s customer', async () => {
    const { token, first } = await coach();
    const station = first('station');
    const card = first('card');
    const order = first('order');
    const steps = (card.data['steps'] as Record<string, unknown>[]).map((s, i) => (i === 0 ? { ...s, text: 'Vouw de doos \u202Etxt.exe' } : s));
    const newOrder = { ...order.data, id: uuidv7(), customer: 'Noordzee\u001b[2J', reference: 'PO-CTRL-1' };

    expect(await push(token, 'station', 'patch', station.id, { name: 'Inpakken \u2066' })).toMatchObject({ status: 'rejected', reason: expect.stringContaining('U+2066') as unknown });
    expect(await push(token, 'card', 'patch', card.id, { steps })).toMatchObject({ status: 'rejected', reason: expect.stringContaining('U+202E') as unknown });
    expect(await push(token, 'order', 'insert', newOrder.id, newOrder)).toMatchObject({ status: 'rejected', reason: expect.stringContaining('U+001B') as unknown });
    expect(await storedData(station.id)).toEqual(station.data);
    expect(await storedData(card.id)).toEqual(card.data);
    expect(await server.db.query("SELECT 1 FROM records WHERE kind = 'order' AND data->>'reference' = 'PO-CTRL-1'")).toEqual([]);
  });

  it('takes names and step text with accents and emoji, and a call-off column header over two lines', async () => {
    const { token, first } = await coach();
    const member = first('member');
    const card = first('card');
    const settings = first('teamSettings');
    const steps = (card.data['steps'] as Record<string, unknown>[]).map((s, i) => (i === 0 ? { ...s, text: 'Vouw één doos — zó 📦', speech: 'Vouw één doos, zó.' } : s));
    const orderImports = { 'Noordzee Foods': { columns: { reference: 'Bestel\nnummer', product: 'Artikel' } } };

    expect(await push(token, 'member', 'patch', member.id, { name: 'Zoë Çelik 🌻' })).toMatchObject({ status: 'applied' });
    expect(await push(token, 'card', 'patch', card.id, { steps })).toMatchObject({ status: 'applied' });
    expect(await push(token, 'teamSettings', 'patch', settings.id, { orderImports })).toMatchObject({ status: 'applied' });
    expect((await storedData(member.id))?.['name']).toBe('Zoë Çelik 🌻');
    expect((await storedData(card.id))?.['steps']).toEqual(steps);
    expect((await storedData(settings.id))?.['orderImports']).toEqual(orderImports);
  });
});
