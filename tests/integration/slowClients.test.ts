/**
 * Slow and hoarding clients are let go, on a real listening server (inject
 * has no sockets): a body dripped slower than the request time-out, headers
 * that never end, and connections beyond the cap. A long poll the server is
 * answering is never cut, even one that outlasts the request time-out.
 * Outcomes only (closed or answered), with generous waits: no timings.
 */
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { readConfig } from '#server/config.ts';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { recordVersions } from '#shared/records/registry.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import type { TestServer } from '#tests/helpers/testServer.ts';

/** Far beyond any time-out set here: a socket still open after this was not cut. */
const GENEROUS_MS = 15_000;

async function listen(server: TestServer): Promise<number> {
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  return (server.app.server.address() as AddressInfo).port;
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** Resolves when the server closes the socket (with what it said), or with `closed: false` after `ms`. */
function outcome(socket: Socket, ms = GENEROUS_MS): Promise<{ closed: boolean; said: string }> {
  return new Promise((resolve) => {
    let said = '';
    socket.on('data', (chunk: Buffer) => (said += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    const timer = setTimeout(() => {
      resolve({ closed: false, said });
    }, ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve({ closed: true, said });
    });
  });
}

/** Writes `piece` every `everyMs` until the socket closes: a client that never quite finishes. */
function drip(socket: Socket, piece: string, everyMs: number): void {
  const timer = setInterval(() => {
    if (socket.destroyed || !socket.writable) clearInterval(timer);
    else socket.write(piece);
  }, everyMs);
  socket.once('close', () => {
    clearInterval(timer);
  });
}

describeEachEngine('slow clients', (engine) => {
  // The poll waits three times as long as a request may take to arrive.
  const server = useTestServer(engine, { rateLimits: false, waitTimeoutMs: 3_000, connections: { requestTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 } });

  it('cuts off a client that sends its headers and then drips the body slower than the request time-out', async () => {
    const socket = await open(await listen(server));
    socket.write('POST /api/sync/pull HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{');
    // A byte every 100 ms: the socket is never idle, but the body takes over three minutes.
    drip(socket, ' ', 100);
    const { closed, said } = await outcome(socket);
    expect(closed).toBe(true);
    if (said !== '') expect(said).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a client that never finishes its headers', async () => {
    const socket = await open(await listen(server));
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    drip(socket, 'X-Slow: 1\r\n', 100);
    const { closed } = await outcome(socket);
    expect(closed).toBe(true);
  });

  it('answers a long poll that outlasts the request time-out', async () => {
    const port = await listen(server);
    const device = await server.enrol('Team Montage', 'kiosk');
    const post = (url: string, body: object) =>
      fetch(`http://127.0.0.1:${String(port)}${url}`, { method: 'POST', headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const pulled = await post('/api/sync/pull', { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() });
    const { cursor } = (await pulled.json()) as { cursor: number };

    const waited = await post('/api/sync/wait', { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor });
    expect(waited.status).toBe(200);
    expect(await waited.json()).toMatchObject({ type: 'waitResult', changed: false });
  });
});

describeEachEngine('connection cap', (engine) => {
  const server = useTestServer(engine, { rateLimits: false, connections: { maxConnections: 3 } });

  it('closes connections beyond the cap, and serves again once they are gone', async () => {
    const port = await listen(server);
    const held = await Promise.all([open(port), open(port), open(port)]);
    await until(async () => (await connections(server)) === 3);

    const extra = await open(port);
    extra.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const refused = await outcome(extra);
    expect(refused.closed).toBe(true);
    expect(refused.said).toBe('');

    for (const socket of held) socket.destroy();
    await until(async () => (await connections(server)) === 0);
    const health = await fetch(`http://127.0.0.1:${String(port)}/api/health`);
    expect(health.status).toBe(200);
  });
});

it('reads the time-outs and the cap from the environment, and says what is wrong with a bad one', () => {
  expect(readConfig({ SCHAKEL_REQUEST_TIMEOUT_SECONDS: '20', SCHAKEL_KEEP_ALIVE_SECONDS: '3', SCHAKEL_MAX_CONNECTIONS: '500' }).connections).toEqual({
    requestTimeoutMs: 20_000,
    keepAliveTimeoutMs: 3_000,
    maxConnections: 500,
  });
  expect(() => readConfig({ SCHAKEL_REQUEST_TIMEOUT_SECONDS: '1' })).toThrow(/SCHAKEL_REQUEST_TIMEOUT_SECONDS: must be at least 5 seconds/);
  expect(() => readConfig({ SCHAKEL_MAX_CONNECTIONS: 'many' })).toThrow(/SCHAKEL_MAX_CONNECTIONS/);
});

function connections(server: TestServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.app.server.getConnections((error, count) => {
      if (error) reject(error);
      else resolve(count);
    });
  });
}

/** Polls `condition` until it holds; the test's own time-out is the bound. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}
