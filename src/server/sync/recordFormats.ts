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
import { recordKey, uniqueKeys, type TeamRecordKey } from './pushRows.ts';

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

/** The team's aliases among these ids, keyed by recordKey(team, alias): an alias is the team's own, like its records. */
export async function loadAliases(tx: SqlClient, keys: readonly TeamRecordKey[]): Promise<Map<string, string>> {
  const unique = uniqueKeys(keys);
  if (unique.length === 0) return new Map();
  const rows = await tx.query<{ alias_id: string; record_id: string; team_id: string }>(
    'SELECT a.alias_id, a.record_id, a.team_id FROM record_aliases a JOIN unnest($1::uuid[], $2::uuid[]) AS k(team_id, id) ON k.team_id = a.team_id AND k.id = a.alias_id',
    [unique.map((k) => k.teamId), unique.map((k) => k.id)],
  );
  return new Map(rows.map((r) => [recordKey(r.team_id, r.alias_id), r.record_id]));
}

/** Aliases of records the batch stored; inside the push transaction. */
export async function saveAliases(tx: SqlClient, aliases: readonly AliasRow[]): Promise<void> {
  if (aliases.length === 0) return;
  await tx.query(
    `INSERT INTO record_aliases (alias_id, record_id, team_id, kind)
     SELECT x.alias_id, x.record_id, x.team_id, x.kind FROM jsonb_to_recordset($1::jsonb) AS x(alias_id uuid, record_id uuid, team_id uuid, kind text)
     ON CONFLICT (team_id, alias_id) DO NOTHING`,
    [JSON.stringify(aliases.map((a) => ({ alias_id: a.aliasId, record_id: a.recordId, team_id: a.teamId, kind: a.kind })))],
  );
}
