/**
 * The push transaction's reads and writes: device and team rows locked in
 * id order (so two servers cannot deadlock), the records a batch touches
 * loaded in one query, and every change saved in one statement per table,
 * so the drain of a long-offline tablet stays a few round trips.
 */
import type { LogEntry, LoggedVerdict, HeldRecord } from '#domain/pushRules.ts';
import type { RecordKind } from '#shared/records.ts';
import type { RecordRow } from '#server/storage/rows.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { fromRow } from '#server/storage/syncStore.ts';

export interface DeviceCounters {
  highWaterMark: number;
  readonly revoked: boolean;
}

export async function lockDevices(tx: SqlClient, ids: readonly string[]): Promise<Map<string, DeviceCounters>> {
  const rows = await tx.query<{ id: string; high_water_mark: number; revoked_at: Date | null }>(
    'SELECT id, high_water_mark, revoked_at FROM devices WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { highWaterMark: r.high_water_mark, revoked: r.revoked_at !== null }]));
}

/** The sync log's key for one mutation of one device. */
export function verdictKey(deviceId: string, seq: number): string {
  return `${deviceId}/${String(seq)}`;
}

/** What the server answered the first time for sequence numbers seen again (only refusals and conflicts are kept). */
export async function earlierVerdicts(tx: SqlClient, keys: readonly { deviceId: string; seq: number }[]): Promise<Map<string, LoggedVerdict>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.query<{ device_id: string; seq: number; status: 'rejected' | 'conflict'; reason: string; code: string | null }>(
    `SELECT l.device_id, l.seq, l.status, l.reason, l.code FROM sync_log l
       JOIN jsonb_to_recordset($1::jsonb) AS k(device_id uuid, seq bigint) ON k.device_id = l.device_id AND k.seq = l.seq`,
    [JSON.stringify(keys.map((k) => ({ device_id: k.deviceId, seq: k.seq })))],
  );
  return new Map(rows.map((r) => [verdictKey(r.device_id, r.seq), { status: r.status, reason: r.reason, ...(r.code === null ? {} : { code: r.code }) }]));
}

export async function lockTeams(tx: SqlClient, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; seq: number }>('SELECT id, seq FROM teams WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id, r.seq]));
}

/** A record as one team names it: ids are the team's own, so the same id in two teams is two records. */
export interface TeamRecordKey {
  readonly teamId: string;
  readonly id: string;
}

/** The key of a team's record in the maps a batch keeps. */
export function recordKey(teamId: string, id: string): string {
  return `${teamId}/${id}`;
}

