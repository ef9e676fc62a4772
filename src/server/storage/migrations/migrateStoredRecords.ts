/**
 * Moves a kind's stored records from one record format to another with the
 * registry's own steps, the ones tablets run too. A field a step adds takes
 * the record's newest HLC, so it merges like the fields it came with.
 * Records keep their team sequence: tablets bring what they hold up themselves.
 */
import { migrateUp } from '#shared/records/migrateRecord.ts';
import type { RecordKind } from '#shared/records/registry.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import type { RecordRow } from '#server/storage/rows.ts';

export async function migrateStoredRecords(tx: SqlClient, kind: RecordKind, from: number, to: number): Promise<void> {
  const rows = await tx.query<RecordRow>('SELECT id, team_id, kind, data, field_hlc, version, deleted, server_seq FROM records WHERE kind = $1 AND NOT deleted', [kind]);
  for (const row of rows) {
    if (row.data === null) continue;
    const data = migrateUp(kind, row.data, from, { partial: false, to });
    const newest = Object.values(row.field_hlc).reduce((a, b) => (a > b ? a : b), '');
    const fieldHlc = Object.fromEntries(Object.keys(data).map((field) => [field, row.field_hlc[field] ?? newest]));
    await tx.query('UPDATE records SET data = $2::jsonb, field_hlc = $3::jsonb WHERE id = $1 AND team_id = $4', [row.id, JSON.stringify(data), JSON.stringify(fieldHlc), row.team_id]);
  }
}
