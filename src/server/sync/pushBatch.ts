/**
 * Applies pushes. Guarantees:
 * - all pushes in a call commit together in one transaction, or none does:
 *   every mutation's effect, each device's high-water mark and each team's
 *   sequence move together;
 * - a sequence number at or below the device's high-water mark is a
 *   duplicate and changes nothing, so a resent batch is harmless;
 * - device and team rows are locked (in id order, so two servers cannot
 *   deadlock) while sequence numbers are handed out: rows of one team
 *   commit in cursor order and a pull never skips a late commit.
 * Several devices' pushes in one call is group commit: a hall full of
 * tablets pushing at once costs a few transactions, not hundreds.
 */
import { applyMutation, type StoredRecord } from '#domain/applyMutation.ts';
import { isEventKind, roleMayRead } from '#domain/recordKinds.ts';
import type { Mutation, MutationResult } from '#shared/protocol.ts';
import type { RecordKind } from '#shared/records.ts';
import type { Device } from '#server/storage/deviceStore.ts';
import type { RecordRow } from '#server/storage/rows.ts';
import type { SqlClient, SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { fromRow, toRow, toWire } from '#server/storage/syncStore.ts';

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

export interface PushItem {
  readonly device: Device;
  readonly mutations: readonly Mutation[];
}

/** Applies the pushes in order, in one transaction; answers each with its outcome or DeviceRevokedError. */
export async function pushBatch(db: SqlDatabase, items: readonly PushItem[], clock: HlcAuthority): Promise<(PushOutcome | DeviceRevokedError)[]> {
  return db.transaction(async (tx) => {
    const devices = await lockDevices(tx, items.map((i) => i.device.id));
    const live = items.filter((i) => devices.get(i.device.id)?.revoked === false);
    const teamSeqs = await lockTeams(tx, live.map((i) => i.device.teamId));
    const pushedMutations = live.flatMap((i) => i.mutations);
    const { records: current, seqs } = await loadRecords(
      tx,
      pushedMutations.map((m) => m.recordId),
      // Events are never deleted, so only mutable records can have been compacted away.
      pushedMutations.filter((m) => !isEventKind(m.kind)).map((m) => m.recordId),
    );
    const earlier = await earlierVerdicts(tx, live.flatMap((i) => i.mutations.filter((m) => m.seq <= (devices.get(i.device.id)?.highWaterMark ?? 0)).map((m) => ({ deviceId: i.device.id, seq: m.seq }))));
    const members = await teamMemberIds(tx, [...teamSeqs.keys()]);
    const changed = new Map<string, RecordRow & { device_id: string }>();
    const log: LogRow[] = [];
    const touchedDevices = new Set<string>();

    const outcomes = items.map((item): PushOutcome | DeviceRevokedError => {
      const { device } = item;
      const state = devices.get(device.id);
      if (!state || state.revoked) return new DeviceRevokedError('device revoked');
      const teamMembers = members.get(device.teamId) ?? new Set<string>();
      const ctx = { teamId: device.teamId, role: device.role, isTeamMember: (id: string) => teamMembers.has(id) };
      const results: MutationResult[] = [];
      for (const pushed of item.mutations) {
        const base = { seq: pushed.seq, mutationId: pushed.mutationId };
        if (pushed.seq <= state.highWaterMark) {
          // A resend gets the answer the first send got: a refused change is refused again, with
          // the server's state, so a tablet whose first answer was lost still rolls back.
          const verdict = earlier.get(`${device.id}/${String(pushed.seq)}`);
          const existing = current.get(pushed.recordId);
          const visible = existing !== undefined && existing.teamId === device.teamId && roleMayRead(device.role, existing.kind);
          const now = visible ? { current: toWire(existing, seqs.get(existing.id) ?? 0) } : {};
          if (verdict?.status === 'rejected') results.push({ ...base, status: 'rejected', reason: verdict.reason, ...now });
          else if (verdict?.status === 'conflict' && visible) results.push({ ...base, status: 'conflict', ...now });
          else results.push({ ...base, status: 'duplicate' });
          continue;
        }
        const m = { ...pushed, hlc: clock.effectiveHlc(pushed.hlc) };
        const outcome = applyMutation(current.get(m.recordId) ?? null, m, ctx);
        state.highWaterMark = m.seq;
        touchedDevices.add(device.id);
        if (outcome.status === 'applied' || (outcome.status === 'conflict' && outcome.changed)) {
          const seq = (teamSeqs.get(device.teamId) ?? 0) + 1;
          teamSeqs.set(device.teamId, seq);
          const row = toRow(outcome.record, seq);
          current.set(row.id, outcome.record);
          seqs.set(row.id, seq);
          changed.set(row.id, { ...row, device_id: device.id });
          if (row.kind === 'member' && !row.deleted) teamMembers.add(row.id);
        }
        if (outcome.status === 'applied') {
          results.push({ ...base, status: 'applied' });
        } else if (outcome.status === 'conflict') {
          results.push({ ...base, status: 'conflict', current: toWire(outcome.record, seqs.get(outcome.record.id) ?? 0) });
          const reason = `fields kept from a newer change: ${outcome.lostFields.join(', ')}`;
          log.push({ deviceId: device.id, m, status: 'conflict', reason });
          // A resend of this very push later in the same group must hear the same answer.
          earlier.set(`${device.id}/${String(m.seq)}`, { status: 'conflict', reason });
        } else if (outcome.status === 'duplicate') {
          results.push({ ...base, status: 'duplicate' });
        } else {
          // The device rolls its copy back to the server's state, so a refused edit does not linger on screen.
          const existing = current.get(m.recordId);
          const visible = existing !== undefined && existing.teamId === device.teamId && roleMayRead(device.role, existing.kind);
          results.push({ ...base, status: 'rejected', reason: outcome.reason, ...(visible ? { current: toWire(existing, seqs.get(existing.id) ?? 0) } : {}) });
          log.push({ deviceId: device.id, m, status: 'rejected', reason: outcome.reason });
          earlier.set(`${device.id}/${String(m.seq)}`, { status: 'rejected', reason: outcome.reason });
        }
      }
      return { results, highWaterMark: state.highWaterMark };
    });

    await upsertRecords(tx, [...changed.values()]);
    await writeLog(tx, log);
    await saveCounters(tx, teamSeqs, new Map([...touchedDevices].map((id) => [id, devices.get(id)?.highWaterMark ?? 0])));
    return outcomes;
  });
}

async function lockDevices(tx: SqlClient, ids: readonly string[]): Promise<Map<string, { highWaterMark: number; revoked: boolean }>> {
  const rows = await tx.query<{ id: string; high_water_mark: number; revoked_at: Date | null }>(
    'SELECT id, high_water_mark, revoked_at FROM devices WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { highWaterMark: r.high_water_mark, revoked: r.revoked_at !== null }]));
}

/** What the server answered the first time for sequence numbers seen again (only refusals and conflicts are kept). */
async function earlierVerdicts(tx: SqlClient, keys: readonly { deviceId: string; seq: number }[]): Promise<Map<string, { status: 'rejected' | 'conflict'; reason: string }>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.query<{ device_id: string; seq: number; status: 'rejected' | 'conflict'; reason: string }>(
    `SELECT l.device_id, l.seq, l.status, l.reason FROM sync_log l
       JOIN jsonb_to_recordset($1::jsonb) AS k(device_id uuid, seq bigint) ON k.device_id = l.device_id AND k.seq = l.seq`,
    [JSON.stringify(keys.map((k) => ({ device_id: k.deviceId, seq: k.seq })))],
  );
  return new Map(rows.map((r) => [`${r.device_id}/${String(r.seq)}`, { status: r.status, reason: r.reason }]));
}

async function lockTeams(tx: SqlClient, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ id: string; seq: number }>('SELECT id, seq FROM teams WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id, r.seq]));
}

async function loadRecords(tx: SqlClient, ids: readonly string[], mayBePurged: readonly string[]): Promise<{ records: Map<string, StoredRecord>; seqs: Map<string, number> }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { records: new Map(), seqs: new Map() };
  const rows = await tx.query<RecordRow>(
    'SELECT id, team_id, kind, data, field_hlc, version, deleted, server_seq FROM records WHERE id = ANY($1::uuid[])',
    [unique],
  );
  const records = new Map(rows.map((r) => [r.id, fromRow(r)]));
  // A compacted tombstone is still a tombstone: nothing may bring the record back.
  const missing = [...new Set(mayBePurged)].filter((id) => !records.has(id));
  if (missing.length > 0) {
    const purged = await tx.query<{ id: string; team_id: string; kind: RecordKind }>('SELECT id, team_id, kind FROM purged_records WHERE id = ANY($1::uuid[])', [missing]);
    for (const p of purged) records.set(p.id, { kind: p.kind, id: p.id, teamId: p.team_id, data: null, fieldHlc: {}, version: 0, deleted: true });
  }
  return { records, seqs: new Map(rows.map((r) => [r.id, r.server_seq])) };
}

