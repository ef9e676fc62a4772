/**
 * Chains on a receiving server: the chains, their keys (hashes only), and
 * the snapshots members sent. A snapshot is stored once per subject and
 * period, replaced only by a newer version from the key that sent it first,
 * so a resend changes nothing and one member cannot overwrite another's.
 */
import type { PublishedSnapshot } from '#shared/snapshots/api.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';

export async function createChain(db: SqlClient, chain: { id: string; name: string; links: readonly { organisationId: string; role: string }[] }): Promise<void> {
  await db.query('INSERT INTO chains (id, name) VALUES ($1, $2)', [chain.id, chain.name]);
  for (const link of chain.links) await db.query('INSERT INTO chain_links (chain_id, organisation_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [chain.id, link.organisationId, link.role]);
}

export async function chainExists(db: SqlClient, chainId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM chains WHERE id = $1', [chainId])).length > 0;
}

export async function addChainKey(db: SqlClient, chainId: string, hash: string): Promise<void> {
  await db.query('INSERT INTO chain_keys (hash, chain_id) VALUES ($1, $2)', [hash, chainId]);
}

/** Whether the key (by hash) belongs to this chain: one answer for a wrong key and an unknown chain. */
export async function isChainKey(db: SqlClient, chainId: string, hash: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM chain_keys WHERE hash = $1 AND chain_id = $2', [hash, chainId])).length > 0;
}

export type ChainStoreOutcome = { readonly type: 'stored'; readonly stored: number; readonly unchanged: number } | { readonly type: 'organisationTaken' } | { readonly type: 'subjectTaken' };

/**
 * Stores what one member sent, in one transaction. A key sends for the
 * organisations its pushes named first; an organisation of this server's
 * own, or one another key sends for, is refused, and so is a team or site id
 * another organisation sent first — nothing is written then. A team's
 * snapshot is replaced by a higher version; a site's or an organisation's
 * (whose version is a sum that can fall when a team moves) whenever it
 * differs.
 */
export async function storeChainSnapshots(db: SqlDatabase, chainId: string, keyHash: string, snapshots: readonly PublishedSnapshot[]): Promise<ChainStoreOutcome> {
  const organisationIds = [...new Set(snapshots.map((s) => s.organisationId ?? ''))];
  return db.transaction(async (tx) => {
    const claims = await tx.query<{ organisation_id: string; key_hash: string | null; local: boolean }>(
      `SELECT x.id AS organisation_id, k.key_hash, EXISTS (SELECT 1 FROM organisations o WHERE o.id = x.id) AS local
         FROM unnest($1::uuid[]) AS x(id) LEFT JOIN chain_key_organisations k ON k.organisation_id = x.id`,
      [organisationIds],
    );
    if (claims.some((c) => c.local || (c.key_hash !== null && c.key_hash !== keyHash))) return { type: 'organisationTaken' };
    await tx.query('INSERT INTO chain_key_organisations (organisation_id, key_hash) SELECT x.id, $2 FROM unnest($1::uuid[]) AS x(id) ON CONFLICT (organisation_id) DO NOTHING', [organisationIds, keyHash]);
    const rows = snapshots.map((s) => ({ organisation_id: s.organisationId, scope: s.scope, subject_id: s.id, period: s.period, version: s.version, snapshot: s }));
    const foreign = await tx.query(
      `SELECT 1 FROM chain_snapshots c JOIN jsonb_to_recordset($2::jsonb) AS x(organisation_id uuid, scope text, subject_id uuid, period text)
          ON c.scope = x.scope AND c.subject_id = x.subject_id AND c.period = x.period
        WHERE c.chain_id = $1 AND c.organisation_id <> x.organisation_id LIMIT 1`,
      [chainId, JSON.stringify(rows)],
    );
    if (foreign.length > 0) return { type: 'subjectTaken' };
    const stored = await tx.query(
      `INSERT INTO chain_snapshots (chain_id, key_hash, organisation_id, scope, subject_id, period, version, snapshot)
       SELECT $1::uuid, $2, x.organisation_id, x.scope, x.subject_id, x.period, x.version, x.snapshot
         FROM jsonb_to_recordset($3::jsonb) AS x(organisation_id uuid, scope text, subject_id uuid, period text, version int, snapshot jsonb)
       ON CONFLICT (chain_id, scope, subject_id, period) DO UPDATE
         SET version = excluded.version, snapshot = excluded.snapshot, key_hash = excluded.key_hash, received_at = now()
         WHERE chain_snapshots.organisation_id = excluded.organisation_id
           AND (excluded.version > chain_snapshots.version OR (chain_snapshots.scope <> 'team' AND chain_snapshots.snapshot IS DISTINCT FROM excluded.snapshot))
       RETURNING subject_id`,
      [chainId, keyHash, JSON.stringify(rows)],
    );
    return { type: 'stored', stored: stored.length, unchanged: rows.length - stored.length };
  });
}
