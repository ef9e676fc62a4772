import pg from 'pg';
import { listenOn } from './postgresListener.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';

// Server sequences are bigint in SQL but stay far below 2^53; read them as numbers, as PGlite does.
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, Number);

/**
 * A real PostgreSQL through a connection pool. `schema`, when given, is
 * created if missing and put first on the search path; tests use it to get a
 * fresh, isolated database per suite.
 */
export async function openPostgres(connectionString: string, schema?: string): Promise<SqlDatabase> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
  if (schema !== undefined) {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const clientConfig: pg.ClientConfig = { connectionString, types, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) };
  const pool = new pg.Pool({ ...clientConfig, max: 10 });
  // Closing the database stops its listeners too, so no connection outlives it.
  const listeners = new Set<() => Promise<void>>();
  const asClient = (q: pg.Pool | pg.PoolClient): SqlClient => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  return {
    engine: 'postgres',
    ...asClient(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(asClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onMessage, onGap) {
      const stop = await listenOn(clientConfig, channel, onMessage, onGap);
      const unlisten = async () => {
        listeners.delete(unlisten);
        await stop();
      };
      listeners.add(unlisten);
      return unlisten;
    },
    async close() {
      await Promise.all([...listeners].map((unlisten) => unlisten()));
      await pool.end();
    },
  };
}
