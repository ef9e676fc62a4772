/**
 * Every refusal a client can get from a malformed request, word for word:
 * the status, the code and the sentence, and which rule speaks first — who
 * is asking, then the protocol version, then the shape of the body. A change
 * in how requests are validated must leave each answer byte for byte alone.
 *
 * Every body carries `code`, the refusal's own name from errorCodes.ts (the
 * apps choose the sentence they show by it), beside the older `error`
 * category. The pins gained `code` on purpose, in one step, with nothing
 * else in them changed.
 */
import { expect, it } from 'vitest';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, REFUSALS, errorBody, isRefusalCode } from '#shared/protocol.ts';
import { OLDEST_PUSH_PROTOCOL_VERSION } from '#shared/versions.ts';
import { RECORD_KINDS } from '#shared/records.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_COORDINATOR_KEY } from '#tests/helpers/testServer.ts';

const HLC = formatHlc({ wallMs: 1, counter: 0, node: 'a' });
const ID = '01900000-0000-7000-8000-000000000001';
const SHA = 'a'.repeat(64);
const mutation = (seq: number) => ({ mutationId: ID, seq, kind: 'taskCompletion', recordId: ID, op: 'insert', data: {}, baseVersion: null, hlc: HLC, actorMemberId: null, schemaVersion: 1 });
const update = (version: number) => `This app speaks protocol ${String(version)}; the server needs ${String(PROTOCOL_VERSION)}. Reload the app to update it.`;
const NEEDS_KEY =
  'This needs the coordinator key. Use the key in coordinator-key.txt in the server\'s data folder (or the one set as SCHAKEL_COORDINATOR_KEY), sent as "Authorization: Bearer <key>", or sign in at /coordinator.';

const answer = (status: number, error: string, code: string, message: string) => ({ status, body: JSON.stringify({ error, code, message }) });

interface Refused {
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly url: string;
  readonly auth: 'device' | 'coordinator' | null;
  readonly payload?: string | object | Buffer;
  readonly headers?: Record<string, string>;
  readonly expected: { status: number; body: string };
}

