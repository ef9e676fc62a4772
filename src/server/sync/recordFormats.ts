/**
 * The push path's side of the record registry's natural ids: ids an older
 * app made for a natural-key record (or that were merged away on upgrade)
 * are kept as aliases of the record's real id, so a later change aimed at
 * one lands on the same record. The rule itself is the domain's
 * (prepareMutation, called by pushRules.decidePush).
 */
import { prepareMutation } from '#domain/prepareMutation.ts';
import type { Mutation } from '#shared/protocol.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';

export interface AliasRow {
  readonly aliasId: string;
  readonly recordId: string;
  readonly teamId: string;
  readonly kind: string;
}

/** The mutation with the id it will be merged under, to know which records to load. */
export function preparedTarget(m: Mutation, mergedInto: (id: string) => string | undefined): Mutation {
  const prepared = prepareMutation(m, mergedInto);
  return prepared.status === 'ready' ? prepared.mutation : m;
}

export async function loadAliases(tx: SqlClient, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.query<{ alias_id: string; record_id: string }>('SELECT alias_id, record_id FROM record_aliases WHERE alias_id = ANY($1::uuid[])', [unique]);
  return new Map(rows.map((r) => [r.alias_id, r.record_id]));
}

/** Aliases of records the batch stored; inside the push transaction. */
export async function saveAliases(tx: SqlClient, aliases: readonly AliasRow[]): Promise<void> {
  if (aliases.length === 0) return;
  await tx.query(
    `INSERT INTO record_aliases (alias_id, record_id, team_id, kind)
     SELECT x.alias_id, x.record_id, x.team_id, x.kind FROM jsonb_to_recordset($1::jsonb) AS x(alias_id uuid, record_id uuid, team_id uuid, kind text)
     ON CONFLICT (alias_id) DO NOTHING`,
    [JSON.stringify(aliases.map((a) => ({ alias_id: a.aliasId, record_id: a.recordId, team_id: a.teamId, kind: a.kind })))],
  );
}
