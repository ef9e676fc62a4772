/**
 * The coordinator's order API against the real HTTP server: an order and
 * its tasks arrive on the team's tablets, sending it again changes nothing,
 * an order is never overwritten from here, and whatever a client sends
 * wrong is refused with a code and leaves every table as it was.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { writeLocal } from '#db/localWrite.ts';
import { orderIdOf } from '#domain/orders/orderFromInput.ts';
import { insertServerRecords } from '#server/storage/syncStore.ts';
import { ServerClock } from '#server/sync/ServerClock.ts';
import { formatHlc } from '#shared/hlc.ts';
import { createOrderResponse, createOrdersResponse, MAX_ORDERS_PER_REQUEST, type OrderInput } from '#shared/orderApi.ts';
import { PROTOCOL_VERSION, errorBody } from '#shared/protocol.ts';
import { isoWeekOf, type Card, type Order, type Station, type Task } from '#shared/records.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { localDay } from '#shared/time.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { inProcessFetch } from '#tests/helpers/inProcessFetch.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { createTestDevice, syncedDevice } from '#tests/helpers/testDevice.ts';
import { TEST_COORDINATOR_KEY, TEST_NOW, tableCounts, type TestServer } from '#tests/helpers/testServer.ts';

/** Friday of the test week, two in the afternoon. */
const FRIDAY_AFTERNOON = new Date(2026, 10, 27, 14).toISOString();
const TODAY = localDay(TEST_NOW);

function post(server: TestServer, payload: unknown, key: string | null = TEST_COORDINATOR_KEY) {
  return server.app.inject({
    method: 'POST',
    url: '/api/orders',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }) },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

async function teamId(server: TestServer, name: string): Promise<string> {
  const [row] = await server.db.query<{ id: string }>('SELECT id FROM teams WHERE name = $1', [name]);
  if (!row) throw new Error(`no team ${name}`);
  return row.id;
}

async function serverRecords<T>(server: TestServer, kind: string): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>('SELECT data FROM records WHERE kind = $1 AND NOT deleted ORDER BY server_seq', [kind]);
  return rows.map((r) => r.data);
}

async function cardTitled(server: TestServer, title: string): Promise<Card> {
  const card = (await serverRecords<Card>(server, 'card')).find((c) => c.title === title);
  if (!card) throw new Error(`no card ${title}`);
  return card;
}

