/**
 * Pull against the record table, and records the coordinator writes itself.
 * Pushes live in pushBatch.ts; both hand out team sequence numbers under
 * the team row's lock, so rows of one team commit in cursor order.
 */
import type { StoredRecord } from '#domain/applyMutation.ts';
import { roleMayRead } from '#domain/recordKinds.ts';
import type { ServerRecord } from '#shared/protocol.ts';
import type { RecordKind } from '#shared/records.ts';
import type { Device } from './deviceStore.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';
import type { RecordRow } from './rows.ts';

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
  const hidden = (['checkin'] as const).filter((kind) => !roleMayRead(device.role, kind));
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
    changes: page.map((r) => toWire(fromRow(r), r.server_seq)),
    cursor: hasMore && last ? last.server_seq : team.seq,
    hasMore,
  };
}

export function fromRow(r: RecordRow): StoredRecord {
  return { kind: r.kind, id: r.id, teamId: r.team_id, data: r.data, fieldHlc: r.field_hlc, version: r.version, deleted: r.deleted };
}

export function toRow(r: StoredRecord, serverSeq: number): RecordRow {
  return { id: r.id, team_id: r.teamId, kind: r.kind, data: r.data, field_hlc: { ...r.fieldHlc }, version: r.version, deleted: r.deleted, server_seq: serverSeq };
}

export function toWire(r: StoredRecord, serverSeq: number): ServerRecord {
  return { kind: r.kind satisfies RecordKind, id: r.id, version: r.version, deleted: r.deleted, data: r.deleted ? null : { ...r.data }, serverSeq };
}

export interface NewServerRecord {
  readonly kind: RecordKind;
  readonly data: Readonly<Record<string, unknown>> & { readonly id: string };
}

/**
 * Records the coordinator itself creates (the demo seed, later imports),
 * written with fresh team sequence numbers exactly as a push would.
 */
export async function insertServerRecords(db: SqlDatabase, teamId: string, records: readonly NewServerRecord[], hlc: string): Promise<void> {
  if (records.length === 0) return;
  await db.transaction(async (tx) => {
    const [team] = await tx.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
    if (!team) throw new Error(`no team ${teamId}`);
    let seq = team.seq;
    const rows = records.map((r): RecordRow => {
      seq += 1;
      const fieldHlc = Object.fromEntries(Object.keys(r.data).map((f) => [f, hlc]));
      return { id: r.data.id, team_id: teamId, kind: r.kind, data: { ...r.data }, field_hlc: fieldHlc, version: 1, deleted: false, server_seq: seq };
    });
    await tx.query(
      `INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq)
       SELECT x.id, x.team_id, x.kind, x.data, x.field_hlc, x.version, x.deleted, x.server_seq
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, team_id uuid, kind text, data jsonb, field_hlc jsonb, version integer, deleted boolean, server_seq bigint)`,
      [JSON.stringify(rows)],
    );
    await tx.query('UPDATE teams SET seq = $2 WHERE id = $1', [teamId, seq]);
  });
}