/** The records a batch touches, by team and id, with the team sequence each was last written under. */
export async function loadRecords(tx: SqlClient, keys: readonly TeamRecordKey[], mayBePurged: readonly TeamRecordKey[]): Promise<Map<string, HeldRecord>> {
  const unique = uniqueKeys(keys);
  if (unique.length === 0) return new Map();
  const rows = await tx.query<RecordRow>(
    `SELECT r.id, r.team_id, r.kind, r.data, r.field_hlc, r.version, r.deleted, r.server_seq
       FROM records r JOIN unnest($1::uuid[], $2::uuid[]) AS k(team_id, id) ON k.team_id = r.team_id AND k.id = r.id`,
    [unique.map((k) => k.teamId), unique.map((k) => k.id)],
  );
  const records = new Map(rows.map((r): [string, HeldRecord] => [recordKey(r.team_id, r.id), { record: fromRow(r), serverSeq: r.server_seq }]));
  // A compacted tombstone is still a tombstone: nothing may bring the record back.
  const missing = uniqueKeys(mayBePurged).filter((k) => !records.has(recordKey(k.teamId, k.id)));
  if (missing.length > 0) {
    const purged = await tx.query<{ id: string; team_id: string; kind: RecordKind }>(
      'SELECT p.id, p.team_id, p.kind FROM purged_records p JOIN unnest($1::uuid[], $2::uuid[]) AS k(team_id, id) ON k.team_id = p.team_id AND k.id = p.id',
      [missing.map((k) => k.teamId), missing.map((k) => k.id)],
    );
    for (const p of purged) {
      records.set(recordKey(p.team_id, p.id), { record: { kind: p.kind, id: p.id, teamId: p.team_id, data: null, fieldHlc: {}, version: 0, deleted: true }, serverSeq: 0 });
    }
  }
  return records;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Each key once. An id that is not a UUID names nothing (the schema refuses the change that
 * carries it) and is left out, so a forged reference never reaches SQL as a broken cast.
 */
export function uniqueKeys(keys: readonly TeamRecordKey[]): TeamRecordKey[] {
  const byKey = new Map<string, TeamRecordKey>();
  for (const k of keys) if (UUID.test(k.id)) byKey.set(recordKey(k.teamId, k.id), k);
  return [...byKey.values()];
}

export async function teamMemberIds(tx: SqlClient, teamIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>(teamIds.map((t) => [t, new Set<string>()]));
  if (teamIds.length === 0) return map;
  const rows = await tx.query<{ id: string; team_id: string }>("SELECT id, team_id FROM records WHERE team_id = ANY($1::uuid[]) AND kind = 'member' AND NOT deleted", [teamIds]);
  for (const r of rows) map.get(r.team_id)?.add(r.id);
  return map;
}

/** One statement for the whole batch: the drain of a long-offline tablet stays fast. */
export async function upsertRecords(tx: SqlClient, rows: readonly (RecordRow & { device_id: string })[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq, device_id)
     SELECT x.id, x.team_id, x.kind, x.data, x.field_hlc, x.version, x.deleted, x.server_seq, x.device_id
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, team_id uuid, kind text, data jsonb, field_hlc jsonb, version integer, deleted boolean, server_seq bigint, device_id uuid)
     ON CONFLICT (team_id, id) DO UPDATE SET data = excluded.data, field_hlc = excluded.field_hlc, version = excluded.version,
       deleted = excluded.deleted, server_seq = excluded.server_seq, device_id = excluded.device_id, updated_at = now()`,
    [JSON.stringify(rows)],
  );
}

/** Every conflict and rejection is kept, so nothing a device sent vanishes unexplained. */
export async function writeLog(tx: SqlClient, log: readonly (LogEntry & { readonly deviceId: string })[]): Promise<void> {
  if (log.length === 0) return;
  const rows = log.map(({ deviceId, seq, mutationId, recordId, status, reason, code }) => ({ device_id: deviceId, seq, mutation_id: mutationId, record_id: recordId, status, reason, code: code ?? null }));
  await tx.query(
    `INSERT INTO sync_log (device_id, seq, mutation_id, record_id, status, reason, code)
     SELECT x.device_id, x.seq, x.mutation_id, x.record_id, x.status, x.reason, x.code
       FROM jsonb_to_recordset($1::jsonb) AS x(device_id uuid, seq bigint, mutation_id uuid, record_id uuid, status text, reason text, code text)`,
    [JSON.stringify(rows)],
  );
}

export async function saveCounters(tx: SqlClient, teamSeqs: ReadonlyMap<string, number>, highWaterMarks: ReadonlyMap<string, number>): Promise<void> {
  if (teamSeqs.size > 0) {
    await tx.query(
      `UPDATE teams SET seq = x.seq FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, seq bigint) WHERE teams.id = x.id AND teams.seq < x.seq`,
      [JSON.stringify([...teamSeqs].map(([id, seq]) => ({ id, seq })))],
    );
  }
  if (highWaterMarks.size > 0) {
    await tx.query(
      `UPDATE devices SET high_water_mark = x.hwm, last_seen_at = now() FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, hwm bigint) WHERE devices.id = x.id`,
      [JSON.stringify([...highWaterMarks].map(([id, hwm]) => ({ id, hwm })))],
    );
  }
}
