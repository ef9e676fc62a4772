import type { z } from 'zod';
import { blobStatus } from '#shared/blobs.ts';
import { PROTOCOL_VERSION, enrolResponse, errorBody, pullResponse, pushResponse, waitResponse } from '#shared/protocol.ts';
import { TransportError, type Transport, type TransportFailure } from './Transport.ts';

/** The Transport over fetch, to the coordinator at `baseUrl` (same origin in the app). */
export function httpTransport(baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  async function send(path: string, init: RequestInit, token?: string): Promise<Response> {
    try {
      return await fetchImpl(`${baseUrl}${path}`, {
        ...init,
        headers: {
          'x-schakel-protocol': String(PROTOCOL_VERSION),
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...(init.headers as Record<string, string> | undefined),
        },
        cache: 'no-store',
      });
    } catch {
      throw new TransportError('offline', 'The server cannot be reached.');
    }
  }

  async function read<S extends z.ZodType>(response: Response, schema: S, okStatuses: readonly number[] = []): Promise<z.infer<S>> {
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok && !okStatuses.includes(response.status)) {
      const parsed = errorBody.safeParse(json);
      throw new TransportError(
        failureFor(response.status),
        parsed.success ? parsed.data.message : `The server answered ${String(response.status)}.`,
        response.status,
        parsed.success ? (parsed.data.code ?? null) : null,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new TransportError('server', 'The server sent an answer this app cannot read.', response.status);
    return parsed.data;
  }

  async function post<S extends z.ZodType>(path: string, body: unknown, schema: S, token?: string, signal?: AbortSignal): Promise<z.infer<S>> {
    const init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(signal === undefined ? {} : { signal }) };
    return read(await send(path, init, token), schema);
  }

  return {
    enrol: (request) => post('/api/enrol', request, enrolResponse),
    push: (token, request) => post('/api/sync/push', request, pushResponse, token),
    pull: (token, request) => post('/api/sync/pull', request, pullResponse, token),
    wait: (token, request, signal) => post('/api/sync/wait', request, waitResponse, token, signal),
    blobStatus: async (token, sha256) => read(await send(`/api/blobs/${sha256}/status`, { method: 'GET' }, token), blobStatus),
    uploadBlobChunk: async (token, sha256, chunk) => {
      const init: RequestInit = {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'x-blob-size': String(chunk.size), 'x-blob-offset': String(chunk.offset), 'x-blob-mime': chunk.mime },
        body: chunk.bytes,
      };
      // 409: the server holds a different amount than we thought; its answer says where to resume.
      return read(await send(`/api/blobs/${sha256}`, init, token), blobStatus, [409]);
    },
    fetchBlob: async (token, sha256) => {
      const response = await send(`/api/blobs/${sha256}`, { method: 'GET' }, token);
      if (response.status === 404) return null;
      if (!response.ok) return read(response, blobStatus).then(() => null);
      return { bytes: new Uint8Array(await response.arrayBuffer()), mime: response.headers.get('content-type') ?? 'application/octet-stream' };
    },
  };
}

function failureFor(status: number): TransportFailure {
  if (status === 401) return 'unauthorised';
  if (status === 426) return 'upgradeRequired';
  // 429 (slow down) and 5xx are worth retrying; other 4xx are not.
  if (status === 429 || status >= 500) return 'server';
  return 'refused';
}
