import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BLOB_CHUNK_BYTES, MAX_BLOB_BYTES, blobMime, blobStatus, sha256Hex, type BlobStatus } from '#shared/blobs.ts';
import { appendBlobChunk, blobProgress, readBlob } from '#server/storage/blobStore.ts';
import type { Device } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';

/**
 * Checked in the handler rather than as the route's headers schema: Fastify
 * would replace the request's headers with what the schema keeps.
 */
const uploadHeaders = z.object({
  'x-blob-size': z.coerce.number().int().positive().max(MAX_BLOB_BYTES, `a photo or clip may be at most ${String(MAX_BLOB_BYTES)} bytes`),
  'x-blob-offset': z.coerce.number().int().nonnegative(),
  'x-blob-mime': blobMime,
});

const blobParams = z.object({ sha256: sha256Hex });
/** The device first, then the blob's name; both before the handler reads a byte. */
const blobRoute = (auth: DeviceAuthenticator) => ({
  preValidation: auth.check,
  config: { invalidParams: { code: 'invalid_blob_name' as const, message: 'The request is not valid: the blob name must be a SHA-256 hex digest.' } },
});

export interface BlobRouteOptions {
  readonly db: SqlDatabase;
  readonly auth: DeviceAuthenticator;
  /** The most one team's photos and clips, complete or in progress, may take. */
  readonly quotaBytes: number;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Photos and voice clips: chunked, resumable, idempotent uploads per device and team-scoped downloads. */
export function blobRoutes(app: FastifyInstance, { db, auth, quotaBytes }: BlobRouteOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: BLOB_CHUNK_BYTES + 1024 }, (_request, body, done) => {
    done(null, body);
  });

  api.get('/api/blobs/:sha256/status', { ...blobRoute(auth), schema: { params: blobParams, response: { 200: blobStatus } } }, async (request): Promise<BlobStatus> => {
    const device: Device = auth.of(request);
    const progress = await blobProgress(db, device.teamId, device.id, request.params.sha256);
    return { type: 'blobStatus', ...progress };
  });

  api.put('/api/blobs/:sha256', { ...blobRoute(auth), schema: { params: blobParams, response: { 200: blobStatus, 409: blobStatus } } }, async (request, reply): Promise<BlobStatus> => {
    const device = auth.of(request);
    const { sha256 } = request.params;
    const headers = uploadHeaders.safeParse(request.headers);
    if (!headers.success) {
      throw new HttpError(400, 'invalid_upload', `The upload is not valid: ${headers.error.issues[0]?.message ?? 'bad headers'}.`);
    }
    if (!(request.body instanceof Buffer)) throw new HttpError(415, 'upload_not_bytes', 'Upload the bytes as application/octet-stream.');
    const outcome = await appendBlobChunk(db, {
      teamId: device.teamId,
      deviceId: device.id,
      sha256,
      size: headers.data['x-blob-size'],
      mime: headers.data['x-blob-mime'],
      offset: headers.data['x-blob-offset'],
      chunk: request.body,
      quotaBytes,
    });
    switch (outcome.kind) {
      case 'progress':
        return { type: 'blobStatus', ...outcome.progress };
      case 'wrongOffset':
        // The tablet resumes from what the server really holds.
        return reply.status(409).send({ type: 'blobStatus', ...outcome.progress });
      case 'sizeMismatch':
        throw new HttpError(400, 'upload_size_mismatch', `This blob was announced with ${String(outcome.expected)} bytes; the upload does not match.`);
      case 'hashMismatch':
        throw new HttpError(422, 'upload_damaged', 'The photo was damaged on the way and was dropped. The tablet sends it again.');
      case 'overQuota':
        // 507, a server-side condition: even an app that does not know the code keeps the photo and tries again.
        throw new HttpError(
          507,
          'blob_quota_exceeded',
          `This team's photos and clips take ${megabytes(outcome.usedBytes)} of the ${megabytes(outcome.quotaBytes)} the server keeps per team; this one (${megabytes(headers.data['x-blob-size'])}) does not fit. The tablet keeps it and sends it later. Free room or raise SCHAKEL_BLOB_QUOTA_MB.`,
        );
    }
  });

  api.get('/api/blobs/:sha256', { ...blobRoute(auth), schema: { params: blobParams } }, async (request, reply) => {
    const blob = await readBlob(db, auth.of(request).teamId, request.params.sha256);
    if (!blob) throw new HttpError(404, 'blob_not_found', 'This photo has not reached the server yet.');
    return reply.type(blob.mime).header('cache-control', 'private, max-age=31536000, immutable').send(Buffer.from(blob.content));
  });
}
