/**
 * The record registry on the server: stored records move to the registry's
 * formats (stations' three-step load, rota slots' half-day), and skills, rota
 * slots and team settings to the ids of their natural keys. Duplicates of
 * one cell merge field by field, latest HLC first (mergeDuplicates); the
 * merged record gets a new team sequence, the others become tombstones so
 * tablets drop them, and each old id is kept as an alias, so a change a
 * tablet still sends for it lands on the merged record.
 */
import { mergeDuplicates } from '#domain/mergeDuplicates.ts';
import type { StoredRecord } from '#domain/applyMutation.ts';
import { migrateUp } from '#shared/records/migrateRecord.ts';
import { hasNaturalKey, naturalId } from '#shared/records/naturalId.ts';
import { RECORD_KINDS, type RecordKind } from '#shared/records/registry.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import type { RecordRow } from '#server/storage/rows.ts';

/** The formats this step brings stored records to; a later format change gets its own migration. */
const FORMAT_AT_0005: Partial<Record<RecordKind, number>> = { station: 2, rotaSlot: 2 };

export const migration0005 = {
  version: 5,
  name: 'record_registry',
  sql: `
CREATE TABLE record_aliases (
  alias_id uuid PRIMARY KEY,
  record_id uuid NOT NULL,
  team_id uuid NOT NULL REFERENCES teams(id),
  kind text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`,
  run: async (tx: SqlClient): Promise<void> => {
    for (const [kind, to] of Object.entries(FORMAT_AT_0005) as [RecordKind, number][]) await upgradeFormat(tx, kind, to);
    for (const kind of RECORD_KINDS.filter(hasNaturalKey)) await mergeByNaturalKey(tx, kind);
  },
} as const;

async function upgradeFormat(tx: SqlClient, kind: RecordKind, to: number): Promise<void> {
  const rows = await tx.query<RecordRow>('SELECT id, team_id, kind, data, field_hlc, version, deleted, server_seq FROM records WHERE kind = $1 AND NOT deleted', [kind]);
  for (const row of rows) {
    if (row.data === null) continue;
    const data = migrateUp(kind, row.data, 1, { partial: false, to });
    await tx.query('UPDATE records SET data = $2::jsonb, field_hlc = $3::jsonb WHERE id = $1', [row.id, JSON.stringify(data), JSON.stringify(fieldHlcFor(data, row.field_hlc))]);
  }
}

/** A field a migration made takes the newest HLC the record had, so it merges like the fields it came from. */
function fieldHlcFor(data: Readonly<Record<string, unknown>>, before: Readonly<Record<string, string>>): Record<string, string> {
  const newest = Object.values(before).reduce((a, b) => (a > b ? a : b), '');
  return Object.fromEntries(Object.keys(data).map((field) => [field, before[field] ?? newest]));
}

async function mergeByNaturalKey(tx: SqlClient, kind: RecordKind): Promise<void> {
  const rows = await tx.query<RecordRow>('SELECT id, team_id, kind, data, field_hlc, version, deleted, server_seq FROM records WHERE kind = $1 AND NOT deleted ORDER BY server_seq', [kind]);
  const groups = new Map<string, StoredRecord[]>();
  for (const row of rows) {
    const id = row.data === null ? null : naturalId(kind, row.data);
    if (id === null) continue;
    const record: StoredRecord = { kind, id: row.id, teamId: row.team_id, data: row.data, fieldHlc: row.field_hlc, version: row.version, deleted: false };
    groups.set(id, [...(groups.get(id) ?? []), record]);
  }
  for (const [id, group] of groups) {
    const first = group[0];
    if (!first || (group.length === 1 && first.id === id)) continue;
    const merged = mergeDuplicates(group, id);
    await writeWithNextSeq(tx, merged);
    for (const old of group.filter((r) => r.id !== id)) {
      await writeWithNextSeq(tx, { ...old, data: null, deleted: true, version: old.version + 1 });
      await tx.query('INSERT INTO record_aliases (alias_id, record_id, team_id, kind) VALUES ($1, $2, $3, $4) ON CONFLICT (alias_id) DO NOTHING', [old.id, id, old.teamId, kind]);
    }
  }
}

async function writeWithNextSeq(tx: SqlClient, r: StoredRecord): Promise<void> {
  const [team] = await tx.query<{ seq: number }>('UPDATE teams SET seq = seq + 1 WHERE id = $1 RETURNING seq', [r.teamId]);
  if (!team) throw new Error(`no team ${r.teamId}`);
  await tx.query(
    `INSERT INTO records (id, team_id, kind, data, field_hlc, version, deleted, server_seq) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, field_hlc = excluded.field_hlc, version = excluded.version, deleted = excluded.deleted, server_seq = excluded.server_seq, updated_at = now()`,
    [r.id, r.teamId, r.kind, r.data === null ? null : JSON.stringify(r.data), JSON.stringify(r.fieldHlc), r.version, r.deleted, team.seq],
  );
}
