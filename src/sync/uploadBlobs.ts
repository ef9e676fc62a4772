/**
 * Gets the photos and clips a batch refers to onto the server before the
 * batch itself. Resumes an interrupted upload from what the server already
 * holds; a blob the server already has is never sent again. A blob this
 * tablet does not have (it arrived from elsewhere, or was lost) is skipped:
 * the record goes anyway and readers show a placeholder until it arrives.
 * So does the record of a photo the server has no room for: the photo stays
 * here and is tried again at every sync (uploadWaitingBlobs) until it fits.
 */
import { BLOB_CHUNK_BYTES } from '#shared/blobs.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { TransportError, type Transport } from './Transport.ts';

/** Throws TransportError on a network or server failure; nothing local changes then. */
export async function uploadBlobs(db: SchakelDb, transport: Transport, token: string, refs: readonly string[]): Promise<number> {
  let uploaded = 0;
  for (const sha256 of new Set(refs)) {
    const blob = await db.blobs.get(sha256);
    if (blob?.state !== 'local') continue;
    try {
      let status = await transport.blobStatus(token, sha256);
      // Bounded, so a blob that never completes cannot spin; it is tried again next round.
      for (let chunks = 0; !status.complete && chunks < Math.ceil(blob.bytes.byteLength / BLOB_CHUNK_BYTES) + 4; chunks++) {
        const end = Math.min(status.received + BLOB_CHUNK_BYTES, blob.bytes.byteLength);
        status = await transport.uploadBlobChunk(token, sha256, { offset: status.received, size: blob.bytes.byteLength, mime: blob.mime, bytes: blob.bytes.slice(status.received, end) });
      }
      if (status.complete) {
        await db.blobs.update(sha256, { state: 'uploaded' });
        uploaded += 1;
      }
    } catch (error) {
      if (error instanceof TransportError && error.code === 'blob_quota_exceeded') {
        // Not this photo's fault, and not for good: keep it, let its record go on, and try again next sync.
        await db.blobs.update(sha256, { waitingForRoom: true });
        continue;
      }
      // Refused for good (its bytes do not match its name): the records go on without it and
      // show their placeholder, rather than this one photo holding back every change.
      if (error instanceof TransportError && !error.transient && error.failure === 'refused') await db.blobs.update(sha256, { state: 'failed' });
      else throw error;
    }
  }
  return uploaded;
}

/** Photos and clips whose records went while the server had no room for them: tried again, each sync. */
export async function uploadWaitingBlobs(db: SchakelDb, transport: Transport, token: string): Promise<number> {
  const waiting = await db.blobs.where('state').equals('local').filter((b) => b.waitingForRoom === true).primaryKeys();
  return uploadBlobs(db, transport, token, waiting);
}
