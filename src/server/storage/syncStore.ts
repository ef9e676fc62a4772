/**
 * Push and pull against the record table. Guarantees:
 * - a push is one transaction: every mutation's effect, the device's
 *   high-water mark and the team sequence move together or not at all;
 * - a sequence number at or below the high-water mark is a duplicate and
 *   changes nothing, so a resent batch is harmless;
 * - the team row is locked while sequence numbers are handed out, so rows of
 *   one team commit in cursor order and a pull never skips a late commit.
 */
import { applyMutation, type StoredRecord } from '../../domain/applyMutation.ts';
import { roleMayRead } from '../../domain/recordKinds.ts';
import type { Mutation, MutationResult, ServerRecord } from '../../shared/protocol.ts';
import type { RecordKind } from '../../shared/records.ts';
import type { Device } from './deviceStore.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';
import type { RecordRow } from './rows.ts';

export class DeviceRevokedError extends Error {
  override readonly name = 'DeviceRevokedError';
}

export interface PushOutcome {
  readonly results: MutationResult[];
  readonly highWaterMark: number;
}

/** Stamps a pushed change with the HLC the server orders it by (see ServerClock). */
export interface HlcAuthority {
  effectiveHlc(mutationHlc: string): string;
}

export async function pushMutations(db: SqlDatabase, device: Device, mutations: readonly Mutation[], clock: HlcAuthority): Promise<PushOutcome> {
  return db.transaction(async (tx) => {
    const [dev] = await tx.query<{ high_water_mark: number; revoked_at: Date | null }>(
      'SELECT high_water_mark, revoked_at FROM devices WHERE id = $1 FOR UPDATE',
      [device.id],
    );
    if (!dev || dev.revoked_at !== null) throw new DeviceRevokedError('device revoked');
    let highWaterMark = dev.high_water_mark;
    const fresh = mutations.filter((m) => m.seq > highWaterMark);
    const results: MutationResult[] = mutations
      .filter((m) => m.seq <= highWaterMark)
      .map((m) => ({ seq: m.seq, mutationId: m.mutationId, status: 'duplicate' }));
    if (fresh.length === 0) return { results, highWaterMark };

    const [team] = await tx.query<{ seq: number }>('SELECT seq FROM teams WHERE id = $1 FOR UPDATE', [device.teamId]);
    if (!team) throw new Error(`device ${device.id} belongs to missing team ${device.teamId}`);
    let seq = team.seq;
    const { records: current, seqs } = await loadRecords(tx, fresh.map((m) => m.recordId));
    const members = await teamMemberIds(tx, device.teamId);
    const changed = new Map<string, RecordRow>();
    const log: LogRow[] = [];
    const ctx = { teamId: device.teamId, role: device.role, isTeamMember: (id: string) => members.has(id) };

    for (const pushed of fresh) {
      const m = { ...pushed, hlc: clock.effectiveHlc(pushed.hlc) };
      const outcome = applyMutation(current.get(m.recordId) ?? null, m, ctx);
      highWaterMark = m.seq;
      const base = { seq: m.seq, mutationId: m.mutationId };
      if (outcome.status === 'applied' || (outcome.status === 'conflict' && outcome.changed)) {
        seq += 1;
        const row = toRow(outcome.record, seq);
        current.set(row.id, outcome.record);
        seqs.set(row.id, seq);
        changed.set(row.id, row);
        if (row.kind === 'member' && !row.deleted) members.add(row.id);
      }
      if (outcome.status === 'applied') {
        results.push({ ...base, status: 'applied' });
      } else if (outcome.status === 'conflict') {
        results.push({ ...base, status: 'conflict', current: toWire(outcome.record, seqs.get(outcome.record.id) ?? 0) });
        log.push({ m, status: 'conflict', reason: `fields kept from a newer change: ${outcome.lostFields.join(', ')}` });
      } else if (outcome.status === 'duplicate') {
        results.push({ ...base, status: 'duplicate' });
      } else {
        // The device rolls its copy back to the server's state, so a refused edit does not linger on screen.
        const existing = current.get(m.recordId);
        const visible = existing !== undefined && existing.teamId === device.teamId && roleMayRead(device.role, existing.kind);
        results.push({ ...base, status: 'rejected', reason: outcome.reason, ...(visible ? { current: toWire(existing, seqs.get(existing.id) ?? 0) } : {}) });
        log.push({ m, status: 'rejected', reason: outcome.reason });
      }
    }

    await upsertRecords(tx, [...changed.values()], device);
    await writeLog(tx, device.id, log);
    await tx.query('UPDATE teams SET seq = $2 WHERE id = $1', [device.teamId, seq]);
    await tx.query('UPDATE devices SET high_water_mark = $2, last_seen_at = now() WHERE id = $1', [device.id, highWaterMark]);
    return { results, highWaterMark };
  });
}

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
export async function pullChanges(db: SqlClient, device: Device, cursor: number | null, limit: number): Promise<PullOutcome> {
  const [team] = await db.query<{ seq: number; min_cursor: number }>('SELECT seq, min_cursor FROM teams WHERE id = $1', [device.teamId]);
  if (!team) throw new Error(`device ${device.id} belongs to missing team ${device.teamId}`);
  const reset = cursor === null || cursor < team.min_cursor || cursor > team.seq;
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

async function loadRecords(tx: SqlClient, ids: readonly string[]): Promise<{ records: Map<string, StoredRecord>; seqs: Map<string, number> }> {
  const unique = [...new Set(ids)];
  const rows = await tx.query<RecordRow>(
    'SELECT id, team_id, kind, data, field_hlc, version, deleted, server_seq FROM records WHERE id = ANY($1::uuid[])',
    [unique],
  );
  const records = new Map(rows.map((r) => [r.id, fromRow(r)]));
  // A compacted tombstone is still a tombstone: nothing may bring the record back.
  const purged = await tx.query<{ id: string; team_id: string; kind: RecordKind }>(
    'SELECT id, team_id, kind FROM purged_records WHERE id = ANY($1::uuid[])',
    [unique.filter((id) => !records.has(id))],
  );
  for (const p of purged) records.set(p.id, { kind: p.kind, id: p.id, teamId: p.team_id, data: null, fieldHlc: {}, version: 0, deleted: true });
  return { records, seqs: new Map(rows.map((r) => [r.id, r.server_seq])) };
}

async function teamMemberIds(tx: SqlClient, teamId: string): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>("SELECT id FROM records WHERE team_id = $1 AND kind = 'member' AND NOT deleted", [teamId]);
  return new Set(rows.map((r) => r.id));
}