async function teamMemberIds(tx: SqlClient, teamIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>(teamIds.map((t) => [t, new Set<string>()]));
  if (teamIds.length === 0) return map;
  const rows = await tx.query<{ id: string; team_id: string }>("SELECT id, team_id FROM records WHERE team_id = ANY($1::uuid[]) AND kind = 'member' AND NOT deleted", [teamIds]);
  for (const r of rows) map.get(r.team_id)?.add(r.id);
  return map;
}

/** One statement for the whole batch: the drain of a long-offline tablet stays fast. */
async function upsertRecords(tx: SqlClient, rows: readonly (RecordRow & { device_id: string })[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq, device_id)
     SELECT x.id, x.team_id, x.kind, x.data, x.field_hlc, x.version, x.deleted, x.server_seq, x.device_id
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, team_id uuid, kind text, data jsonb, field_hlc jsonb, version integer, deleted boolean, server_seq bigint, device_id uuid)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, field_hlc = excluded.field_hlc, version = excluded.version,
       deleted = excluded.deleted, server_seq = excluded.server_seq, device_id = excluded.device_id, updated_at = now()`,
    [JSON.stringify(rows)],
  );
}

interface LogRow {
  readonly deviceId: string;
  readonly m: Mutation;
  readonly status: 'conflict' | 'rejected';
  readonly reason: string;
}

/** Every conflict and rejection is kept, so nothing a device sent vanishes unexplained. */
async function writeLog(tx: SqlClient, log: readonly LogRow[]): Promise<void> {
  if (log.length === 0) return;
  const rows = log.map(({ deviceId, m, status, reason }) => ({ device_id: deviceId, seq: m.seq, mutation_id: m.mutationId, record_id: m.recordId, status, reason }));
  await tx.query(
    `INSERT INTO sync_log (device_id, seq, mutation_id, record_id, status, reason)
     SELECT x.device_id, x.seq, x.mutation_id, x.record_id, x.status, x.reason
       FROM jsonb_to_recordset($1::jsonb) AS x(device_id uuid, seq bigint, mutation_id uuid, record_id uuid, status text, reason text)`,
    [JSON.stringify(rows)],
  );
}

async function saveCounters(tx: SqlClient, teamSeqs: ReadonlyMap<string, number>, highWaterMarks: ReadonlyMap<string, number>): Promise<void> {
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
