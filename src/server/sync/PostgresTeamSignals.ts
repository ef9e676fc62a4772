/**
 * Long-poll wake-ups across server processes on one Postgres: a write to a
 * team wakes this process's waiters at once and sends
 * `NOTIFY schakel_team, '<teamId>'`; every process LISTENs and wakes its
 * own. NOTIFY is sent right after the write commits. If it is lost (the
 * process dies in between, or a listener's connection drops), nothing is
 * lost but time: a waiting tablet's poll ends at its time-out, or at once
 * after a reconnect, and it pulls. Team ids are UUIDs, so coordinators in
 * other schemas of the same database sharing the channel wake nobody of ours.
 */
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { LocalTeamSignals, type TeamSignals } from './TeamSignals.ts';

export const TEAM_CHANNEL = 'schakel_team';

export class PostgresTeamSignals implements TeamSignals {
  private readonly local = new LocalTeamSignals();
  private unlisten: () => Promise<void> = () => Promise.resolve();

  private constructor(private readonly db: SqlDatabase) {}

  static async start(db: SqlDatabase): Promise<PostgresTeamSignals> {
    if (!db.listen) throw new Error(`a ${db.engine} database cannot LISTEN`);
    const signals = new PostgresTeamSignals(db);
    signals.unlisten = await db.listen(
      TEAM_CHANNEL,
      (teamId) => {
        signals.local.wake(teamId);
      },
      () => {
        signals.local.wakeAll();
      },
    );
    return signals;
  }

  async notify(teamId: string): Promise<void> {
    this.local.wake(teamId);
    // The write is committed: a failed NOTIFY only makes other processes' polls wait out their time.
    await this.db.query('SELECT pg_notify($1, $2)', [TEAM_CHANNEL, teamId]).catch(() => undefined);
  }

  wait(teamId: string, timeoutMs: number, cancel?: (stop: () => void) => void): { done: Promise<boolean> } {
    return this.local.wait(teamId, timeoutMs, cancel);
  }

  close(): Promise<void> {
    return this.unlisten();
  }
}

/** The right signals for the database: one process on PGlite, LISTEN/NOTIFY on Postgres. */
export function teamSignalsFor(db: SqlDatabase): Promise<TeamSignals> {
  return db.listen ? PostgresTeamSignals.start(db) : Promise.resolve(new LocalTeamSignals());
}
