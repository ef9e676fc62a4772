/**
 * The record table as storage: rows to records and back, and records the
 * coordinator writes itself. Pushes and pulls live in #server/sync;
 * everything that hands out team sequence numbers does so under the team
 * row's lock, so rows of one team commit in cursor order.
 */
import type { StoredRecord } from '#domain/applyMutation.ts';
import type { RecordKind } from '#shared/records.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';
import type { RecordRow } from './rows.ts';

export function fromRow(r: RecordRow): StoredRecord {
  return { kind: r.kind, id: r.id, teamId: r.team_id, data: r.data, fieldHlc: r.field_hlc, version: r.version, deleted: r.deleted };
}

export function toRow(r: StoredRecord, serverSeq: number): RecordRow {
  return { id: r.id, team_id: r.teamId, kind: r.kind, data: r.data, field_hlc: { ...r.fieldHlc }, version: r.version, deleted: r.deleted, server_seq: serverSeq };
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
  await db.transaction((tx) => insertServerRecordsIn(tx, teamId, records, hlc));
}

/** insertServerRecords inside a transaction the caller holds (and may already hold the team row's lock in). */
export async function insertServerRecordsIn(tx: SqlClient, teamId: string, records: readonly NewServerRecord[], hlc: string): Promise<void> {
  if (records.length === 0) return;
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
}
