/**
 * Content-addressed blobs per team. Uploads are idempotent (a complete blob
 * is never written again) and resumable (each chunk says where it starts;
 * the server appends only at its current end). The hash is checked when the
 * last byte arrives; a damaged upload is dropped and starts over.
 *
 * An upload in progress belongs to the device that started it
 * (`blob_uploads`, keyed by device and digest): another device sending the
 * same digest, with whatever size, has an upload of its own. Each team has a
 * quota: the sizes of its complete blobs plus those announced by its uploads
 * in progress, so room is taken when an upload starts and a crowd of
 * half-sent uploads cannot fill the disk. Uploads nobody touched for a day
 * are deleted (deleteAbandonedUploads), which gives their room back.
 */
import { createHash } from 'node:crypto';
import type { BlobMime } from '#shared/blobs.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';

/** 2 GiB per team: some ten thousand photos of about 200 KB. */
export const DEFAULT_BLOB_QUOTA_BYTES = 2048 * 1024 * 1024;

/** Serialises the quota check of one team's new uploads; the key space beside the migration lock's. */
const QUOTA_LOCK = 7_243_312;

export interface BlobProgress {
  readonly received: number;
  readonly complete: boolean;
}

export type ChunkOutcome =
  | { readonly kind: 'progress'; readonly progress: BlobProgress }
  | { readonly kind: 'wrongOffset'; readonly progress: BlobProgress }
  | { readonly kind: 'sizeMismatch'; readonly expected: number }
  | { readonly kind: 'hashMismatch' }
  | { readonly kind: 'overQuota'; readonly usedBytes: number; readonly quotaBytes: number };

export interface ChunkInput {
  readonly teamId: string;
  readonly deviceId: string;
  readonly sha256: string;
  readonly size: number;
  readonly mime: BlobMime;
  readonly offset: number;
  readonly chunk: Uint8Array;
  /** The most a team's blobs and uploads in progress may take, in bytes. */
  readonly quotaBytes: number;
}

/** How far this device's upload is; complete once anyone of the team completed the blob. */
export async function blobProgress(db: SqlClient, teamId: string, deviceId: string, sha256: string): Promise<BlobProgress> {
  const [done] = await db.query<{ size: number }>('SELECT size FROM blobs WHERE team_id = $1 AND sha256 = $2', [teamId, sha256]);
  if (done) return { received: done.size, complete: true };
  const [upload] = await db.query<{ received: number }>('SELECT length(content) AS received FROM blob_uploads WHERE device_id = $1 AND sha256 = $2', [deviceId, sha256]);
  return { received: upload?.received ?? 0, complete: false };
}

export async function appendBlobChunk(db: SqlDatabase, input: ChunkInput): Promise<ChunkOutcome> {
  return db.transaction(async (tx) => {
    const { teamId, deviceId, sha256 } = input;
    const [done] = await tx.query<{ size: number }>('SELECT size FROM blobs WHERE team_id = $1 AND sha256 = $2', [teamId, sha256]);
    if (done) {
      await tx.query('DELETE FROM blob_uploads WHERE device_id = $1 AND sha256 = $2', [deviceId, sha256]);
      return { kind: 'progress', progress: { received: done.size, complete: true } };
    }
    let [upload] = await tx.query<{ size: number; received: number }>(
      'SELECT size, length(content) AS received FROM blob_uploads WHERE device_id = $1 AND sha256 = $2 FOR UPDATE',
      [deviceId, sha256],
    );
    if (upload?.size !== input.size) {
      // A new upload, or this device announcing its own afresh with another size: it starts over,
      // at offset 0, if the team has room for it. Other devices' uploads are never touched.
      if (input.offset !== 0) return { kind: 'wrongOffset', progress: { received: 0, complete: false } };
      const over = await checkQuota(tx, input);
      if (over) return over;
      await tx.query('DELETE FROM blob_uploads WHERE device_id = $1 AND sha256 = $2', [deviceId, sha256]);
      await tx.query('INSERT INTO blob_uploads (device_id, team_id, sha256, size, mime) VALUES ($1, $2, $3, $4, $5)', [deviceId, teamId, sha256, input.size, input.mime]);
      upload = { size: input.size, received: 0 };
    }
    const { received, size } = upload;
    if (input.offset !== received) return { kind: 'wrongOffset', progress: { received, complete: false } };
    const end = received + input.chunk.byteLength;
    if (end > size) return { kind: 'sizeMismatch', expected: size };
    await tx.query('UPDATE blob_uploads SET content = content || $3::bytea, touched_at = now() WHERE device_id = $1 AND sha256 = $2', [deviceId, sha256, input.chunk]);
    if (end < size) return { kind: 'progress', progress: { received: end, complete: false } };
    const [full] = await tx.query<{ content: Uint8Array; mime: string }>('SELECT content, mime FROM blob_uploads WHERE device_id = $1 AND sha256 = $2', [deviceId, sha256]);
    const content = full?.content ?? new Uint8Array();
    if (createHash('sha256').update(content).digest('hex') !== sha256) {
      await tx.query('DELETE FROM blob_uploads WHERE device_id = $1 AND sha256 = $2', [deviceId, sha256]);
      return { kind: 'hashMismatch' };
    }
    await tx.query('INSERT INTO blobs (team_id, sha256, size, mime, content) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (team_id, sha256) DO NOTHING', [teamId, sha256, size, full?.mime ?? input.mime, content]);
    // The blob exists now: every upload of it in the team, this device's and others', is done.
    await tx.query('DELETE FROM blob_uploads WHERE team_id = $1 AND sha256 = $2', [teamId, sha256]);
    return { kind: 'progress', progress: { received: end, complete: true } };
  });
}

/** Null when the team has room for the new upload; this device's own upload of the digest, about to be replaced, does not count. */
async function checkQuota(tx: SqlClient, input: ChunkInput): Promise<ChunkOutcome | null> {
  // Two uploads starting at once in one team must not both fit in the last room left.
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [QUOTA_LOCK, input.teamId]);
  const [used] = await tx.query<{ bytes: number }>(
    `SELECT (SELECT coalesce(sum(size), 0) FROM blobs WHERE team_id = $1)::float8
          + (SELECT coalesce(sum(size), 0) FROM blob_uploads WHERE team_id = $1 AND NOT (device_id = $2 AND sha256 = $3))::float8 AS bytes`,
    [input.teamId, input.deviceId, input.sha256],
  );
  const usedBytes = used?.bytes ?? 0;
  return usedBytes + input.size > input.quotaBytes ? { kind: 'overQuota', usedBytes, quotaBytes: input.quotaBytes } : null;
}

/** Deletes uploads no chunk reached since `before` (the tablet gave up, or was reset); answers how many. */
export async function deleteAbandonedUploads(db: SqlClient, before: Date): Promise<number> {
  const gone = await db.query('DELETE FROM blob_uploads WHERE touched_at < $1 RETURNING sha256', [before.toISOString()]);
  return gone.length;
}

export async function readBlob(db: SqlClient, teamId: string, sha256: string): Promise<{ content: Uint8Array; mime: string } | null> {
  const [row] = await db.query<{ content: Uint8Array; mime: string }>('SELECT content, mime FROM blobs WHERE team_id = $1 AND sha256 = $2', [teamId, sha256]);
  return row ?? null;
}