const REFUSED: readonly Refused[] = [
  { name: 'enrol without a body', method: 'POST', url: '/api/enrol', auth: null, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received undefined.") },
  { name: 'enrol with a JSON null body', method: 'POST', url: '/api/enrol', auth: null, payload: 'null', headers: { 'content-type': 'application/json' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received null.") },
  { name: 'enrol with an array body', method: 'POST', url: '/api/enrol', auth: null, payload: '[]', headers: { 'content-type': 'application/json' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received array.") },
  { name: 'enrol with a string version', method: 'POST', url: '/api/enrol', auth: null, payload: { type: 'enrol', protocolVersion: String(PROTOCOL_VERSION), code: 'ABCD-EFGH' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at protocolVersion: Invalid input: expected number, received string.") },
  { name: 'enrol with version 0', method: 'POST', url: '/api/enrol', auth: null, payload: { type: 'enrol', protocolVersion: 0, code: 'ABCD-EFGH' }, expected: answer(426, 'upgrade_required', 'protocol_unsupported', update(0)) },
  { name: 'enrol with an old version and no code', method: 'POST', url: '/api/enrol', auth: null, payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION - 1 }, expected: answer(426, 'upgrade_required', 'protocol_unsupported', update(PROTOCOL_VERSION - 1)) },
  { name: 'enrol with a newer version', method: 'POST', url: '/api/enrol', auth: null, payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION + 1, code: 'ABCD-EFGH' }, expected: answer(426, 'upgrade_required', 'protocol_unsupported', update(PROTOCOL_VERSION + 1)) },
  { name: 'enrol with the wrong type', method: 'POST', url: '/api/enrol', auth: null, payload: { type: 'pull', protocolVersion: PROTOCOL_VERSION, code: 'ABCD-EFGH' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at type: Invalid input: expected \"enrol\".") },
  { name: 'enrol with a long code', method: 'POST', url: '/api/enrol', auth: null, payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code: 'X'.repeat(40) }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at code: Too big: expected string to have <=32 characters.") },
  { name: 'enrol with malformed JSON', method: 'POST', url: '/api/enrol', auth: null, payload: '{"type":', headers: { 'content-type': 'application/json' }, expected: answer(400, 'bad_request', 'unreadable_request', "The request could not be read: Body is not valid JSON but content-type is set to 'application/json'.") },
  { name: 'enrol as text', method: 'POST', url: '/api/enrol', auth: null, payload: 'hello', headers: { 'content-type': 'text/plain' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received string.") },
  { name: 'push without a token and a bad body', method: 'POST', url: '/api/sync/push', auth: null, payload: { nonsense: true }, expected: answer(401, 'unauthorised', 'device_not_enrolled', "This tablet is not enrolled. Enrol it with a code from the coordinator.") },
  { name: 'push with a newer version and a bad body', method: 'POST', url: '/api/sync/push', auth: 'device', payload: { type: 'push', protocolVersion: 99 }, expected: answer(426, 'upgrade_required', 'protocol_unsupported', update(99)) },
  { name: 'push from the oldest version with a bad mutation', method: 'POST', url: '/api/sync/push', auth: 'device', payload: { type: 'push', protocolVersion: OLDEST_PUSH_PROTOCOL_VERSION, mutations: [{ ...mutation(1), seq: 0 }] }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at mutations.0.seq: Too small: expected number to be >0.") },
  { name: 'push with no mutations', method: 'POST', url: '/api/sync/push', auth: 'device', payload: { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [] }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at mutations: Too small: expected array to have >=1 items.") },
  { name: 'push with a bad kind in the second mutation', method: 'POST', url: '/api/sync/push', auth: 'device', payload: { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [mutation(1), { ...mutation(2), kind: 'nothing' }] }, expected: answer(400, 'bad_request', 'invalid_request', `The request is not valid at mutations.1.kind: Invalid option: expected one of ${RECORD_KINDS.map((k) => `"${k}"`).join('|')}.`) },
  { name: 'push out of order', method: 'POST', url: '/api/sync/push', auth: 'device', payload: { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations: [mutation(2), mutation(1)] }, expected: answer(400, 'bad_request', 'mutations_out_of_order', "The request is not valid: mutations must be in increasing sequence order.") },
  { name: 'push without a body', method: 'POST', url: '/api/sync/push', auth: 'device', expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received undefined.") },
  { name: 'push as octet-stream', method: 'POST', url: '/api/sync/push', auth: 'device', payload: Buffer.from('{}'), headers: { 'content-type': 'application/octet-stream' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at type: Invalid input: expected \"push\".") },
  { name: 'pull from the version before', method: 'POST', url: '/api/sync/pull', auth: 'device', payload: { type: 'pull', protocolVersion: PROTOCOL_VERSION - 1, cursor: null }, expected: answer(426, 'upgrade_required', 'protocol_unsupported', update(PROTOCOL_VERSION - 1)) },
  { name: 'pull with a huge limit', method: 'POST', url: '/api/sync/pull', auth: 'device', payload: { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, limit: 5000 }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at limit: Too big: expected number to be <=2000.") },
  { name: 'pull with an unknown record kind version', method: 'POST', url: '/api/sync/pull', auth: 'device', payload: { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: { 'no/kind': 1 } }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at recordVersions: Unrecognized key: \"no/kind\".") },
  { name: 'pull without a body', method: 'POST', url: '/api/sync/pull', auth: 'device', expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received undefined.") },
  { name: 'wait with a negative cursor', method: 'POST', url: '/api/sync/wait', auth: 'device', payload: { type: 'wait', protocolVersion: PROTOCOL_VERSION, cursor: -1 }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at cursor: Too small: expected number to be >=0.") },
  { name: 'new code without the key and a bad body', method: 'POST', url: '/api/admin/enrolment-codes', auth: null, payload: { teamId: 'x' }, expected: answer(401, 'unauthorised', 'coordinator_key_needed', NEEDS_KEY) },
  { name: 'new code without a body', method: 'POST', url: '/api/admin/enrolment-codes', auth: 'coordinator', expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid: Invalid input: expected object, received undefined.") },
  { name: 'new code for a malformed team id', method: 'POST', url: '/api/admin/enrolment-codes', auth: 'coordinator', payload: { teamId: 'x', role: 'kiosk' }, expected: answer(400, 'bad_request', 'invalid_request', "The request is not valid at teamId: Invalid UUID.") },
  { name: 'new code with a protocol version far ahead', method: 'POST', url: '/api/admin/enrolment-codes', auth: 'coordinator', payload: { teamId: 'x', role: 'kiosk', protocolVersion: 99 }, expected: answer(426, 'upgrade_required', 'protocol_unsupported', update(99)) },
  { name: 'revoke a malformed id', method: 'POST', url: '/api/admin/devices/not-an-id/revoke', auth: 'coordinator', expected: answer(400, 'bad_request', 'invalid_device_id', "This is not a device id. Copy the id from the device list.") },
  { name: 'revoke a malformed id without the key', method: 'POST', url: '/api/admin/devices/not-an-id/revoke', auth: null, expected: answer(401, 'unauthorised', 'coordinator_key_needed', NEEDS_KEY) },
  { name: 'revoke a malformed id with a JSON body', method: 'POST', url: '/api/admin/devices/not-an-id/revoke', auth: 'coordinator', payload: { protocolVersion: 99 }, expected: answer(400, 'bad_request', 'invalid_device_id', "This is not a device id. Copy the id from the device list.") },
  { name: 'blob status of a malformed name', method: 'GET', url: '/api/blobs/xyz/status', auth: 'device', expected: answer(400, 'bad_request', 'invalid_blob_name', "The request is not valid: the blob name must be a SHA-256 hex digest.") },
  { name: 'blob status of a malformed name without a token', method: 'GET', url: '/api/blobs/xyz/status', auth: null, expected: answer(401, 'unauthorised', 'device_not_enrolled', "This tablet is not enrolled. Enrol it with a code from the coordinator.") },
  { name: 'blob download of a malformed name', method: 'GET', url: '/api/blobs/xyz', auth: 'device', expected: answer(400, 'bad_request', 'invalid_blob_name', "The request is not valid: the blob name must be a SHA-256 hex digest.") },
  { name: 'blob upload with bad headers', method: 'PUT', url: `/api/blobs/${SHA}`, auth: 'device', payload: Buffer.from('abc'), headers: { 'content-type': 'application/octet-stream', 'x-blob-size': '0', 'x-blob-offset': '0', 'x-blob-mime': 'image/jpeg' }, expected: answer(400, 'bad_request', 'invalid_upload', "The upload is not valid: Too small: expected number to be >0.") },
  { name: 'blob upload with a bad name and bad headers', method: 'PUT', url: '/api/blobs/xyz', auth: 'device', payload: Buffer.from('abc'), headers: { 'content-type': 'application/octet-stream' }, expected: answer(400, 'bad_request', 'invalid_blob_name', "The request is not valid: the blob name must be a SHA-256 hex digest.") },
  { name: 'blob upload as JSON', method: 'PUT', url: `/api/blobs/${SHA}`, auth: 'device', payload: { a: 1 }, headers: { 'x-blob-size': '3', 'x-blob-offset': '0', 'x-blob-mime': 'image/jpeg' }, expected: answer(415, 'bad_request', 'upload_not_bytes', "Upload the bytes as application/octet-stream.") },
  { name: 'an unknown API path', method: 'GET', url: '/api/nothing', auth: null, expected: answer(404, 'not_found', 'path_unknown', "There is no GET /api/nothing here.") },
];

describeEachEngine('refusals of malformed requests', (engine) => {
  const server = useTestServer(engine, { rateLimits: false });

  it.each(REFUSED.map((r) => [r.name, r] as const))('%s', async (_name, r) => {
    const kiosk = r.auth === 'device' ? await server.enrol('Team Verpakking', 'kiosk') : null;
    const token = kiosk?.token ?? (r.auth === 'coordinator' ? TEST_COORDINATOR_KEY : null);
    const res = await server.app.inject({
      method: r.method,
      url: r.url,
      headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...r.headers },
      ...(r.payload === undefined ? {} : { payload: r.payload }),
    });
    expect({ status: res.statusCode, body: res.body }).toEqual(r.expected);
  });
});

/** Refusals that depend on what the server holds rather than on the request's shape. */
describeEachEngine('refusals of requests the server cannot grant', (engine) => {
  const server = useTestServer(engine, { rateLimits: false });
  const enrol = (code: string) => ({ method: 'POST' as const, url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code } });
  const pull = (token: string) => ({ method: 'POST' as const, url: '/api/sync/pull', headers: { authorization: `Bearer ${token}` }, payload: { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null } });

  it('names each refusal by a code the apps know, in its category', async () => {
    const kiosk = await server.enrol('Team Verpakking', 'kiosk');
    const revoked = await server.enrol('Team Montage', 'kiosk');
    const coordinator = { authorization: `Bearer ${TEST_COORDINATOR_KEY}` };
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/devices/${revoked.deviceId}/revoke`, headers: coordinator })).statusCode).toBe(200);
    const device = { authorization: `Bearer ${kiosk.token}` };
    const asked = [
      ['enrolment_code_unknown', enrol('NOPE-NOPE')],
      ['device_unknown', pull('x'.repeat(43))],
      ['device_revoked', pull(revoked.token)],
      ['blob_not_found', { method: 'GET' as const, url: `/api/blobs/${SHA}`, headers: device }],
      ['request_too_large', { method: 'POST' as const, url: '/api/enrol', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ pad: 'x'.repeat(100_000) }) }],
      ['device_not_found', { method: 'POST' as const, url: `/api/admin/devices/${ID}/revoke`, headers: coordinator }],
      ['team_not_found', { method: 'POST' as const, url: '/api/admin/enrolment-codes', headers: coordinator, payload: { teamId: ID, role: 'kiosk' } }],
    ] as const;
    for (const [code, request] of asked) {
      const body = errorBody.parse((await server.app.inject(request)).json());
      expect(body.code, request.url).toBe(code);
      expect(body.error, code).toBe(REFUSALS[code]);
    }
  });

  it('gives every malformed request above a known code in its category', () => {
    for (const r of REFUSED) {
      const body = errorBody.parse(JSON.parse(r.expected.body));
      expect(isRefusalCode(body.code), r.name).toBe(true);
      if (isRefusalCode(body.code)) expect(body.error, r.name).toBe(REFUSALS[body.code]);
    }
  });
});
