/**
 * Pull: a team's changes after a device's cursor, as that device may see
 * them. Pushes (pushBatch.ts) hand out team sequence numbers under the team
 * row's lock, so rows of one team commit in cursor order and a page read
 * here never skips a row that commits later.
 */
import { toServerRecord } from '#domain/pushRules.ts';
import { kindsHiddenFrom } from '#domain/recordKinds.ts';
import type { ServerRecord } from '#shared/protocol.ts';
import type { Device } from '#server/storage/deviceStore.ts';
import type { RecordRow } from '#server/storage/rows.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { fromRow } from '#server/storage/syncStore.ts';

export async function teamSequence(db: SqlClient, teamId: string): Promise<number> {
  const [team] = await db.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1', [teamId]);
  return team?.seq ?? 0;
}

export interface PullOutcome {
  readonly reset: boolean;
  readonly changes: ServerRecord[];
  readonly cursor: number;
  readonly hasMore: boolean;
}

/**
 * Changes after `cursor`, oldest first. The team sequence is read before the
 * rows: everything at or below it has committed (see the header), so the
 * cursor handed back never runs ahead of a row the device has not seen.
 */
export async function pullChanges(db: SqlClient, device: Device, cursor: number | null, limit: number, snapshot = false): Promise<PullOutcome> {
  const [team] = await db.query<{ seq: number; min_cursor: number }>('SELECT seq, min_cursor FROM teams WHERE id = $1', [device.teamId]);
  if (!team) throw new Error(`device ${device.id} belongs to missing team ${device.teamId}`);
  // Inside a paged snapshot the cursor may sit below the horizon; that is the snapshot going on, not a gap.
  const reset = cursor === null || (!snapshot && cursor < team.min_cursor) || cursor > team.seq;
  const from = reset ? 0 : cursor;
  const hidden = kindsHiddenFrom(device.role);
  const rows = await db.query<RecordRow>(
    // field_hlc stays on the server: devices never need it, and it doubles the bytes read.
    `SELECT id, team_id, kind, data, '{}'::jsonb AS field_hlc, version, deleted, server_seq FROM records
      WHERE team_id = $1 AND server_seq > $2 AND server_seq <= $3
        AND NOT (kind = ANY($4::text[])) ${reset ? 'AND NOT deleted' : ''}
      ORDER BY server_seq LIMIT $5`,
    [device.teamId, from, team.seq, hidden, limit + 1],
  );
  if (!reset && !snapshot) {
    const [after] = await db.query<{ min_cursor: number }>('SELECT min_cursor FROM teams WHERE id = $1', [device.teamId]);
    // Tombstones were compacted while we read: what we read may lack a delete, so start over from a snapshot.
    if (after && cursor < after.min_cursor) return pullChanges(db, device, null, limit);
  }
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    reset,
    changes: page.map((r) => toServerRecord(fromRow(r), r.server_seq)),
    cursor: hasMore && last ? last.server_seq : team.seq,
    hasMore,
  };
}
