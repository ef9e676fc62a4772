/**
 * Keeping every team's snapshots up to date. `refreshSnapshots` folds in
 * what arrived since the last run — per team, the records past its cursor —
 * and recomputes only the weeks (and their 4-week blocks) those records can
 * move. `recomputeAllSnapshots` does the same from scratch. A snapshot's
 * version goes up only when its statistics change, so a recomputation that
 * finds nothing new changes no version.
 */
import { createHash } from 'node:crypto';
import { computeStats, LEARNING_WINDOW_WEEKS, respondentFingerprints } from '#domain/snapshots/computeStats.ts';
import { holdWellbeing, type HeldStats } from '#domain/snapshots/holdWellbeing.ts';
import type { SnapshotStats } from '#domain/snapshots/snapshotStats.ts';
import type { TeamRecords } from '#domain/snapshots/teamRecords.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import { addWeeks, blockOf } from '#shared/snapshots/periods.ts';
import type { SqlClient, SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { dirtyWeeksOf, referencedIds, type ChangedRow } from './dirtyPeriods.ts';
import { indexedDay, periodWindow, recordSlicer, spanOf } from './periodWindow.ts';
import { loadTeamRecords } from './teamRecordsStore.ts';

export interface RefreshOutcome {
  /** Team snapshots (week or block) whose statistics changed. */
  readonly changed: number;
  /** Team snapshots recomputed. */
  readonly computed: number;
}

const MOVABLE = ['task', 'order'];

export function statsHash(stats: SnapshotStats): string {
  return createHash('sha256').update(JSON.stringify(stats)).digest('base64url');
}

/** Brings every team's snapshots up to what the tablets have synced. */
export async function refreshSnapshots(db: SqlDatabase): Promise<RefreshOutcome> {
  const teams = await db.query<{ id: string; seq: number; cursor: number | null }>(
    'SELECT t.id, t.seq::int AS seq, c.seq::int AS cursor FROM teams t LEFT JOIN snapshot_cursors c ON c.team_id = t.id ORDER BY t.id',
  );
  let changed = 0;
  let computed = 0;
  for (const team of teams) {
    if (team.cursor !== null && team.cursor >= team.seq) continue;
    const outcome = team.cursor === null ? await recomputeTeam(db, team.id, team.seq) : await refreshTeam(db, team.id, team.cursor, team.seq);
    changed += outcome.changed;
    computed += outcome.computed;
  }
  return { changed, computed };
}

/** Every snapshot of every team, from all its records. */
export async function recomputeAllSnapshots(db: SqlDatabase): Promise<RefreshOutcome> {
  const teams = await db.query<{ id: string; seq: number }>('SELECT id, seq::int AS seq FROM teams ORDER BY id');
  let changed = 0;
  let computed = 0;
  for (const team of teams) {
    const outcome = await recomputeTeam(db, team.id, team.seq);
    changed += outcome.changed;
    computed += outcome.computed;
  }
  return { changed, computed };
}

async function recomputeTeam(db: SqlDatabase, teamId: string, seq: number): Promise<RefreshOutcome> {
  const records = await loadTeamRecords(db, teamId);
  const stored = await db.query<{ period: string }>('SELECT period FROM snapshots WHERE team_id = $1', [teamId]);
  const weeks = weeksWithData(records);
  const periods = withBlocks([...weeks, ...stored.map((s) => s.period).filter((p) => p.includes('-W'))]);
  const results = computePeriods(records, periods);
  const sources = [...records.tasks.map((t) => [t.id, isoWeekOf(t.day)] as const), ...records.orders.map((o) => [o.id, isoWeekOf(indexedDay(o))] as const)];
  return db.transaction(async (tx) => {
    await tx.query('DELETE FROM snapshot_sources WHERE team_id = $1', [teamId]);
    await writeSources(tx, teamId, sources);
    const changed = await writeSnapshots(tx, teamId, results);
    await moveCursor(tx, teamId, seq);
    return { changed, computed: results.length };
  });
}

async function refreshTeam(db: SqlDatabase, teamId: string, cursor: number, seq: number): Promise<RefreshOutcome> {
  const rows = await db.query<ChangedRow>('SELECT id, kind, data FROM records WHERE team_id = $1 AND server_seq > $2 AND server_seq <= $3', [teamId, cursor, seq]);
  const referenced = referencedIds(rows);
  const byId = new Map(
    (referenced.length === 0 ? [] : await db.query<{ id: string; data: Record<string, unknown> }>('SELECT id, data FROM records WHERE id = ANY($1::uuid[]) AND team_id = $2 AND data IS NOT NULL', [referenced, teamId])).map((r) => [r.id, r.data]),
  );
  // A task's order may itself be only referenced by the task: fetch those orders too.
  const orderIds = [...byId.values(), ...rows.map((r) => r.data ?? {})].flatMap((d) => (typeof d['orderId'] === 'string' && !byId.has(d['orderId']) ? [d['orderId']] : []));
  if (orderIds.length > 0) {
    for (const r of await db.query<{ id: string; data: Record<string, unknown> }>('SELECT id, data FROM records WHERE id = ANY($1::uuid[]) AND team_id = $2 AND data IS NOT NULL', [orderIds, teamId])) byId.set(r.id, r.data);
  }
  const movable = rows.filter((r) => MOVABLE.includes(r.kind)).map((r) => r.id);
  const previousWeek = new Map(
    (movable.length === 0 ? [] : await db.query<{ record_id: string; week: string }>('SELECT record_id, week FROM snapshot_sources WHERE record_id = ANY($1::uuid[])', [movable])).map((r) => [r.record_id, r.week]),
  );
  const changedTasks = rows.filter((r) => r.kind === 'task').map((r) => r.id);
  const completionsOf = new Map<string, string[]>();
  if (changedTasks.length > 0) {
    const done = await db.query<{ task_id: string; completed_at: string }>(
      "SELECT data->>'taskId' AS task_id, data->>'completedAt' AS completed_at FROM records WHERE team_id = $1 AND kind = 'taskCompletion' AND NOT deleted AND data->>'taskId' = ANY($2::text[])",
      [teamId, changedTasks],
    );
    for (const r of done) completionsOf.set(r.task_id, [...(completionsOf.get(r.task_id) ?? []), r.completed_at]);
  }
  const dirty = dirtyWeeksOf(rows, { byId, previousWeek, completionsOf });
  if (dirty.all) return recomputeTeam(db, teamId, seq);

  const weeks = new Set(dirty.weeks);
  if (dirty.from.size > 0) {
    const earliest = [...dirty.from].sort()[0] ?? '';
    const later = await db.query<{ period: string }>("SELECT period FROM snapshots WHERE team_id = $1 AND period LIKE '%-W%' AND period >= $2", [teamId, earliest]);
    // Every week a change lands in, not only the earliest: a later one may have no snapshot yet.
    for (const p of [...dirty.from, ...later.map((r) => r.period)]) weeks.add(p);
  }
  const periods = withBlocks([...weeks]);
  const records = periods.length === 0 ? null : await loadTeamRecords(db, teamId, spanOf(periods.map(periodWindow)));
  const results = records ? computePeriods(records, periods) : [];
  const sources = rows.filter((r) => MOVABLE.includes(r.kind) && r.data !== null).map((r) => [r.id, isoWeekOf(indexedDay(r.data ?? {}))] as const);
  return db.transaction(async (tx) => {
    await writeSources(tx, teamId, sources);
    const changed = await writeSnapshots(tx, teamId, results);
    await moveCursor(tx, teamId, seq);
    return { changed, computed: results.length };
  });
}

function weeksWithData(records: TeamRecords): Set<string> {
  const weeks = new Set<string>();
  const lists: readonly (readonly object[])[] = [records.checkins, records.completions, records.tasks, records.orders, records.helpCalls, records.skillChanges];
  for (const list of lists) {
    for (const r of list) {
      const day = indexedDay(r);
      if (day !== '') weeks.add(isoWeekOf(day));
    }
  }
  // As an update does: a slot counts for the learning window of the weeks after it.
  for (const week of new Set(records.rotaSlots.map((s) => s.week))) for (let i = 0; i < LEARNING_WINDOW_WEEKS; i += 1) weeks.add(addWeeks(week, i));
  return weeks;
}

function withBlocks(weeks: readonly string[]): string[] {
  const unique = [...new Set(weeks)];
  return [...unique, ...new Set(unique.map(blockOf))].sort();
}

interface PeriodResult extends HeldStats {
  readonly period: string;
}

function computePeriods(records: TeamRecords, periods: readonly string[]): PeriodResult[] {
  const slice = recordSlicer(records);
  return periods.map((period) => {
    const window = slice(periodWindow(period));
    return { period, stats: computeStats(window, period), respondents: respondentFingerprints(window, period) };
  });
}

/** Writes what changed, each period's well-being held against what it showed before (holdWellbeing.ts). */
async function writeSnapshots(tx: SqlClient, teamId: string, results: readonly PeriodResult[]): Promise<number> {
  if (results.length === 0) return 0;
  const stored = await tx.query<{ period: string; stats: SnapshotStats; respondent_ids: Record<string, string> }>(
    'SELECT period, stats, respondent_ids FROM snapshots WHERE team_id = $1 AND period = ANY($2::text[]) FOR UPDATE',
    [teamId, results.map((r) => r.period)],
  );
  const before = new Map(stored.map((r) => [r.period, { stats: r.stats, respondents: r.respondent_ids }]));
  const rows = results.map((r) => {
    const held = holdWellbeing(before.get(r.period) ?? null, r);
    return { period: r.period, stats: held.stats, ids: held.respondents, hash: statsHash(held.stats) };
  });
  const changed = await tx.query<{ period: string }>(
    `INSERT INTO snapshots (team_id, period, stats, stats_hash, respondent_ids, version)
     SELECT $1::uuid, x.period, x.stats, x.hash, x.ids, 1 FROM jsonb_to_recordset($2::jsonb) AS x(period text, stats jsonb, hash text, ids jsonb)
     ON CONFLICT (team_id, period) DO UPDATE
       SET stats = excluded.stats, stats_hash = excluded.stats_hash, respondent_ids = excluded.respondent_ids, version = snapshots.version + 1, computed_at = now()
       WHERE snapshots.stats_hash <> excluded.stats_hash
     RETURNING period`,
    [teamId, JSON.stringify(rows)],
  );
  return changed.length;
}

async function writeSources(tx: SqlClient, teamId: string, sources: readonly (readonly [string, string])[]): Promise<void> {
  if (sources.length === 0) return;
  await tx.query(
    `INSERT INTO snapshot_sources (record_id, team_id, week)
     SELECT x.id, $1::uuid, x.week FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, week text)
     ON CONFLICT (record_id) DO UPDATE SET week = excluded.week`,
    [teamId, JSON.stringify(sources.map(([id, week]) => ({ id, week })))],
  );
}

async function moveCursor(tx: SqlClient, teamId: string, seq: number): Promise<void> {
  await tx.query('INSERT INTO snapshot_cursors (team_id, seq) VALUES ($1, $2) ON CONFLICT (team_id) DO UPDATE SET seq = GREATEST(snapshot_cursors.seq, excluded.seq)', [teamId, seq]);
}
