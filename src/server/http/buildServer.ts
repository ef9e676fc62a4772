/**
 * The coordinator's HTTP face: JSON API under /api, the built app
 * everywhere else. Routes validate and call storage; rules live in domain.
 */
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { refusalBody, type RefusalBody } from '#shared/protocol.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { TrustProxy } from '#server/config.ts';
import { DeviceAuthenticator } from './authenticate.ts';
import { HttpError } from './HttpError.ts';
import { registerJsonBodyParser } from './jsonBodyParser.ts';
import { DEFAULT_RATE_LIMITS, registerRateLimits, type RateLimits } from './rateLimits.ts';
import { capConnections, connectionOptions, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './connectionLimits.ts';
import { TokenVerdicts } from './TokenVerdicts.ts';
import { registerSecurityHeaders } from './securityHeaders.ts';
import { adminRoutes } from './routes/adminRoutes.ts';
import { appRoutes } from './routes/appRoutes.ts';
import { enrolRoutes } from './routes/enrolRoutes.ts';
import { healthRoutes } from './routes/healthRoutes.ts';
import { blobRoutes } from './routes/blobRoutes.ts';
import { orderRoutes } from './routes/orderRoutes.ts';
import { chainRoutes } from './routes/chainRoutes.ts';
import { coordinatorRoutes } from './routes/coordinatorRoutes.ts';
import type { ChainSender } from '#server/snapshots/chainSender.ts';
import { SnapshotRefresher } from '#server/snapshots/SnapshotRefresher.ts';
import { syncRoutes } from './routes/syncRoutes.ts';
import { refusedRequest, judgeWithZod } from './validation.ts';
import type { JobScheduler } from '#server/jobs/JobScheduler.ts';
import { ServerClock } from '#server/sync/ServerClock.ts';
import { DEFAULT_ENROLMENT_CODE_DAYS } from '#server/storage/deviceStore.ts';
import { DEFAULT_BLOB_QUOTA_BYTES } from '#server/storage/blobStore.ts';
import { persistClock } from '#server/sync/clockLease.ts';
import { teamSignalsFor } from '#server/sync/PostgresTeamSignals.ts';
import type { TeamSignals } from '#server/sync/TeamSignals.ts';

/** What the JSON parser does with a `__proto__` or `constructor.prototype` key (see buildServer). */
const POISONED_KEYS = { proto: 'remove', constructor: 'remove' } as const;

/** Under typical proxy idle time-outs (30–60 s), so the long poll ends on our terms. */
const DEFAULT_WAIT_TIMEOUT_MS = 25_000;

export interface ServerOptions {
  readonly db: SqlDatabase;
  readonly newId: () => string;
  /** Request budgets (DEFAULT_RATE_LIMITS for any omitted); false turns them off. */
  readonly rateLimits?: Partial<RateLimits> | false;
  /** Time-outs and the connection cap (DEFAULT_CONNECTION_LIMITS for any omitted). */
  readonly connections?: Partial<ConnectionLimits>;
  /** The built app (vite's dist/); omitted in API-only tests. */
  readonly staticDir?: string;
  /** Fastify's request log; a stream lets a test read every line. */
  readonly logger?: boolean | { readonly level: string; readonly stream: { write(line: string): void } };
  /** The server's clock; tests pass one to skew time. */
  readonly clock?: ServerClock;
  /** Where long-poll requests wait; shared with whatever else writes to teams. Default: the database's (teamSignalsFor). */
  readonly signals?: TeamSignals;
  /** Fastify's trustProxy: behind a reverse proxy, which hops' X-Forwarded-For to believe (config.ts, SCHAKEL_TRUST_PROXY). */
  readonly trustProxy?: TrustProxy;
  readonly waitTimeoutMs?: number;
  /** Periodic work that must stop, runs finished, before the database closes: stopped when the server closes. */
  readonly jobs?: JobScheduler;
  /** Keeps the snapshots up to date; shared with the chain sync job. */
  readonly refresher?: SnapshotRefresher;
  /** Sends snapshots to the chain analysis server; omitted when this server sends nowhere. */
  readonly chainSender?: ChainSender;
  /** How many days an enrolment code works (DEFAULT_ENROLMENT_CODE_DAYS when omitted). */
  readonly enrolmentCodeDays?: number;
  /** The most one team's photos and clips may take, in bytes (DEFAULT_BLOB_QUOTA_BYTES when omitted). */
  readonly blobQuotaBytes?: number;
  /** The coordinator's "now" (the current week); tests pass a fixed one. Sessions always use the wall clock. */
  readonly now?: () => Date;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const waitTimeoutMs = options.waitTimeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const connections = { ...DEFAULT_CONNECTION_LIMITS, ...options.connections };
  const app = Fastify({
    logger: options.logger ?? false,
    // Slow or idle clients are let go, never a long poll the server is still answering (connectionLimits.ts).
    ...connectionOptions(connections, waitTimeoutMs),
    bodyLimit: 64 * 1024,
    // A `__proto__` key (or `constructor.prototype`) in a body is dropped as it is parsed, not
    // refused: refusing would fail a tablet's whole push, and every push after it, for a key no
    // schema has. Nothing past the parser ever sees it (applyMutation is safe with it anyway).
    onProtoPoisoning: POISONED_KEYS.proto,
    onConstructorPoisoning: POISONED_KEYS.constructor,
    // The client's address (rate limits by address) comes from X-Forwarded-For only from a proxy trusted here.
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
  });
  capConnections(app, connections);
  // Fastify's own parser with the same actions, behind a bound on nesting (jsonBodyParser.ts).
  registerJsonBodyParser(app, POISONED_KEYS);
  const { jobs } = options;
  if (jobs) app.addHook('onClose', () => jobs.stop());
  judgeWithZod(app);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = refusedRequest(error, request) ?? toErrorBody(error);
    if (status >= 500) request.log.error(error);
    return reply.status(status).send(body);
  });

  // First: its hook then runs before the limiter's, so a 429 carries the headers too.
  await registerSecurityHeaders(app);
  // The authenticator's look-ups tell the limiter which tokens are real tablets'.
  const verdicts = new TokenVerdicts();
  // Before the routes: the limiter's hook must be in place when they are added.
  if (options.rateLimits !== false) registerRateLimits(app, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, verdicts);
  await app.register(fastifyCookie);
  healthRoutes(app, options.db);
  const auth = DeviceAuthenticator.for(options.db, verdicts);
  // One clock and one set of waiting polls for every route that writes to a team. The clock starts
  // above whatever an earlier run or another process issued; the signals reach every process.
  const clock = options.clock ?? new ServerClock();
  const lease = await persistClock(options.db, clock);
  app.addHook('onClose', () => lease.stop());
  const signals = options.signals ?? (await teamSignalsFor(options.db));
  if (!options.signals) app.addHook('onClose', () => signals.close());
  const codeDays = options.enrolmentCodeDays ?? DEFAULT_ENROLMENT_CODE_DAYS;
  adminRoutes(app, { db: options.db, auth, newId: options.newId, codeDays });
  coordinatorRoutes(app, {
    db: options.db,
    refresher: options.refresher ?? new SnapshotRefresher(options.db),
    chainSender: options.chainSender ?? null,
    now: options.now ?? (() => new Date()),
  });
  chainRoutes(app, options.db);
  orderRoutes(app, { db: options.db, clock, signals });
  enrolRoutes(app, { db: options.db, newId: options.newId, codeDays });
  blobRoutes(app, { db: options.db, auth, quotaBytes: options.blobQuotaBytes ?? DEFAULT_BLOB_QUOTA_BYTES });
  syncRoutes(app, {
    db: options.db,
    clock,
    signals,
    waitTimeoutMs,
    auth,
  });

  if (options.staticDir !== undefined && existsSync(options.staticDir)) {
    // Source maps stay in dist/ for reading a stack trace, but are not published: they are the
    // app's whole source. Left out here, a .map is the not-found handler's 404 like any missing file.
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false, globIgnore: ['**/*.map'] });
    appRoutes(app);
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (request.method === 'GET' && !pathname.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(pathname) && options.staticDir !== undefined) {
      // The app routes in the browser: any other page is the shell. A missing file is a 404,
      // never HTML, so a stale script request fails loudly instead of parsing a page.
      return reply.type('text/html').sendFile('index.html');
    }
    const body = refusalBody('path_unknown', `There is no ${request.method} ${pathname} here.`);
    return reply.status(404).send(body);
  });
  return app;
}

/** A hop count as proxy-addr reads one: trust the nearest `hops` addresses (Fastify's types take no number). */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

function toErrorBody(error: FastifyError): { status: number; body: RefusalBody } {
  if (error instanceof HttpError) return { status: error.statusCode, body: error.body };
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, body: refusalBody('request_too_large', 'The request is too large. Sync sends smaller batches; update the app if this repeats.') };
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, body: refusalBody('unreadable_request', `The request could not be read: ${error.message}.`) };
  }
  return { status: 500, body: refusalBody('server_error', 'The server had a problem. Nothing was lost; the tablet will try again.') };
}
