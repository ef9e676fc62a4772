import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BLOB_CHUNK_BYTES, MAX_BLOB_BYTES, blobMime, sha256Hex, type BlobStatus } from '#shared/blobs.ts';
import { ERROR_CODES } from '#shared/protocol.ts';
import { appendBlobChunk, blobProgress, readBlob } from '#server/storage/blobStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { DeviceAuthenticator } from '#server/http/authenticate.ts';
import { HttpError } from '#server/http/HttpError.ts';

const uploadHeaders = z.object({
  'x-blob-size': z.coerce.number().int().positive().max(MAX_BLOB_BYTES, `a photo or clip may be at most ${String(MAX_BLOB_BYTES)} bytes`),
  'x-blob-offset': z.coerce.number().int().nonnegative(),
  'x-blob-mime': blobMime,
});

function shaParam(request: FastifyRequest): string {
  const parsed = sha256Hex.safeParse((request.params as { sha256?: unknown }).sha256);
  if (!parsed.success) throw new HttpError(400, ERROR_CODES.badRequest, 'The request is not valid: the blob name must be a SHA-256 hex digest.');
  return parsed.data;
}

/** Photos and voice clips: chunked, resumable, idempotent uploads and team-scoped downloads. */
export function blobRoutes(app: FastifyInstance, db: SqlDatabase, auth: DeviceAuthenticator): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: BLOB_CHUNK_BYTES + 1024 }, (_request, body, done) => {
    done(null, body);
  });

  app.get('/api/blobs/:sha256/status', async (request): Promise<BlobStatus> => {
    const device = await auth.device(request);
    const progress = await blobProgress(db, device.teamId, shaParam(request));
    return { type: 'blobStatus', ...progress };
  });

  app.put('/api/blobs/:sha256', async (request, reply): Promise<BlobStatus> => {
    const device = await auth.device(request);
    const sha256 = shaParam(request);
    const headers = uploadHeaders.safeParse(request.headers);
    if (!headers.success) {
      throw new HttpError(400, ERROR_CODES.badRequest, `The upload is not valid: ${headers.error.issues[0]?.message ?? 'bad headers'}.`);
    }
    if (!(request.body instanceof Buffer)) throw new HttpError(415, ERROR_CODES.badRequest, 'Upload the bytes as application/octet-stream.');
    const outcome = await appendBlobChunk(db, {
      teamId: device.teamId,
      sha256,
      size: headers.data['x-blob-size'],
      mime: headers.data['x-blob-mime'],
      offset: headers.data['x-blob-offset'],
      chunk: request.body,
    });
    switch (outcome.kind) {
      case 'progress':
        return { type: 'blobStatus', ...outcome.progress };
      case 'wrongOffset':
        // The tablet resumes from what the server really holds.
        return reply.status(409).send({ type: 'blobStatus', ...outcome.progress });
      case 'sizeMismatch':
        throw new HttpError(400, ERROR_CODES.badRequest, `This blob was announced with ${String(outcome.expected)} bytes; the upload does not match.`);
      case 'hashMismatch':
        throw new HttpError(422, ERROR_CODES.badRequest, 'The photo was damaged on the way and was dropped. The tablet sends it again.');
    }
  });

  app.get('/api/blobs/:sha256', async (request, reply) => {
    const device = await auth.device(request);
    const blob = await readBlob(db, device.teamId, shaParam(request));
    if (!blob) throw new HttpError(404, ERROR_CODES.notFound, 'This photo has not reached the server yet.');
    return reply.type(blob.mime).header('cache-control', 'private, max-age=31536000, immutable').send(Buffer.from(blob.content));
  });
}
