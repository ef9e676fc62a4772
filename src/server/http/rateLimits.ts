/**
 * Request budgets, kept in memory in this server process (WindowBudget). A
 * request over budget is refused in `onRequest` — before its body is read,
 * its token or key checked or the database touched — so it changes nothing.
 * The tablet's sync loop reads 429 as "try again later" and honours
 * Retry-After.
 *
 * Who pays for what:
 * - A tablet with a token a look-up found live (TokenVerdicts) has a budget
 *   of its own. Any other token — made up, revoked, or just not looked up in
 *   this process yet — pays from its address's small `unverified` budget, so
 *   a stream of random tokens shares one budget instead of getting a fresh
 *   one each. A real tablet's first request gets its payment back once its
 *   token is found live, so a hall of tablets behind one router is not
 *   throttled after a restart.
 * - Everything that takes the coordinator key (admin, orders, the dashboard,
 *   chain receipts, sign-in) pays per address and from one budget for
 *   everyone, so a guesser spread over many addresses is slowed too. A wrong
 *   key or session counts as a failed sign-in: an address out of tries is
 *   refused on all of them, the right key too.
 * - Enrolment pays per address and from one budget for everyone.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RefusalCode } from '#shared/errorCodes.ts';
import { hashToken } from '#server/tokens.ts';
import { bearerToken } from './bearerToken.ts';
import { HttpError } from './HttpError.ts';
import type { TokenVerdicts } from './TokenVerdicts.ts';
import { WindowBudget, type RateLimit } from './WindowBudget.ts';

export type { RateLimit } from './WindowBudget.ts';

export interface RateLimits {
  /** Every `/api/sync/*` and `/api/blobs/*` request of a device whose token was found live, per device. */
  readonly sync: RateLimit;
  /** The same routes with any other token (or none), per address. */
  readonly unverified: RateLimit;
  /** `POST /api/enrol`, per address: the request carries no token yet. */
  readonly enrol: RateLimit;
  /** `POST /api/enrol` from all addresses together. */
  readonly enrolEveryone: RateLimit;
  /** Wrong keys and sessions per address, at `POST /api/coordinator/session` and everywhere else the key is taken. */
  readonly signIn: RateLimit;
  /** Every request to a route that takes the coordinator key, per address. */
  readonly coordinator: RateLimit;
  /** The same, from all addresses together. */
  readonly coordinatorEveryone: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  // A tablet syncs on start, on events, on a timer and by long poll: a few requests a minute,
  // and a burst of pages after days offline. Ten a second is far beyond either.
  sync: { max: 600, timeWindowMs: 60_000 },
  // Only tokens not yet found live pay here, and a live one gets its payment back: a workshop's
  // tablets behind one router after a restart fit in it, a stream of made-up tokens is two a second.
  unverified: { max: 120, timeWindowMs: 60_000 },
  // A whole trolley of tablets behind one workshop router, yet far too few to guess a 40-bit code.
  enrol: { max: 20, timeWindowMs: 60_000 },
  // Enrolling a chain's tablets takes a few a minute; at this pace guessing one of even a
  // hundred open 40-bit codes takes a century.
  enrolEveryone: { max: 200, timeWindowMs: 60_000 },
  // A person mistyping now and then; never a guesser's pace.
  signIn: { max: 10, timeWindowMs: 60_000 },
  // The dashboard asks a handful of things per screen and a person clicks a few screens a minute;
  // an order import sends up to 500 orders a request; a script listing devices asks every few
  // seconds. Two a second per address is more than all of them together.
  coordinator: { max: 120, timeWindowMs: 60_000 },
  // Several coordinators and import scripts at once; a guesser on a thousand addresses gets ten a
  // second at most, against a key of at least 24 characters (a generated one has 256 random bits).
  coordinatorEveryone: { max: 600, timeWindowMs: 60_000 },
};

type RouteKind = 'device' | 'enrol' | 'coordinator';

