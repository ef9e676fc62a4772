/**
 * Content-addressed blobs per team. Uploads are idempotent (a complete blob
 * is never written again) and resumable (each chunk says where it starts;
 * the server appends only at its current end). The hash is checked when the
 * last byte arrives; a damaged upload is dropped and starts over.
 */
import { createHash } from 'node:crypto';
import type { BlobMime } from '#shared/blobs.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';

export interface BlobProgress {
  readonly received: number;
  readonly complete: boolean;
}

export type ChunkOutcome =
  | { readonly kind: 'progress'; readonly progress: BlobProgress }
  | { readonly kind: 'wrongOffset'; readonly progress: BlobProgress }
  | { readonly kind: 'sizeMismatch'; readonly expected: number }
  | { readonly kind: 'hashMismatch' };

export interface ChunkInput {
  readonly teamId: string;
  readonly sha256: string;
  readonly size: number;
  readonly mime: BlobMime;
  readonly offset: number;
  readonly chunk: Uint8Array;
}

export async function blobProgress(db: SqlClient, teamId: string, sha256: string): Promise<BlobProgress> {
  const [row] = await db.query<{ received: number; complete: boolean }>(
    'SELECT length(content) AS received, complete FROM blobs WHERE team_id = $1 AND sha256 = $2',
    [teamId, sha256],
  );
  return row ? { received: row.received, complete: row.complete } : { received: 0, complete: false };
}

export async function appendBlobChunk(db: SqlDatabase, input: ChunkInput): Promise<ChunkOutcome> {
  return db.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO blobs (team_id, sha256, size, mime) VALUES ($1, $2, $3, $4) ON CONFLICT (team_id, sha256) DO NOTHING',
      [input.teamId, input.sha256, input.size, input.mime],
    );
    const [row] = await tx.query<{ size: number; received: number; complete: boolean }>(
      'SELECT size, length(content) AS received, complete FROM blobs WHERE team_id = $1 AND sha256 = $2 FOR UPDATE',
      [input.teamId, input.sha256],
    );
    if (!row) throw new Error('blob row vanished inside its transaction');
    if (row.complete) return { kind: 'progress', progress: { received: row.received, complete: true } };
    if (row.size !== input.size) {
      // An unfinished upload announced with another size: the newer announcement starts it over.
      await tx.query("UPDATE blobs SET size = $3, mime = $4, content = ''::bytea WHERE team_id = $1 AND sha256 = $2", [input.teamId, input.sha256, input.size, input.mime]);
      if (input.offset !== 0) return { kind: 'wrongOffset', progress: { received: 0, complete: false } };
      row.size = input.size;
      row.received = 0;
    }
    const received = row.received;
    if (input.offset !== received) return { kind: 'wrongOffset', progress: { received, complete: false } };
    const end = received + input.chunk.byteLength;
    if (end > row.size) return { kind: 'sizeMismatch', expected: row.size };
    await tx.query('UPDATE blobs SET content = content || $3::bytea WHERE team_id = $1 AND sha256 = $2', [input.teamId, input.sha256, input.chunk]);
    if (end < row.size) return { kind: 'progress', progress: { received: end, complete: false } };
    const [full] = await tx.query<{ content: Uint8Array }>('SELECT content FROM blobs WHERE team_id = $1 AND sha256 = $2', [input.teamId, input.sha256]);
    const digest = createHash('sha256').update(full?.content ?? new Uint8Array()).digest('hex');
    if (digest !== input.sha256) {
      await tx.query('DELETE FROM blobs WHERE team_id = $1 AND sha256 = $2', [input.teamId, input.sha256]);
      return { kind: 'hashMismatch' };
    }
    await tx.query('UPDATE blobs SET complete = true WHERE team_id = $1 AND sha256 = $2', [input.teamId, input.sha256]);
    return { kind: 'progress', progress: { received: end, complete: true } };
  });
}

export async function readBlob(db: SqlClient, teamId: string, sha256: string): Promise<{ content: Uint8Array; mime: string } | null> {
  const [row] = await db.query<{ content: Uint8Array; mime: string }>(
    'SELECT content, mime FROM blobs WHERE team_id = $1 AND sha256 = $2 AND complete',
    [teamId, sha256],
  );
  return row ?? null;
}
