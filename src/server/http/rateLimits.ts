/**
 * Request budgets for sync (per device) and enrolment (per address), kept
 * in memory by @fastify/rate-limit in this server process. A request over
 * budget is refused in `onRequest` — before its body is read, its token
 * checked or the database touched — so it changes nothing. The tablet's sync
 * loop reads 429 as "try again later" and honours Retry-After.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashToken } from '#server/tokens.ts';
import { bearerToken } from './bearerToken.ts';
import { HttpError } from './HttpError.ts';

export interface RateLimit {
  readonly max: number;
  readonly timeWindowMs: number;
}

export interface RateLimits {
  /** Every `/api/sync/*` and `/api/blobs/*` request, counted per device token (per address without one). */
  readonly sync: RateLimit;
  /** `POST /api/enrol`, counted per address: the request carries no token yet. */
  readonly enrol: RateLimit;
  /** `POST /api/coordinator/session`, counted per address: a key guessed at is slowed to a crawl. */
  readonly signIn: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  // A tablet syncs on start, on events, on a timer and by long poll: a few requests a minute,
  // and a burst of pages after days offline. Ten a second is far beyond either.
  sync: { max: 600, timeWindowMs: 60_000 },
  // A whole trolley of tablets behind one workshop router, yet far too few to guess a 40-bit code.
  enrol: { max: 20, timeWindowMs: 60_000 },
  // A person mistyping now and then; never a guesser's pace.
  signIn: { max: 10, timeWindowMs: 60_000 },
};

/** Registers the budgets; call before the routes are added. */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(fastifyRateLimit, { global: false });
  // Each limiter has its own store, so enrolment tries never eat into a device's sync budget.
  const sync = app.createRateLimit({ max: limits.sync.max, timeWindow: limits.sync.timeWindowMs, keyGenerator: clientKey });
  const enrol = app.createRateLimit({ max: limits.enrol.max, timeWindow: limits.enrol.timeWindowMs, keyGenerator: clientKey });

  const signIn = app.createRateLimit({ max: limits.signIn.max, timeWindow: limits.signIn.timeWindowMs, keyGenerator: (request) => `ip:${request.ip}` });

  app.addHook('onRequest', async (request, reply) => {
    // The route pattern, not the raw URL: only real routes count, and a query string changes nothing.
    const route = request.routeOptions.url ?? '';
    const kind = route === '/api/enrol' ? 'enrol' : route === '/api/coordinator/session' && request.method === 'POST' ? 'signIn' : route.startsWith('/api/sync/') || route.startsWith('/api/blobs/') ? 'sync' : null;
    if (kind === null) return;
    const outcome = await { enrol, signIn, sync }[kind](request);
    if (outcome.isAllowed || !outcome.isExceeded) return;
    const seconds = Math.max(1, outcome.ttlInSeconds);
    void reply.header('retry-after', String(seconds));
    throw refusalOverBudget(kind, seconds);
  });
}

/** A device by a hash of its token (so the limiter never holds a usable token), else the address. */
function clientKey(request: FastifyRequest): string {
  const token = bearerToken(request);
  return token.length > 0 ? `token:${hashToken(token)}` : `ip:${request.ip}`;
}

function refusalOverBudget(kind: 'enrol' | 'signIn' | 'sync', seconds: number): HttpError {
  switch (kind) {
    case 'enrol':
      return new HttpError(429, 'enrol_rate_limited', `Too many enrolment tries from this network. Wait ${String(seconds)} seconds, then type the code again.`);
    case 'signIn':
      return new HttpError(429, 'sign_in_rate_limited', `Too many sign-in tries from this address. Wait ${String(seconds)} seconds, then try the key again.`);
    case 'sync':
      return new HttpError(429, 'sync_rate_limited', `This tablet is asking the server too often. It tries again by itself in ${String(seconds)} seconds; nothing is lost.`);
  }
}
