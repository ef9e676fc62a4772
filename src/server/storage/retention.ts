/**
 * Tombstone retention. Deleted records are kept as tombstones so every
 * tablet learns of the delete; after the retention period they are
 * compacted to a bare id in purged_records — which still refuses any
 * attempt to bring the record back — and the team's min_cursor moves past
 * them, so a tablet that was offline longer than that gets a fresh
 * snapshot instead of a history with holes.
 */
import type { SqlDatabase } from './SqlDatabase.ts';

export async function compactTombstones(db: SqlDatabase, olderThan: Date): Promise<number> {
  const teams = await db.query<{ id: string }>('SELECT id FROM teams');
  let purged = 0;
  for (const { id } of teams) {
    purged += await db.transaction(async (tx) => {
      // Same lock as a push: no sequence is handed out while the horizon moves.
      await tx.query('SELECT seq FROM teams WHERE id = $1 FOR UPDATE', [id]);
      const rows = await tx.query<{ id: string; kind: string; server_seq: number }>(
        'SELECT id, kind, server_seq FROM records WHERE team_id = $1 AND deleted AND updated_at < $2',
        [id, olderThan.toISOString()],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      await tx.query(
        `INSERT INTO purged_records (id, team_id, kind)
         SELECT x.id, $2::uuid, x.kind FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text)
         ON CONFLICT (team_id, id) DO NOTHING`,
        [JSON.stringify(rows.map((r) => ({ id: r.id, kind: r.kind }))), id],
      );
      await tx.query('DELETE FROM records WHERE team_id = $2 AND id = ANY($1::uuid[])', [ids, id]);
      const horizon = Math.max(...rows.map((r) => r.server_seq));
      await tx.query('UPDATE teams SET min_cursor = GREATEST(min_cursor, $2) WHERE id = $1', [id, horizon]);
      return rows.length;
    });
  }
  return purged;
}
