/**
 * Coordinator keys, kept as SHA-256 hashes only. The first key is made under
 * an advisory lock, so two servers starting at once on one PostgreSQL cannot
 * both make one.
 */
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';

const FIRST_KEY_LOCK = 7_243_312;

export async function isCoordinatorKeyHash(db: SqlClient, hash: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM coordinator_keys WHERE hash = $1', [hash]);
  return rows.length > 0;
}

/** Stores a key hash; true when it was not there yet. */
export async function addCoordinatorKeyHash(db: SqlClient, hash: string): Promise<boolean> {
  const rows = await db.query('INSERT INTO coordinator_keys (hash) VALUES ($1) ON CONFLICT (hash) DO NOTHING RETURNING hash', [hash]);
  return rows.length > 0;
}

/**
 * When no coordinator key exists yet, runs `create` — which saves the plain
 * key where the coordinator can read it and returns its hash — and stores
 * the hash, in one transaction: if saving fails, nothing is stored and the
 * next start tries again. Returns whether a key was created.
 */
export async function createFirstCoordinatorKey(db: SqlDatabase, create: () => Promise<string>): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_KEY_LOCK]);
    const existing = await tx.query('SELECT 1 FROM coordinator_keys LIMIT 1');
    if (existing.length > 0) return false;
    await tx.query('INSERT INTO coordinator_keys (hash) VALUES ($1)', [await create()]);
    return true;
  });
}
