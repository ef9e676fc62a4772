import type { z } from 'zod';
import { PROTOCOL_VERSION, enrolResponse, errorBody, pullResponse, pushResponse } from '../shared/protocol.ts';
import { TransportError, type Transport, type TransportFailure } from './Transport.ts';

/** The Transport over fetch, to the coordinator at `baseUrl` (same origin in the app). */
export function httpTransport(baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  async function post<S extends z.ZodType>(path: string, body: unknown, schema: S, token?: string): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-schakel-protocol': String(PROTOCOL_VERSION),
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      throw new TransportError('offline', 'The server cannot be reached.');
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorBody.safeParse(json);
      throw new TransportError(failureFor(response.status), parsed.success ? parsed.data.message : `The server answered ${String(response.status)}.`, response.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new TransportError('server', 'The server sent an answer this app cannot read.', response.status);
    return parsed.data;
  }

  return {
    enrol: (request) => post('/api/enrol', request, enrolResponse),
    push: (token, request) => post('/api/sync/push', request, pushResponse, token),
    pull: (token, request) => post('/api/sync/pull', request, pullResponse, token),
  };
}

function failureFor(status: number): TransportFailure {
  if (status === 401) return 'unauthorised';
  if (status === 426) return 'upgradeRequired';
  // 429 (slow down) and 5xx are worth retrying; other 4xx are not.
  if (status === 429 || status >= 500) return 'server';
  return 'refused';
}
