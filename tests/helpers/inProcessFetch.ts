/**
 * A `fetch` that hands requests straight to a Fastify instance with
 * `inject`, so the real HTTP transport and the real server meet in one
 * process. `faults` lets a test break the line in the ways a shop floor does.
 */
import type { FastifyInstance } from 'fastify';

export type Fault = 'offline' | 'loseResponse' | 'serverError';

export interface FaultPlan {
  /** Called before each request; return a fault to inject, or null to pass. */
  next(path: string): Fault | null;
}

export const NO_FAULTS: FaultPlan = { next: () => null };

/** `app` may be a getter, so a test can restart the server under a device's feet. */
export function inProcessFetch(app: FastifyInstance | (() => FastifyInstance), faults: FaultPlan = NO_FAULTS): typeof fetch {
  const current = 'inject' in app ? () => app : app;
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const fault = faults.next(url.pathname);
    if (fault === 'offline') throw new TypeError('fetch failed');
    if (fault === 'serverError') return new Response(JSON.stringify({ error: 'server_error', message: 'injected' }), { status: 503 });
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const response = await current().inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: url.pathname + url.search,
      headers,
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
      ...(init?.body instanceof Uint8Array ? { payload: Buffer.from(init.body) } : {}),
    });
    // The server did the work; the answer never arrives.
    if (fault === 'loseResponse') throw new TypeError('fetch failed');
    return new Response(new Uint8Array(response.rawPayload), { status: response.statusCode, headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') } });
  };
}