describeEachEngine('POST /api/orders', (engine) => {
  // The server's "today" is the test day, whatever day the suite runs on.
  const server = useTestServer(engine, () => ({ clock: new ServerClock(() => TEST_NOW.getTime()), waitTimeoutMs: 10_000 }));

  const anOrder = async (overrides: Partial<OrderInput> = {}): Promise<OrderInput> => ({
    teamId: await teamId(server, 'Team Verpakking'),
    customer: 'Noordzee Foods',
    reference: 'PO-2026-0042',
    product: 'doos-a4',
    quantity: 300,
    due: FRIDAY_AFTERNOON,
    priority: 'rush',
    ...overrides,
  });

  it('creates the order and its tasks, and both arrive on a coach tablet and a kiosk of the team, not on the other team', async () => {
    const coach = await syncedDevice(server, 'Team Verpakking', 'coach');
    const kiosk = await syncedDevice(server, 'Team Verpakking', 'kiosk');
    const other = await syncedDevice(server, 'Team Montage', 'kiosk');
    const input = await anOrder();

    const res = await post(server, input);
    expect(res.statusCode, res.body).toBe(201);
    const answer = createOrderResponse.parse(res.json());
    const card = await cardTitled(server, 'Dozen inpakken');
    expect(answer).toMatchObject({ type: 'order', status: 'created', orderId: orderIdOf(input), cardId: card.id });
    expect(answer.orderId).toBe(requireNaturalId('order', { teamId: input.teamId, customer: 'Noordzee Foods', reference: 'PO-2026-0042' }));

    for (const device of [coach, kiosk, other]) await device.client.sync();
    for (const device of [coach, kiosk]) {
      const order = await device.db.orders.get(answer.orderId);
      expect(order).toMatchObject({ customer: 'Noordzee Foods', reference: 'PO-2026-0042', product: 'doos-a4', cardId: card.id, quantity: 300, priority: 'rush' });
      expect(Date.parse(order?.due ?? '')).toBe(Date.parse(FRIDAY_AFTERNOON));
      const tasks = await device.db.tasks.where('orderId').equals(answer.orderId).toArray();
      expect(tasks).toHaveLength(answer.tasks);
      // Every piece is planned, on the card's station, from today on, for members of the team.
      expect(tasks.reduce((sum, t) => sum + t.quantity, 0)).toBe(300);
      expect(tasks.every((t) => t.stationId === card.stationId && t.cardId === card.id && t.day >= TODAY && t.memberId !== null)).toBe(true);
      const members = new Set((await device.db.members.toArray()).map((m) => m.id));
      expect(tasks.every((t) => members.has(t.memberId ?? ''))).toBe(true);
    }
    expect(await other.db.orders.get(answer.orderId)).toBeUndefined();
  });

  it('wakes the team’s waiting tablets', async () => {
    const kiosk = await syncedDevice(server, 'Team Verpakking', 'kiosk');
    const token = (await kiosk.db.device.get('self'))?.token ?? '';
    const cursor = (await kiosk.db.syncState.get('self'))?.cursor ?? null;
    const transport = httpTransport('http://coordinator.test', inProcessFetch(() => server.app));
    const waiting = transport.wait(token, { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor });
    expect((await post(server, await anOrder())).statusCode).toBe(201);
    expect(await waiting).toMatchObject({ changed: true });
  });

  it('plans over who the published rota puts on the card’s station', async () => {
    const team = await teamId(server, 'Team Verpakking');
    const stations = await serverRecords<Station>(server, 'station');
    const labels = stations.find((s) => s.name === 'Etiketteren');
    const [els] = await server.db.query<{ id: string }>("SELECT id FROM records WHERE kind = 'member' AND data->>'name' = 'Els'");
    if (!labels || !els) throw new Error('demo team changed');
    const week = isoWeekOf(TODAY);
    await insertServerRecords(
      server.db,
      team,
      [
        { kind: 'rotaWeek', data: { id: requireNaturalId('rotaWeek', { teamId: team, week }), teamId: team, week, state: 'published', agreedBy: [], agreedAt: null, publishedAt: TEST_NOW.toISOString() } },
        {
          kind: 'rotaSlot',
          data: { id: requireNaturalId('rotaSlot', { teamId: team, memberId: els.id, day: TODAY, shift: 'am' }), teamId: team, memberId: els.id, stationId: labels.id, day: TODAY, shift: 'am', week, placedBy: 'coach', pinned: true },
        },
      ],
      formatHlc({ wallMs: TEST_NOW.getTime(), counter: 0, node: 'server' }),
    );
    const res = await post(server, await anOrder({ product: '  Etiket   KLEVEN ', quantity: 80, due: new Date(2026, 10, 25, 16).toISOString() }));
    expect(res.statusCode, res.body).toBe(201);
    const { orderId } = createOrderResponse.parse(res.json());
    const tasks = (await serverRecords<Task>(server, 'task')).filter((t) => t.orderId === orderId);
    expect(tasks.map((t) => [t.day, t.memberId, t.stationId, t.quantity])).toEqual([[TODAY, els.id, labels.id, 80]]);
  });

  it('answers "unchanged" to the same order sent again, and writes nothing more', async () => {
    const input = await anOrder();
    expect((await post(server, input)).statusCode).toBe(201);
    const before = await tableCounts(server.db);
    // The same due time in another spelling is the same order.
    const again = await post(server, { ...input, due: new Date(FRIDAY_AFTERNOON).toISOString().replace('Z', '+00:00') });
    expect(again.statusCode, again.body).toBe(200);
    expect(createOrderResponse.parse(again.json())).toMatchObject({ status: 'unchanged', orderId: orderIdOf(input), tasks: 0 });
    expect(await tableCounts(server.db)).toEqual(before);
    expect((await serverRecords<Order>(server, 'order')).filter((o) => o.id === orderIdOf(input))).toHaveLength(1);
  });

  it('knows the demo’s own orders: the seed named them by customer and reference too', async () => {
    const before = await tableCounts(server.db);
    const monday = new Date(2026, 10, 23, 15).toISOString();
    const res = await post(server, await anOrder({ reference: 'NF-4471-2026W48', product: 'Geschenkdozen', quantity: 400, due: monday, priority: 'normal' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(createOrderResponse.parse(res.json())).toMatchObject({ status: 'unchanged', cardId: (await cardTitled(server, 'Dozen inpakken')).id });
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses an order that exists with other fields (409), and changes nothing', async () => {
    const input = await anOrder();
    expect((await post(server, input)).statusCode).toBe(201);
    const before = await tableCounts(server.db);
    const stored = await serverRecords<Order>(server, 'order');
    for (const changed of [{ quantity: 301 }, { due: new Date(2026, 10, 27, 15).toISOString() }, { priority: 'normal' as const }, { product: 'Dozen inpakken' }]) {
      const res = await post(server, { ...input, ...changed });
      expect(res.statusCode, JSON.stringify(changed)).toBe(409);
      const body = errorBody.parse(res.json());
      expect(body).toMatchObject({ code: 'order_conflict', error: 'conflict' });
      expect(body.message).toContain('PO-2026-0042');
      expect(body.message).toContain('coach mode');
    }
    expect(await tableCounts(server.db)).toEqual(before);
    expect(await serverRecords<Order>(server, 'order')).toEqual(stored);
  });

  it('takes a list whole: new ones created, known ones unchanged, in the list’s order', async () => {
    const first = await anOrder();
    expect((await post(server, first)).statusCode).toBe(201);
    const second = await anOrder({ reference: 'PO-2026-0043', product: 'Stukken controleren', quantity: 50 });
    const res = await post(server, [first, second, second]);
    expect(res.statusCode, res.body).toBe(201);
    const { results } = createOrdersResponse.parse(res.json());
    expect(results.map((r) => [r.orderId, r.status])).toEqual([
      [orderIdOf(first), 'unchanged'],
      [orderIdOf(second), 'created'],
      [orderIdOf(second), 'created'],
    ]);
    expect((await serverRecords<Order>(server, 'order')).filter((o) => o.id === orderIdOf(second))).toHaveLength(1);
    expect((await post(server, [first, second])).statusCode).toBe(200);
  });

  it('refuses a product no card of the team makes (422, naming it), and writes none of the list', async () => {
    const before = await tableCounts(server.db);
    const good = await anOrder();
    const res = await post(server, [good, await anOrder({ reference: 'PO-9', product: 'Bout en moer monteren' }), await anOrder({ reference: 'PO-10', product: 'Fietsbellen' })]);
    expect(res.statusCode).toBe(422);
    const body = errorBody.parse(res.json());
    // Another team's card is no card of this team.
    expect(body).toMatchObject({ code: 'product_unknown', error: 'bad_request' });
    expect(body.message).toContain('"Bout en moer monteren"');
    expect(body.message).toContain('"Fietsbellen"');
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('answers an unknown team with "no such team" only, and writes nothing', async () => {
    const before = await tableCounts(server.db);
    const res = await post(server, await anOrder({ teamId: uuidv7() }));
    expect(res.statusCode).toBe(404);
    expect(errorBody.parse(res.json())).toMatchObject({ code: 'team_not_found' });
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses every malformed body with 400 and a code, and writes nothing', async () => {
    const input = await anOrder();
    const before = await tableCounts(server.db);
    // The refusal names where the problem is, when it is in one field.
    const bad: [what: string, payload: unknown, where?: string][] = [
      ['a date that is not a date', { ...input, due: 'vrijdag' }, 'due'],
      ['the 30th of February', { ...input, due: '2026-02-30T10:00:00Z' }, 'due'],
      ['a due time without a zone', { ...input, due: '2026-11-27T14:00:00' }, 'due'],
      ['a due time years away', { ...input, due: '2099-11-27T14:00:00Z' }, 'due'],
      ['a negative quantity', { ...input, quantity: -5 }, 'quantity'],
      ['no quantity at all', { ...input, quantity: 0 }, 'quantity'],
      ['half a piece', { ...input, quantity: 1.5 }, 'quantity'],
      ['a quantity as text', { ...input, quantity: '300' }, 'quantity'],
      ['a customer too long', { ...input, customer: 'x'.repeat(81) }, 'customer'],
      ['a reference too long', { ...input, reference: 'x'.repeat(61) }, 'reference'],
      ['an empty reference', { ...input, reference: '   ' }, 'reference'],
      ['no reference', { ...input, reference: undefined }, 'reference'],
      ['a control character', { ...input, customer: 'Noordzee\u0000Foods' }, 'customer'],
      ['half a character', { ...input, product: 'doos\ud800' }, 'product'],
      ['an unknown priority', { ...input, priority: 'urgent' }, 'priority'],
      ['an extra field', { ...input, cardId: uuidv7() }],
      ['nesting', { ...input, product: { code: 'DOOS-A4' } }, 'product'],
      ['a list in a list', [[input]], '0'],
      ['an empty list', []],
      ['too long a list', Array.from({ length: MAX_ORDERS_PER_REQUEST + 1 }, (_, i) => ({ ...input, reference: `PO-${String(i)}` }))],
      ['not a team id', { ...input, teamId: 'Team Verpakking' }, 'teamId'],
      ['broken JSON', '{"teamId": '],
      ['a number', 42],
      ['the same order twice with other fields', [input, { ...input, quantity: 301 }]],
    ];
    for (const [what, payload, where] of bad) {
      const res = await post(server, payload);
      expect(res.statusCode, what).toBe(400);
      const body = errorBody.parse(res.json());
      expect(body.code, what).toMatch(/^(invalid_request|unreadable_request|order_repeated)$/);
      if (where !== undefined) expect(body.message, what).toContain(`at ${where}:`);
    }
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('refuses a request without the coordinator key, with a wrong one or with a tablet’s token (401), before reading it', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'coach');
    const before = await tableCounts(server.db);
    for (const key of [null, 'wrong-key', kiosk.token]) {
      for (const payload of [await anOrder(), { nonsense: true }]) {
        const res = await post(server, payload, key);
        expect(res.statusCode).toBe(401);
        expect(errorBody.parse(res.json())).toMatchObject({ code: 'coordinator_key_needed' });
      }
    }
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('merges an order edited on two coach tablets offline field by field', async () => {
    const input = await anOrder();
    const { orderId } = createOrderResponse.parse((await post(server, input)).json());
    // The tablets' clocks run a minute after the server's, so their edits are newer than its write.
    const later = () => new Date(TEST_NOW.getTime() + 60_000);
    const a = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'), later);
    const b = await createTestDevice(server, await server.freshCode('Team Verpakking', 'coach'), later);
    await a.client.sync();
    await b.client.sync();
    const newDue = new Date(2026, 10, 26, 11).toISOString();
    const ctx = { actorMemberId: null, now: later(), newId: uuidv7 };
    // Both offline: neither syncs until both have written.
    await writeLocal(a.db, { kind: 'order', op: 'patch', id: orderId, fields: { quantity: 450 } }, ctx);
    await writeLocal(b.db, { kind: 'order', op: 'patch', id: orderId, fields: { due: newDue } }, ctx);
    await a.client.sync();
    await b.client.sync();
    await a.client.sync();
    for (const device of [a, b]) {
      expect(await device.db.orders.get(orderId)).toMatchObject({ quantity: 450, due: newDue, reference: 'PO-2026-0042', priority: 'rush' });
    }
    expect((await serverRecords<Order>(server, 'order')).find((o) => o.id === orderId)).toMatchObject({ quantity: 450, due: newDue });
    // The API still never overwrites it: the original is now "other fields".
    expect((await post(server, input)).statusCode).toBe(409);
  });
});
