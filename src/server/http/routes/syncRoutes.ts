import type { FastifyInstance } from 'fastify';
import { ERROR_CODES, MAX_PULL_PAGE, MAX_PUSH_BODY_BYTES, PROTOCOL_VERSION, pullRequest, pushRequest, waitRequest, type PullResponse, type PushResponse, type WaitResponse } from '#shared/protocol.ts';
import type { ServerClock } from '#server/sync/ServerClock.ts';
import { PushQueue } from '#server/sync/PushQueue.ts';
import { DeviceRevokedError } from '#server/sync/pushBatch.ts';
import { teamSequence, pullChanges } from '#server/sync/pullChanges.ts';
import type { TeamSignals } from '#server/sync/TeamSignals.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { revokedError, type DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { OLDEST_PUSH_PROTOCOL_VERSION } from '#shared/versions.ts';
import { parseBody } from '#server/http/parseBody.ts';

/** A full push batch of large cards stays well under this; anything bigger is refused whole. */
export const PUSH_BODY_LIMIT = MAX_PUSH_BODY_BYTES;
const PULL_BODY_LIMIT = 4 * 1024;

export interface SyncRouteDeps {
  readonly db: SqlDatabase;
  readonly clock: ServerClock;
  readonly signals: TeamSignals;
  /** How long a long-poll waits before answering "nothing new". */
  readonly waitTimeoutMs: number;
  readonly auth: DeviceAuthenticator;
}

export function syncRoutes(app: FastifyInstance, { db, clock, signals, waitTimeoutMs, auth }: SyncRouteDeps): void {
  const pushes = new PushQueue(db, clock);

  app.post('/api/sync/push', { bodyLimit: PUSH_BODY_LIMIT }, async (request): Promise<PushResponse> => {
    const device = await auth.device(request);
    // An app one version behind may still send what it has waiting: its changes fit today's schemas.
    const body = parseBody(pushRequest, request.body, OLDEST_PUSH_PROTOCOL_VERSION);
    assertIncreasing(body.mutations.map((m) => m.seq));
    try {
      const outcome = await pushes.submit(device, body.mutations);
      if (outcome.results.some((r) => r.status === 'applied' || r.status === 'conflict')) signals.notify(device.teamId);
      return { type: 'pushResult', protocolVersion: PROTOCOL_VERSION, ...outcome, serverTime: clock.now(), serverHlc: clock.tick() };
    } catch (error) {
      if (error instanceof DeviceRevokedError) {
        throw revokedError();
      }
      throw error;
    }
  });

  app.post('/api/sync/pull', { bodyLimit: PULL_BODY_LIMIT }, async (request): Promise<PullResponse> => {
    const device = await auth.device(request);
    const body = parseBody(pullRequest, request.body);
    const outcome = await pullChanges(db, device, body.cursor, body.limit ?? MAX_PULL_PAGE, body.snapshot ?? false);
    return { type: 'pullResult', protocolVersion: PROTOCOL_VERSION, ...outcome, serverTime: clock.now(), serverHlc: clock.tick() };
  });

  app.post('/api/sync/wait', { bodyLimit: PULL_BODY_LIMIT }, async (request): Promise<WaitResponse> => {
    const device = await auth.device(request);
    const body = parseBody(waitRequest, request.body);
    const parked = signals.wait(device.teamId, waitTimeoutMs, (stop) => request.raw.once('close', stop));
    const seq = await teamSequence(db, device.teamId);
    const changed = body.cursor === null || seq > body.cursor ? true : await parked.done;
    return { type: 'waitResult', protocolVersion: PROTOCOL_VERSION, changed };
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
