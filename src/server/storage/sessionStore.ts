/**
 * The coordinator's browser sessions: a random token in an HttpOnly cookie,
 * kept here as its SHA-256 hash with an expiry. A forged or expired token
 * finds no row; signing out deletes the row.
 */
import type { SqlClient } from './SqlDatabase.ts';

export async function createSession(db: SqlClient, tokenHash: string, expiresAt: Date): Promise<void> {
  // Expired sessions go when a new one is made: the table never grows with sign-ins.
  await db.query('DELETE FROM coordinator_sessions WHERE expires_at < now()');
  await db.query('INSERT INTO coordinator_sessions (token_hash, expires_at) VALUES ($1, $2)', [tokenHash, expiresAt.toISOString()]);
}

/** The session's expiry, or null when there is no such session or it has expired. */
export async function sessionExpiry(db: SqlClient, tokenHash: string, now: Date): Promise<Date | null> {
  const [row] = await db.query<{ expires_at: Date }>('SELECT expires_at FROM coordinator_sessions WHERE token_hash = $1 AND expires_at > $2', [tokenHash, now.toISOString()]);
  return row ? new Date(row.expires_at) : null;
}

export async function deleteSession(db: SqlClient, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM coordinator_sessions WHERE token_hash = $1', [tokenHash]);
}
