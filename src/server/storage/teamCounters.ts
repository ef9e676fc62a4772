/**
 * A team's sequence counter must never fall behind its rows: the next write
 * would take a number a row already has, and every push of that team would
 * fail from then on. One server per PGlite folder (serverMark.ts) keeps it
 * from happening; this puts it right at every start if a database ever got
 * there anyway (a restored backup, a copied folder, a second server from an
 * older release).
 */
import type { SqlClient } from './SqlDatabase.ts';

/** Moves each counter up to its team's highest row; returns the teams it had to repair. */
export async function repairTeamCounters(db: SqlClient): Promise<string[]> {
  const repaired = await db.query<{ id: string }>(
    `UPDATE teams t SET seq = r.top
       FROM (SELECT team_id, max(server_seq) AS top FROM records GROUP BY team_id) r
      WHERE r.team_id = t.id AND t.seq < r.top
      RETURNING t.id`,
  );
  return repaired.map((r) => r.id);
}
