/** Photos and voice clips on the tablet: stored by content hash, so storing twice is harmless. */
import type { BlobMime } from '#shared/blobs.ts';
import { MAX_BLOB_BYTES } from '#shared/blobLimits.ts';
import type { BlobRow, SchakelDb } from './SchakelDb.ts';
import { StorageFullError, isQuotaError } from './storageErrors.ts';

export async function sha256OfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Keeps a photo or clip made on this tablet until the server has it. Returns
 * its hash, which records use to refer to it. A full disk throws
 * StorageFullError and leaves nothing behind.
 */
export async function storeLocalBlob(db: SchakelDb, bytes: Uint8Array<ArrayBuffer>, mime: BlobMime, now: Date): Promise<string> {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_BLOB_BYTES) throw new RangeError(`a blob must be 1 to ${String(MAX_BLOB_BYTES)} bytes`);
  const sha256 = await sha256OfBytes(bytes);
  try {
    await db.transaction('rw', db.blobs, async () => {
      const existing = await db.blobs.get(sha256);
      if (existing && existing.state !== 'remote') return;
      await db.blobs.put({ sha256, mime, bytes, state: existing ? 'uploaded' : 'local', createdAt: now.toISOString() });
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
  return sha256;
}

/**
 * Forgets a photo or clip taken here and then thrown away before any record
 * named it (a defect photo removed, a counts screen left). One that a waiting
 * change or a stored record still names stays, whatever the caller thinks.
 */
export async function discardUnusedLocalBlob(db: SchakelDb, sha256: string): Promise<boolean> {
  return forgetUnnamedBlob(db, sha256, ['local']);
}

/**
 * Forgets a member's photo on this tablet once their consent is withdrawn,
 * whether it was taken, uploaded or fetched here, unless something still
 * names the same bytes (then they stay, as above).
 */
export async function forgetWithdrawnPhoto(db: SchakelDb, sha256: string): Promise<boolean> {
  return forgetUnnamedBlob(db, sha256, ['local', 'uploaded', 'remote', 'failed']);
}

async function forgetUnnamedBlob(db: SchakelDb, sha256: string, states: readonly BlobRow['state'][]): Promise<boolean> {
  return db.transaction('rw', [db.blobs, db.outbox, db.taskCompletions, db.cards, db.members], async () => {
    const blob = await db.blobs.get(sha256);
    if (!blob || !states.includes(blob.state)) return false;
    // Blobs are named by content: the same bytes may already belong to something kept.
    const named =
      (await db.outbox.filter((e) => JSON.stringify(e.data).includes(sha256)).count()) +
      (await db.taskCompletions.filter((c) => c.photo === sha256).count()) +
      (await db.cards.filter((c) => c.steps.some((st) => st.photo === sha256 || st.clip === sha256)).count()) +
      (await db.members.filter((m) => m.photo === sha256).count());
    if (named > 0) return false;
    await db.blobs.delete(sha256);
    return true;
  });
}
