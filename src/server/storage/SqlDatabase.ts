/**
 * The one seam between the coordinator and its database. PGlite (embedded,
 * the default) and a real PostgreSQL (`DATABASE_URL`) both sit behind it, so
 * every query and migration is written once and runs on both.
 */
export interface SqlClient {
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface SqlDatabase extends SqlClient {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction; it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Postgres only: calls `onMessage` with each NOTIFY payload on `channel`, on a
   * connection of its own (a pooled one would drop the LISTEN when released).
   * `onGap` is called when the connection was lost and came back, since
   * notifications sent meanwhile are gone. Resolves once listening; the
   * returned function stops it.
   */
  listen?: (channel: string, onMessage: (payload: string) => void, onGap: () => void) => Promise<() => Promise<void>>;
}