/** Registers the budgets; call before the routes are added. `verdicts` is the device authenticator's. */
export function registerRateLimits(app: FastifyInstance, limits: RateLimits, verdicts: TokenVerdicts): void {
  const budget = (limit: RateLimit) => new WindowBudget(limit);
  // Each budget has its own counts, so enrolment tries never eat into a device's sync budget.
  const sync = budget(limits.sync);
  const unverified = budget(limits.unverified);
  const enrol = budget(limits.enrol);
  const enrolEveryone = budget(limits.enrolEveryone);
  const signIn = budget(limits.signIn);
  const coordinator = budget(limits.coordinator);
  const coordinatorEveryone = budget(limits.coordinatorEveryone);
  // Requests that paid by address for a token not yet known live: the payment comes back if it proves live.
  const paidByAddress = new WeakMap<FastifyRequest, string>();

  app.addHook('onRequest', async (request, reply) => {
    const kind = routeKind(request);
    if (kind === null) return;
    const address = `ip:${request.ip}`;
    const refuse = (seconds: number | null, refusal: (seconds: number) => HttpError): void => {
      if (seconds === null) return;
      void reply.header('retry-after', String(seconds));
      throw refusal(seconds);
    };
    switch (kind) {
      case 'device': {
        const token = bearerToken(request);
        const hash = token.length > 0 ? hashToken(token) : '';
        if (hash !== '' && verdicts.isLive(hash)) {
          refuse(sync.take(`token:${hash}`), deviceOverBudget);
        } else {
          refuse(unverified.take(address), unverifiedOverBudget);
          if (hash !== '') paidByAddress.set(request, hash);
        }
        return;
      }
      case 'enrol':
        refuse(enrol.take(address), enrolOverBudget);
        refuse(enrolEveryone.take('everyone'), enrolEveryoneOverBudget);
        return;
      case 'coordinator':
        // Per address first: an address over its own budget spends none of everyone's.
        refuse(signIn.spent(address), keyTriesOverBudget);
        refuse(coordinator.take(address), coordinatorOverBudget);
        refuse(coordinatorEveryone.take('everyone'), coordinatorEveryoneOverBudget);
        return;
    }
  });

  // A real tablet's payment moves from its address to its own budget.
  app.addHook('onResponse', (request, _reply, done) => {
    const hash = paidByAddress.get(request);
    if (hash !== undefined && verdicts.isLive(hash)) {
      unverified.giveBack(`ip:${request.ip}`);
      sync.take(`token:${hash}`);
    }
    done();
  });

  // A wrong key or session is a try, wherever it was sent; a refusal for another reason is none.
  app.addHook('onError', (request, _reply, error, done) => {
    if (routeKind(request) === 'coordinator' && error instanceof HttpError && WRONG_CREDENTIALS.has(error.code)) signIn.take(`ip:${request.ip}`);
    done();
  });
}

/** Refusals that mean "this key or session is not the coordinator's" (a cross-site change is not a guess). */
const WRONG_CREDENTIALS: ReadonlySet<RefusalCode> = new Set(['coordinator_key_wrong', 'coordinator_key_needed', 'coordinator_session_needed', 'chain_key_wrong']);

/** Which budgets a request pays from, by its route pattern: only real routes count, and a query string changes nothing. */
function routeKind(request: FastifyRequest): RouteKind | null {
  const route = request.routeOptions.url ?? '';
  if (route.startsWith('/api/sync/') || route.startsWith('/api/blobs/')) return 'device';
  if (route === '/api/enrol') return 'enrol';
  if (route.startsWith('/api/admin/') || route === '/api/orders' || route.startsWith('/api/coordinator/') || route.startsWith('/api/chains/')) return 'coordinator';
  return null;
}


const wait = (seconds: number) => `Wait ${String(seconds)} seconds`;

function deviceOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'sync_rate_limited', `This tablet is asking the server too often. It tries again by itself in ${String(seconds)} seconds; nothing is lost.`);
}

function unverifiedOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'sync_rate_limited', `Too many requests from this address with a token the server does not know. It tries again by itself in ${String(seconds)} seconds; nothing is lost.`);
}

function enrolOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'enrol_rate_limited', `Too many enrolment tries from this network. ${wait(seconds)}, then type the code again.`);
}

function enrolEveryoneOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'enrol_rate_limited', `Too many enrolment tries at the server right now. ${wait(seconds)}, then type the code again.`);
}

function keyTriesOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'sign_in_rate_limited', `Too many sign-in tries from this address. ${wait(seconds)}, then try the key again.`);
}

function coordinatorOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'coordinator_rate_limited', `Too many coordinator requests from this address. ${wait(seconds)}, then try again.`);
}

function coordinatorEveryoneOverBudget(seconds: number): HttpError {
  return new HttpError(429, 'coordinator_rate_limited', `Too many coordinator requests at the server right now. ${wait(seconds)}, then try again.`);
}
