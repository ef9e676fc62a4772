import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './storage/migrate.ts';
import { repairTeamCounters } from './storage/teamCounters.ts';
import { openPglite } from './storage/pgliteDatabase.ts';
import { openPostgres } from './storage/postgresDatabase.ts';
import type { SqlDatabase } from './storage/SqlDatabase.ts';

/** Postgres when a URL is given, else PGlite kept under the data folder; migrated, and team counters checked, either way. */
export async function openDatabase(options: { databaseUrl: string | undefined; databaseSchema?: string | undefined; dataDir: string }): Promise<SqlDatabase> {
  let db: SqlDatabase;
  if (options.databaseUrl !== undefined) {
    db = await openPostgres(options.databaseUrl, options.databaseSchema);
  } else {
    const dir = path.join(options.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    db = await openPglite(dir);
  }
  await migrate(db);
  await repairTeamCounters(db);
  return db;
}
