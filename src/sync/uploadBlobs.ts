/**
 * Gets the photos and clips a batch refers to onto the server before the
 * batch itself. Resumes an interrupted upload from what the server already
 * holds; a blob the server already has is never sent again. A blob this
 * tablet does not have (it arrived from elsewhere, or was lost) is skipped:
 * the record goes anyway and readers show a placeholder until it arrives.
 */
import { BLOB_CHUNK_BYTES } from '../shared/blobs.ts';
import type { SchakelDb } from '../db/SchakelDb.ts';
import type { Transport } from './Transport.ts';

/** Throws TransportError on a network or server failure; nothing local changes then. */
export async function uploadBlobs(db: SchakelDb, transport: Transport, token: string, refs: readonly string[]): Promise<number> {
  let uploaded = 0;
  for (const sha256 of new Set(refs)) {
    const blob = await db.blobs.get(sha256);
    if (blob?.state !== 'local') continue;
    let status = await transport.blobStatus(token, sha256);
    // A damaged upload is reset by the server, so a few rounds may be needed; bounded so a bad blob cannot spin.
    for (let chunks = 0; !status.complete && chunks < 4 * Math.ceil(blob.bytes.byteLength / BLOB_CHUNK_BYTES) + 4; chunks++) {
      const end = Math.min(status.received + BLOB_CHUNK_BYTES, blob.bytes.byteLength);
      status = await transport.uploadBlobChunk(token, sha256, { offset: status.received, size: blob.bytes.byteLength, mime: blob.mime, bytes: blob.bytes.slice(status.received, end) });
    }
    if (status.complete) {
      await db.blobs.update(sha256, { state: 'uploaded' });
      uploaded += 1;
    }
  }
  return uploaded;
}
