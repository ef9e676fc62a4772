/**
 * The coordinator's dashboard API under /api/coordinator: sign-in (the key
 * for an HttpOnly session cookie), a period's snapshots side by side, a
 * trend over fixed weeks, the export, and sending to the chain analysis.
 * Every figure goes through the privacy rules first (publishSnapshots.ts);
 * query strings are strict, so no parameter can ask for a smaller group.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import {
  SCOPES,
  chainSyncResponse,
  type ChainSyncResponse,
  TREND_LENGTHS,
  overviewResponse,
  periodParam,
  sessionResponse,
  signInRequest,
  snapshotsResponse,
  trendResponse,
  type OverviewResponse,
  type SessionResponse,
  type SnapshotsResponse,
  type TrendResponse,
} from '#shared/snapshots/api.ts';
import { addWeeks, isFinished } from '#shared/snapshots/periods.ts';
import { localDay } from '#shared/time.ts';
import { isCoordinatorKeyHash } from '#server/storage/coordinatorStore.ts';
import { createSession, deleteSession, sessionExpiry } from '#server/storage/sessionStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { exportCsv, exportJsonSchema, exportPeriod } from '#server/snapshots/exportSnapshots.ts';
import type { ChainSender } from '#server/snapshots/chainSender.ts';
import { localChains, organisationTree, publishedPeriod, trendOf, weeksWithSnapshots } from '#server/snapshots/snapshotReads.ts';
import type { SnapshotRefresher } from '#server/snapshots/SnapshotRefresher.ts';
import { hashToken, newDeviceToken } from '#server/tokens.ts';
import { coordinatorOnly, SESSION_COOKIE, sessionToken } from '#server/http/authenticateCoordinator.ts';
import { HttpError } from '#server/http/HttpError.ts';

/** A working day at the desk; the page signs in again after it. */
export const SESSION_HOURS = 8;
const SMALL_BODY = 1024;

export interface CoordinatorRouteDeps {
  readonly db: SqlDatabase;
  readonly refresher: SnapshotRefresher;
  readonly chainSender: ChainSender | null;
  readonly now: () => Date;
}

const periodQuery = z.strictObject({ period: periodParam });
const trendQuery = z.strictObject({
  scope: z.enum(SCOPES),
  id: z.uuid({ error: 'an id is a UUID from the overview' }),
  weeks: z.coerce.number().refine((n) => (TREND_LENGTHS as readonly number[]).includes(n), { error: `weeks is one of ${TREND_LENGTHS.join(', ')}` }),
});
const exportQuery = z.strictObject({ period: periodParam, format: z.enum(['csv', 'json']) });

