/** Limits and wire shapes for content-addressed blobs (photos, voice clips). */
import { z } from 'zod';

export { BLOB_CHUNK_BYTES, MAX_BLOB_BYTES } from './blobLimits.ts';

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 hex digest');

export const blobMime = z.enum(['image/jpeg', 'image/png', 'image/webp', 'audio/webm', 'audio/ogg', 'audio/mp4']);
export type BlobMime = z.infer<typeof blobMime>;

export const blobStatus = z.object({
  type: z.literal('blobStatus'),
  /** Bytes the server holds so far; the next chunk starts here. */
  received: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type BlobStatus = z.infer<typeof blobStatus>;
