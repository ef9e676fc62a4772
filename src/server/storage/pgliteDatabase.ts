import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';

/**
 * Embedded Postgres in WebAssembly. `dataDir` keeps it on disk; without one it
 * lives in memory (tests). PGlite has one connection, and its `transaction`
 * queues callers, so transactions never interleave.
 */
export async function openPglite(dataDir?: string): Promise<SqlDatabase> {
  const pg = await PGlite.create(dataDir);
  const asClient = (q: Pick<PGlite, 'query'>): SqlClient => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  return {
    engine: 'pglite',
    ...asClient(pg),
    transaction: (work) => pg.transaction((tx) => work(asClient(tx))),
    close: () => pg.close(),
  };
}
