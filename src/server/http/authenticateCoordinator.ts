import type {} from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { COORDINATOR_KEY_FILE } from '#server/coordinatorKey.ts';
import { isCoordinatorKeyHash } from '#server/storage/coordinatorStore.ts';
import { sessionExpiry } from '#server/storage/sessionStore.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { hashToken } from '#server/tokens.ts';
import { bearerToken } from './bearerToken.ts';
import { HttpError } from './HttpError.ts';

/** The coordinator's session cookie: HttpOnly, SameSite=Strict, scoped to the API. */
export const SESSION_COOKIE = 'schakel_coordinator';

const NEEDS_KEY =
  `This needs the coordinator key. Use the key in ${COORDINATOR_KEY_FILE} in the server's data folder ` +
  '(or the one set as SCHAKEL_COORDINATOR_KEY), sent as "Authorization: Bearer <key>", or sign in at /coordinator.';

/** The session token the request's cookie carries, or '' without one. */
export function sessionToken(request: FastifyRequest): string {
  const value = request.cookies[SESSION_COOKIE];
  return typeof value === 'string' ? value : '';
}

/**
 * Lets the request through with the coordinator key (scripts, the order
 * import) or the coordinator's session cookie (the dashboard). Device
 * tokens live in another table, so a tablet's token is never either.
 * A change made with the cookie must come from this server's own page: a
 * browser sends an Origin header with it, and another site's is refused.
 */
export async function authenticateCoordinator(db: SqlClient, request: FastifyRequest): Promise<void> {
  const key = bearerToken(request);
  if (key.length > 0) {
    if (await isCoordinatorKeyHash(db, hashToken(key))) return;
    throw new HttpError(401, 'coordinator_key_needed', NEEDS_KEY);
  }
  const token = sessionToken(request);
  if (token.length === 0) throw new HttpError(401, 'coordinator_key_needed', NEEDS_KEY);
  if ((await sessionExpiry(db, hashToken(token), new Date())) === null) {
    throw new HttpError(401, 'coordinator_session_needed', 'Sign in at /coordinator with the coordinator key: this page has no valid session (signed out, expired, or never signed in).');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const origin = request.headers.origin;
    if (request.headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && origin !== `${request.protocol}://${request.host}`)) {
      throw new HttpError(401, 'coordinator_cross_site', 'This change came from another site and was not made.');
    }
  }
}

/** The same check as a preValidation hook, so a request without the key is refused before it is judged. */
export function coordinatorOnly(db: SqlClient): (request: FastifyRequest) => Promise<void> {
  return (request) => authenticateCoordinator(db, request);
}
