/** Limits and wire shapes for content-addressed blobs (photos, voice clips). */
import { z } from 'zod';

/** A photo is downscaled on the tablet to about 200 KB; a voice clip stays well under this. */
export const MAX_BLOB_BYTES = 2 * 1024 * 1024;
/** Uploads go in chunks of this size, so a dropped connection costs at most one chunk. */
export const BLOB_CHUNK_BYTES = 256 * 1024;

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
