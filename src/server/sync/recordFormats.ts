/**
 * The push and pull path's side of the record registry's formats and
 * natural ids: before a batch merges, every pushed change is brought up to
 * the server's formats and given the id it must have (prepareMutation); ids
 * an older app made for a natural-key record are kept as aliases, so its
 * later changes to them land on the same record. A pull serves the formats
 * the device knows (recordsForDevice).
 */
import { prepareMutation } from '#domain/prepareMutation.ts';
import type { Mutation } from '#shared/protocol.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';

export interface PreparedBatch {
  /** By the pushed mutation's id: the change to merge, or why it is refused before merging. */
  readonly prepared: ReadonlyMap<string, { readonly mutation: Mutation } | { readonly reason: string }>;
  readonly aliases: readonly { readonly aliasId: string; readonly recordId: string; readonly teamId: string; readonly kind: string }[];
}

export async function prepareMutations(tx: SqlClient, items: readonly { readonly teamId: string; readonly mutations: readonly Mutation[] }[]): Promise<PreparedBatch> {
  const all = items.flatMap((i) => i.mutations);
  const known = await loadAliases(tx, all.filter((m) => m.op !== 'insert').map((m) => m.recordId));
  const prepared = new Map<string, { mutation: Mutation } | { reason: string }>();
  const aliases: { aliasId: string; recordId: string; teamId: string; kind: string }[] = [];
  for (const { teamId, mutations } of items) {
    for (const m of mutations) {
      const outcome = prepareMutation(m, (id) => known.get(id));
      if (outcome.status === 'rejected') {
        prepared.set(m.mutationId, { reason: outcome.reason });
        continue;
      }
      prepared.set(m.mutationId, { mutation: outcome.mutation });
      if (outcome.aliasOf !== null && m.op === 'insert') {
        // Later changes in this very batch to the app's own id must find the record too.
        known.set(outcome.aliasOf, outcome.mutation.recordId);
        aliases.push({ aliasId: outcome.aliasOf, recordId: outcome.mutation.recordId, teamId, kind: m.kind });
      }
    }
  }
  return { prepared, aliases };
}

async function loadAliases(tx: SqlClient, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx.query<{ alias_id: string; record_id: string }>('SELECT alias_id, record_id FROM record_aliases WHERE alias_id = ANY($1::uuid[])', [unique]);
  return new Map(rows.map((r) => [r.alias_id, r.record_id]));
}

/** Aliases of records that were applied; call inside the push transaction. */
export async function saveAliases(tx: SqlClient, aliases: PreparedBatch['aliases']): Promise<void> {
  if (aliases.length === 0) return;
  await tx.query(
    `INSERT INTO record_aliases (alias_id, record_id, team_id, kind)
     SELECT x.alias_id, x.record_id, x.team_id, x.kind FROM jsonb_to_recordset($1::jsonb) AS x(alias_id uuid, record_id uuid, team_id uuid, kind text)
     ON CONFLICT (alias_id) DO NOTHING`,
    [JSON.stringify(aliases.map((a) => ({ alias_id: a.aliasId, record_id: a.recordId, team_id: a.teamId, kind: a.kind })))],
  );
}
