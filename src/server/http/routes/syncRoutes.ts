import type { FastifyInstance } from 'fastify';
import { ERROR_CODES, MAX_PULL_PAGE, PROTOCOL_VERSION, pullRequest, pushRequest, type PullResponse, type PushResponse } from '../../../shared/protocol.ts';
import { pullChanges, pushMutations, DeviceRevokedError } from '../../storage/syncStore.ts';
import type { SqlDatabase } from '../../storage/SqlDatabase.ts';
import { authenticate } from '../authenticate.ts';
import { HttpError } from '../HttpError.ts';
import { parseBody } from '../parseBody.ts';

/** A full push batch of large cards stays well under this; anything bigger is refused whole. */
export const PUSH_BODY_LIMIT = 2 * 1024 * 1024;
const PULL_BODY_LIMIT = 4 * 1024;

export function syncRoutes(app: FastifyInstance, db: SqlDatabase): void {
  app.post('/api/sync/push', { bodyLimit: PUSH_BODY_LIMIT }, async (request): Promise<PushResponse> => {
    const device = await authenticate(db, request);
    const body = parseBody(pushRequest, request.body);
    assertIncreasing(body.mutations.map((m) => m.seq));
    try {
      const outcome = await pushMutations(db, device, body.mutations);
      return { type: 'pushResult', protocolVersion: PROTOCOL_VERSION, ...outcome };
    } catch (error) {
      if (error instanceof DeviceRevokedError) {
        throw new HttpError(401, ERROR_CODES.revoked, 'This tablet was switched off by the coordinator. Ask for a new code to enrol it again.');
      }
      throw error;
    }
  });

  app.post('/api/sync/pull', { bodyLimit: PULL_BODY_LIMIT }, async (request): Promise<PullResponse> => {
    const device = await authenticate(db, request);
    const body = parseBody(pullRequest, request.body);
    const outcome = await pullChanges(db, device, body.cursor, body.limit ?? MAX_PULL_PAGE);
    return { type: 'pullResult', protocolVersion: PROTOCOL_VERSION, ...outcome };
  });
}

/** The outbox sends in sequence order; a batch out of order means a broken client, so refuse it whole. */
function assertIncreasing(seqs: readonly number[]): void {
  for (let i = 1; i < seqs.length; i++) {
    if ((seqs[i] ?? 0) <= (seqs[i - 1] ?? 0)) {
      throw new HttpError(400, ERROR_CODES.badRequest, 'The request is not valid: mutations must be in increasing sequence order.');
    }
  }
}
