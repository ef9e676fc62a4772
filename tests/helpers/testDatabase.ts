/**
 * A fresh, migrated coordinator database per test: in-memory PGlite always,
 * and a real PostgreSQL in its own schema when DATABASE_URL is set (CI sets
 * it), so every server suite runs on both engines.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '#server/storage/migrate.ts';
import { openPglite } from '#server/storage/pgliteDatabase.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';

export type Engine = 'pglite' | 'postgres';

export const ENGINES: readonly Engine[] = process.env['DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  readonly db: SqlDatabase;
  /** Closes the database and, on Postgres, drops the test's schema. */
  readonly dispose: () => Promise<void>;
}

export async function openTestDatabase(engine: Engine, options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  let db: SqlDatabase;
  let dispose: () => Promise<void>;
  if (engine === 'pglite') {
    db = await openPglite();
    dispose = () => db.close();
  } else {
    const url = process.env['DATABASE_URL'];
    if (!url) throw new Error('DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    db = await openPostgres(url, schema);
    dispose = async () => {
      await db.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    };
  }
  if (options.migrated !== false) await migrate(db);
  return { db, dispose };
}