/** One statement for the whole batch: the drain of a long-offline tablet stays fast. */
async function upsertRecords(tx: SqlClient, rows: readonly RecordRow[], device: Device): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq, device_id)
     SELECT x.id, x.team_id, x.kind, x.data, x.field_hlc, x.version, x.deleted, x.server_seq, $2::uuid
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, team_id uuid, kind text, data jsonb, field_hlc jsonb, version integer, deleted boolean, server_seq bigint)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, field_hlc = excluded.field_hlc, version = excluded.version,
       deleted = excluded.deleted, server_seq = excluded.server_seq, device_id = excluded.device_id, updated_at = now()`,
    [JSON.stringify(rows), device.id],
  );
}

interface LogRow {
  readonly m: Mutation;
  readonly status: 'conflict' | 'rejected';
  readonly reason: string;
}

async function writeLog(tx: SqlClient, deviceId: string, log: readonly LogRow[]): Promise<void> {
  if (log.length === 0) return;
  const rows = log.map(({ m, status, reason }) => ({ seq: m.seq, mutation_id: m.mutationId, record_id: m.recordId, status, reason }));
  await tx.query(
    `INSERT INTO sync_log (device_id, seq, mutation_id, record_id, status, reason)
     SELECT $2::uuid, x.seq, x.mutation_id, x.record_id, x.status, x.reason
       FROM jsonb_to_recordset($1::jsonb) AS x(seq bigint, mutation_id uuid, record_id uuid, status text, reason text)`,
    [JSON.stringify(rows), deviceId],
  );
}

function fromRow(r: RecordRow): StoredRecord {
  return { kind: r.kind, id: r.id, teamId: r.team_id, data: r.data, fieldHlc: r.field_hlc, version: r.version, deleted: r.deleted };
}

function toRow(r: StoredRecord, serverSeq: number): RecordRow {
  return { id: r.id, team_id: r.teamId, kind: r.kind, data: r.data, field_hlc: { ...r.fieldHlc }, version: r.version, deleted: r.deleted, server_seq: serverSeq };
}

function toWire(r: StoredRecord, serverSeq: number): ServerRecord {
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
