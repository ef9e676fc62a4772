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

export async function storeChainSnapshots(db: SqlDatabase, chainId: string, keyHash: string, snapshots: readonly PublishedSnapshot[]): Promise<{ stored: number; unchanged: number }> {
  const rows = snapshots.map((s) => ({ organisation_id: s.organisationId, scope: s.scope, subject_id: s.id, period: s.period, version: s.version, snapshot: s }));
  const stored = await db.transaction((tx) =>
    tx.query(
      `INSERT INTO chain_snapshots (chain_id, key_hash, organisation_id, scope, subject_id, period, version, snapshot)
       SELECT $1::uuid, $2, x.organisation_id, x.scope, x.subject_id, x.period, x.version, x.snapshot
         FROM jsonb_to_recordset($3::jsonb) AS x(organisation_id uuid, scope text, subject_id uuid, period text, version int, snapshot jsonb)
       ON CONFLICT (chain_id, scope, subject_id, period) DO UPDATE
         SET version = excluded.version, snapshot = excluded.snapshot, received_at = now()
         WHERE chain_snapshots.key_hash = excluded.key_hash AND chain_snapshots.version < excluded.version
       RETURNING subject_id`,
      [chainId, keyHash, JSON.stringify(rows)],
    ),
  );
  return { stored: stored.length, unchanged: rows.length - stored.length };
}
