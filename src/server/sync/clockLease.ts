/**
 * The server clock survives restarts and is shared by every process on the
 * database: `server_clock` holds a wall time no stamp has gone past, and a
 * starting server begins above it. Writing each stamp would put a write in
 * every sync answer, so the row reserves a lease instead — a few seconds
 * ahead of the newest stamp — renewed (with GREATEST, so processes never
 * lower each other's) once stamps reach the lease's second half. The price:
 * after a restart the server's stamps may run up to LEASE_MS ahead of its
 * wall clock until the wall clock catches up, which an HLC is made for.
 */
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { ServerClock } from './ServerClock.ts';

export const LEASE_MS = 4_000;

export interface ClockLease {
  /** Stops renewing (waits for a renewal under way), before the database closes. */
  stop(): Promise<void>;
}

export async function persistClock(db: SqlDatabase, clock: ServerClock): Promise<ClockLease> {
  const reserve = async (upToMs: number): Promise<number> => {
    const [row] = await db.query<{ wall_ms: number | string }>(
      `INSERT INTO server_clock (id, wall_ms) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET wall_ms = GREATEST(server_clock.wall_ms, EXCLUDED.wall_ms)
       RETURNING wall_ms`,
      [upToMs],
    );
    return Number(row?.wall_ms ?? upToMs);
  };
  const [stored] = await db.query<{ wall_ms: number | string }>('SELECT wall_ms FROM server_clock WHERE id = 1');
  if (stored) clock.advancePast(Number(stored.wall_ms));
  let reserved = await reserve(Math.max(clock.now(), clock.lastWallMs()) + LEASE_MS);
  let renewing: Promise<void> | null = null;
  clock.onIssue((wallMs) => {
    if (renewing !== null || wallMs + LEASE_MS / 2 < reserved) return;
    // A failed renewal (database briefly away) is tried again at the next stamp.
    renewing = reserve(wallMs + LEASE_MS)
      .then((upTo) => {
        reserved = upTo;
      }, () => undefined)
      .finally(() => {
        renewing = null;
      });
  });
  return {
    async stop() {
      clock.onIssue(null);
      await renewing;
    },
  };
}
