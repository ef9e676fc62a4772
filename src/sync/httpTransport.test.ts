import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { httpTransport } from './httpTransport.ts';
import { TransportError } from './Transport.ts';

const pull = { type: 'pull' as const, protocolVersion: PROTOCOL_VERSION, cursor: null };
const answer = (status: number, body: unknown): typeof fetch => () => Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('the HTTP transport', () => {
  it.each([
    [401, 'unauthorised', false],
    [426, 'upgradeRequired', false],
    [400, 'refused', false],
    [429, 'server', true],
    [503, 'server', true],
  ] as const)('turns %i into a %s failure (transient: %s) with the server’s message', async (status, failure, transient) => {
    const transport = httpTransport('', answer(status, { error: 'x', message: 'Say this to the person.' }));
    const error = await transport.pull('t', pull).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ failure, message: 'Say this to the person.', transient });
  });

  it('keeps the refusal’s code, as the server sent it, for the screen to say in its own language', async () => {
    const known = await httpTransport('', answer(404, { error: 'unknown_code', code: 'enrolment_code_unknown', message: 'English.' }))
      .enrol({ type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: 'NOPE' })
      .catch((e: unknown) => e);
    expect(known).toMatchObject({ failure: 'refused', code: 'enrolment_code_unknown' });
    const without = await httpTransport('', answer(400, { error: 'bad_request', message: 'An older server.' })).pull('t', pull).catch((e: unknown) => e);
    expect(without).toMatchObject({ failure: 'refused', code: null });
  });

  it('calls an unreachable server offline', async () => {
    const transport = httpTransport('', () => Promise.reject(new TypeError('fetch failed')));
    await expect(transport.pull('t', pull)).rejects.toMatchObject({ failure: 'offline', transient: true });
  });

  it('treats an answer it cannot read as a server failure, never as data', async () => {
    const transport = httpTransport('', answer(200, { type: 'pullResult', changes: 'nope' }));
    await expect(transport.pull('t', pull)).rejects.toMatchObject({ failure: 'server' });
  });

  it('sends the protocol version and the token', async () => {
    let seen: Headers | null = null;
    const transport = httpTransport('', (_url, init) => {
      seen = new Headers(init?.headers);
      return Promise.resolve(new Response(JSON.stringify({ type: 'pullResult', protocolVersion: PROTOCOL_VERSION, reset: false, changes: [], cursor: 0, hasMore: false, serverTime: 1, serverHlc: '000000000000001-00000-server' })));
    });
    await transport.pull('secret', pull);
    expect(seen).not.toBeNull();
    expect((seen as unknown as Headers).get('authorization')).toBe('Bearer secret');
    expect((seen as unknown as Headers).get('x-schakel-protocol')).toBe(String(PROTOCOL_VERSION));
  });
});