export function coordinatorRoutes(app: FastifyInstance, deps: CoordinatorRouteDeps): void {
  const { db, refresher, now } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const signedIn = coordinatorOnly(db);
  const secure = (protocol: string) => protocol === 'https';

  api.post('/api/coordinator/session', { bodyLimit: SMALL_BODY, schema: { body: signInRequest, response: { 200: sessionResponse } } }, async (request, reply): Promise<SessionResponse> => {
    if (!(await isCoordinatorKeyHash(db, hashToken(request.body.key)))) {
      throw new HttpError(401, 'coordinator_key_wrong', 'That is not the coordinator key. Check the key and try again.');
    }
    const token = newDeviceToken();
    // Sessions run on the wall clock, whatever week the dashboard thinks it is.
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
    await createSession(db, hashToken(token), expiresAt);
    void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/api/', expires: expiresAt, secure: secure(request.protocol) });
    return { type: 'session', expiresAt: expiresAt.toISOString() };
  });

  api.get('/api/coordinator/session', { schema: { response: { 200: sessionResponse } } }, async (request): Promise<SessionResponse> => {
    const token = sessionToken(request);
    const expiry = token === '' ? null : await sessionExpiry(db, hashToken(token), new Date());
    if (!expiry) throw new HttpError(401, 'coordinator_session_needed', 'Not signed in: sign in with the coordinator key.');
    return { type: 'session', expiresAt: expiry.toISOString() };
  });

  api.delete('/api/coordinator/session', async (request, reply) => {
    const token = sessionToken(request);
    if (token !== '') await deleteSession(db, hashToken(token));
    void reply.clearCookie(SESSION_COOKIE, { path: '/api/' });
    return reply.status(204).send();
  });

  api.get('/api/coordinator/overview', { preValidation: signedIn, schema: { response: { 200: overviewResponse } } }, async (): Promise<OverviewResponse> => {
    await refresher.refresh();
    // Finished weeks only: a week's snapshot is what the week was, the running week is not that yet.
    const [weeks, organisations, chains] = await Promise.all([weeksWithSnapshots(db, addWeeks(isoWeekOf(localDay(now())), -1)), organisationTree(db), chainsWithLinks(db)]);
    return { type: 'overview', weeks, organisations, chains, chainSync: deps.chainSender ? await deps.chainSender.status() : null };
  });

  api.get('/api/coordinator/snapshots', { preValidation: signedIn, schema: { querystring: periodQuery, response: { 200: snapshotsResponse } } }, async (request): Promise<SnapshotsResponse> => {
    await refresher.refresh();
    const { period } = request.query;
    assertFinished(period, now());
    const published = await publishedPeriod(db, period);
    if (published.teams.every((t) => t.version === 0)) await assertKnownPeriod(db, period);
    return { type: 'snapshots', period, ...published };
  });

  api.get('/api/coordinator/trend', { preValidation: signedIn, schema: { querystring: trendQuery, response: { 200: trendResponse } } }, async (request): Promise<TrendResponse> => {
    await refresher.refresh();
    const { scope, id, weeks } = request.query;
    // The last finished week: a running week is not published (see assertFinished).
    const last = addWeeks(isoWeekOf(localDay(now())), -1);
    const list = Array.from({ length: weeks }, (_, i) => addWeeks(last, i - weeks + 1));
    const trend = await trendOf(db, scope, id, list);
    if (!trend) throw new HttpError(404, 'snapshot_not_found', `There is no ${scope} ${id} here. Pick one from the overview.`);
    return { type: 'trend', scope, id, name: trend.name, points: trend.points.map((p) => ({ period: p.period, fields: p.fields })) };
  });

  api.get('/api/coordinator/export', { preValidation: signedIn, schema: { querystring: exportQuery } }, async (request, reply) => {
    await refresher.refresh();
    const { period, format } = request.query;
    assertFinished(period, now());
    await assertKnownPeriod(db, period);
    const data = await exportPeriod(db, period, now());
    const name = `schakel-snapshots-${period}.${format}`;
    void reply.header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(exportCsv(data));
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  });

  api.get('/api/coordinator/export/schema.json', async (_request, reply) => reply.type('application/schema+json').send(JSON.stringify(exportJsonSchema(), null, 2)));

  api.post('/api/coordinator/chain-sync', { bodyLimit: SMALL_BODY, preValidation: signedIn, schema: { response: { 200: chainSyncResponse } } }, async (): Promise<ChainSyncResponse> => {
    if (!deps.chainSender) throw new HttpError(404, 'chain_not_configured', 'This server sends to no chain analysis: set SCHAKEL_CHAIN_URL and SCHAKEL_CHAIN_KEY to do so.');
    await refresher.refresh();
    try {
      return { type: 'chainSync', ...(await deps.chainSender.sendNow()) };
    } catch (error) {
      // The sender noted the failure and when to try again; nothing was marked sent.
      throw new HttpError(502, 'chain_unreachable', `The chain analysis server did not take the snapshots (${error instanceof Error ? error.message : 'no answer'}). They stay waiting and are sent again.`);
    }
  });
}

/**
 * A week's figures are published once the week is over: while it runs, each
 * new answer would move them, and two versions a few answers apart are the
 * differencing rule 5 forbids.
 */
function assertFinished(period: string, now: Date): void {
  if (!isFinished(period, localDay(now))) throw new HttpError(404, 'snapshot_not_found', `${period} is not over yet: its figures come once it has ended. Pick a finished week.`);
}

/** A period with no snapshot anywhere is unknown: 404, naming only what was asked. */
async function assertKnownPeriod(db: SqlDatabase, period: string): Promise<void> {
  const rows = await db.query('SELECT 1 FROM snapshots WHERE period = $1 UNION ALL SELECT 1 FROM chain_snapshots WHERE period = $1 LIMIT 1', [period]);
  if (rows.length === 0) throw new HttpError(404, 'snapshot_not_found', `There are no snapshots for ${period}. Pick a week from the list.`);
}

async function chainsWithLinks(db: SqlDatabase): Promise<OverviewResponse['chains']> {
  const chains = await localChains(db);
  const links = await db.query<{ chain_id: string; organisation_id: string; role: 'supplier' | 'workshop' | 'customer' }>('SELECT chain_id, organisation_id, role FROM chain_links');
  return chains.map((c) => ({ id: c.id, name: c.name, links: links.filter((l) => l.chain_id === c.id).map((l) => ({ organisationId: l.organisation_id, role: l.role })) }));
}
