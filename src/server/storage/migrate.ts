/**
 * Versioned SQL migrations, applied in order, each in its own transaction
 * together with its row in schema_migrations. An advisory lock keeps two
 * servers starting at once on one Postgres from migrating twice.
 */
import type { SqlDatabase } from './SqlDatabase.ts';
import { migration0001 } from './migrations/0001_initial.ts';
import { migration0002 } from './migrations/0002_coordinator_keys.ts';
import { migration0003 } from './migrations/0003_blobs_and_purged_records.ts';
import { migration0004 } from './migrations/0004_sync_log_by_device_seq.ts';
import { migration0005 } from './migrations/0005_record_registry.ts';
import { migration0006 } from './migrations/0006_card_languages.ts';
import { migration0007 } from './migrations/0007_week_rota.ts';
import { migration0008 } from './migrations/0008_change_refusal_codes.ts';
import { migration0009 } from './migrations/0009_job_quality_snapshots.ts';
import { migration0010 } from './migrations/0010_blob_uploads_per_device.ts';
import { migration0011 } from './migrations/0011_server_clock.ts';
import { migration0012 } from './migrations/0012_record_ids_per_team.ts';
import { migration0013 } from './migrations/0013_device_pull_cursor.ts';
import type { SqlClient } from './SqlDatabase.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Data to move after the SQL, in the same transaction (record formats, merged ids). */
  readonly run?: (tx: SqlClient) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013];

const MIGRATION_LOCK = 7_243_311;

export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.length > 0) return false;
      // Simple-protocol multi-statement text is not allowed with parameters, so run statements one by one.
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      if (m.run) await m.run(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Splits migration text on semicolons at line ends; our migrations keep no semicolons inside strings. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
