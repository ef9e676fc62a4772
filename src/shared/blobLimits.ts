/**
 * Size limits for photos and voice clips, apart from the zod wire shapes in
 * blobs.ts (which re-exports them) so that the member screens can store a
 * photo without loading zod.
 */

/** A photo is downscaled on the tablet to about 200 KB; a voice clip stays well under this. */
export const MAX_BLOB_BYTES = 2 * 1024 * 1024;
/** Uploads go in chunks of this size, so a dropped connection costs at most one chunk. */
export const BLOB_CHUNK_BYTES = 256 * 1024;
