import type { FastifyRequest } from 'fastify';
import { COORDINATOR_KEY_FILE } from '#server/coordinatorKey.ts';
import { isCoordinatorKeyHash } from '#server/storage/coordinatorStore.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { hashToken } from '#server/tokens.ts';
import { bearerToken } from './bearerToken.ts';
import { HttpError } from './HttpError.ts';

const NEEDS_KEY =
  `This needs the coordinator key. Use the key in ${COORDINATOR_KEY_FILE} in the server's data folder ` +
  '(or the one set as SCHAKEL_COORDINATOR_KEY), sent as "Authorization: Bearer <key>".';

/**
 * Lets the request through only with a coordinator key. Device tokens live in
 * another table, so a tablet's token is never a coordinator key.
 */
export async function authenticateCoordinator(db: SqlClient, request: FastifyRequest): Promise<void> {
  const key = bearerToken(request);
  if (key.length === 0 || !(await isCoordinatorKeyHash(db, hashToken(key)))) {
    throw new HttpError(401, 'coordinator_key_needed', NEEDS_KEY);
  }
}

/** The same check as a preValidation hook, so a request without the key is refused before it is judged. */
export function coordinatorOnly(db: SqlClient): (request: FastifyRequest) => Promise<void> {
  return (request) => authenticateCoordinator(db, request);
}
