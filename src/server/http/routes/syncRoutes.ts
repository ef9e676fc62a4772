import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  MAX_PULL_PAGE,
  MAX_PUSH_BODY_BYTES,
  MAX_SEQ_STEP,
  PROTOCOL_VERSION,
  pullRequest,
  pullResponse,
  pushRequest,
  pushResponse,
  waitRequest,
  waitResponse,
  type PullResponse,
  type PushResponse,
  type WaitResponse,
} from '#shared/protocol.ts';
import { OLDEST_PUSH_PROTOCOL_VERSION } from '#shared/versions.ts';
import { kindsToUpdateFor, recordsForDevice } from '#domain/recordsForDevice.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { pullChanges, teamSequenceFor } from '#server/sync/pullChanges.ts';
import { DeviceRevokedError, SequenceGapError } from '#server/sync/pushBatch.ts';
import { PushQueue } from '#server/sync/PushQueue.ts';
import type { ServerClock } from '#server/sync/ServerClock.ts';
import type { TeamSignals } from '#server/sync/TeamSignals.ts';
import { revokedError, type DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';
import { protocolVersionCheck } from '#server/http/validation.ts';

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
  const api = app.withTypeProvider<ZodTypeProvider>();
  const pushes = new PushQueue(db, clock);

  api.post(
    '/api/sync/push',
    {
      bodyLimit: PUSH_BODY_LIMIT,
      // An app one version behind may still send what it has waiting: its changes fit today's schemas.
      preValidation: [auth.check, protocolVersionCheck(OLDEST_PUSH_PROTOCOL_VERSION)],
      schema: { body: pushRequest, response: { 200: pushResponse } },
    },
    async (request): Promise<PushResponse> => {
      const device = auth.of(request);
      const { mutations } = request.body;
      assertIncreasing(mutations.map((m) => m.seq));
      try {
        const outcome = await pushes.submit(device, mutations);
        if (outcome.results.some((r) => r.status === 'applied' || r.status === 'conflict')) await signals.notify(device.teamId);
        return { type: 'pushResult', protocolVersion: PROTOCOL_VERSION, ...outcome, serverTime: clock.now(), serverHlc: clock.tick() };
      } catch (error) {
        if (error instanceof DeviceRevokedError) {
          throw revokedError();
        }
        if (error instanceof SequenceGapError) throw sequenceGapError(error);
        throw error;
      }
    },
  );

  api.post(
    '/api/sync/pull',
    { bodyLimit: PULL_BODY_LIMIT, preValidation: [auth.check, protocolVersionCheck()], schema: { body: pullRequest, response: { 200: pullResponse } } },
    async (request): Promise<PullResponse> => {
      const device = auth.of(request);
      const body = request.body;
      // Each device gets the record formats it knows; one that cannot be served them updates first.
      const toUpdate = kindsToUpdateFor(device.role, body.recordVersions);
      if (toUpdate.length > 0) {
        throw new HttpError(426, 'records_too_new', `This app cannot read the server's ${toUpdate.join(', ')} records yet. Reload the app to update it; what it has waiting is kept.`);
      }
      const outcome = await pullChanges(db, device, body.cursor, body.limit ?? MAX_PULL_PAGE, body.snapshot ?? false);
      // Kept before the answer leaves, so a tablet never holds a cursor the server has no record of
      // handing out; the highest wins, so two pulls answered out of order never cause a reset.
      await db.query(
        'UPDATE devices SET pull_cursor = GREATEST(coalesce(pull_cursor, 0), $2), changes_waiting = coalesce($3, changes_waiting), last_seen_at = now() WHERE id = $1',
        [device.id, outcome.cursor, body.changesWaiting ?? null],
      );
      const changes = recordsForDevice(outcome.changes, body.recordVersions);
      return { type: 'pullResult', protocolVersion: PROTOCOL_VERSION, ...outcome, changes, serverTime: clock.now(), serverHlc: clock.tick() };
    },
  );

  api.post(
    '/api/sync/wait',
    { bodyLimit: PULL_BODY_LIMIT, preValidation: [auth.check, protocolVersionCheck()], schema: { body: waitRequest, response: { 200: waitResponse } } },
    async (request): Promise<WaitResponse> => {
      const device = auth.of(request);
      const parked = signals.wait(device.teamId, waitTimeoutMs, (stop) => request.raw.once('close', stop));
      const { cursor } = request.body;
      const { seq, cursorLost } = await teamSequenceFor(db, device, cursor);
      const changed = cursor === null || seq > cursor || cursorLost ? true : await parked.done;
      return { type: 'waitResult', protocolVersion: PROTOCOL_VERSION, changed };
    },
  );
}

/** Says what the server has and what came, so a person at a terminal sees how far the tablet is off. */
function sequenceGapError({ highWaterMark, after, seq }: SequenceGapError): HttpError {
  const where = after === highWaterMark ? `the last change the server has from this tablet is number ${String(highWaterMark)}` : `it follows change number ${String(after)}`;
  return new HttpError(
    409,
    'sequence_gap',
    `Change number ${String(seq)} jumps more than ${String(MAX_SEQ_STEP)} ahead: ${where}. Nothing of this push was saved and the tablet keeps its changes. ` +
      'If the server was restored from a backup, enrol the tablet again so its changes are numbered afresh.',
  );
}

/** The outbox sends in sequence order; a batch out of order means a broken client, so refuse it whole. */
function assertIncreasing(seqs: readonly number[]): void {
  for (let i = 1; i < seqs.length; i++) {
    if ((seqs[i] ?? 0) <= (seqs[i - 1] ?? 0)) {
      throw new HttpError(400, 'mutations_out_of_order', 'The request is not valid: mutations must be in increasing sequence order.');
    }
  }
}
