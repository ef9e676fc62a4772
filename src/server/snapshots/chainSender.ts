/**
 * Sending this server's export-grade snapshots to the chain analysis server
 * (SCHAKEL_CHAIN_URL, with SCHAKEL_CHAIN_KEY). What is waiting is every
 * team snapshot whose version is past the one last acknowledged; a period
 * is sent whole (its teams, sites and organisations, published at the
 * export threshold) and marked sent only for the versions that were read,
 * so a snapshot that changed meanwhile goes again. A send that fails is
 * retried with a doubling pause (up to an hour); the receiver keeps one copy
 * per subject, period and version, so a resend after a lost answer changes
 * nothing there.
 */
import { chainPushResponse, EXPORT_SCHEMA_VERSION, type ChainPushRequest } from '#shared/snapshots/exportFormat.ts';
import { MIN_EXPORT_RESPONDENTS } from '#shared/snapshots/fields.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { publishPeriod } from '#domain/snapshots/publishSnapshots.ts';
import type { Job } from '#server/jobs/JobScheduler.ts';
import { isFinished } from '#shared/snapshots/periods.ts';
import { localDay } from '#shared/time.ts';
import { localTeamInputs } from './snapshotReads.ts';
import type { SnapshotRefresher } from './SnapshotRefresher.ts';

const FIRST_PAUSE_MS = 5_000;
const LONGEST_PAUSE_MS = 3_600_000;
const PER_REQUEST = 500;

export interface ChainSenderOptions {
  readonly db: SqlDatabase;
  /** The receiver's chain address, like https://analysis.example/api/chains/<chain id>. */
  readonly url: string;
  readonly key: string;
  readonly now: () => Date;
  readonly fetch?: typeof fetch;
}

export interface ChainSendOutcome {
  readonly sent: number;
  readonly waiting: number;
}

export class ChainSender {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ChainSenderOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  async status(): Promise<{ url: string; lastSentAt: string | null; lastError: string | null; waiting: number; nextTryAt: string | null }> {
    const [state] = await this.options.db.query<{ last_sent_at: Date | null; last_error: string | null; next_try_at: Date | null }>('SELECT last_sent_at, last_error, next_try_at FROM chain_sync_state WHERE id = 1');
    return {
      url: this.options.url,
      lastSentAt: state?.last_sent_at ? new Date(state.last_sent_at).toISOString() : null,
      lastError: state?.last_error ?? null,
      waiting: await this.waiting(),
      nextTryAt: state?.next_try_at ? new Date(state.next_try_at).toISOString() : null,
    };
  }

  /** Whether a scheduled run should try now: not while a failure's pause lasts. */
  async due(): Promise<boolean> {
    const [state] = await this.options.db.query<{ next_try_at: Date | null }>('SELECT next_try_at FROM chain_sync_state WHERE id = 1');
    return !state?.next_try_at || new Date(state.next_try_at).getTime() <= this.options.now().getTime();
  }

  private sending: Promise<ChainSendOutcome> | null = null;

  /**
   * Sends everything waiting, oldest period first; throws (after noting the
   * pause) when the receiver fails. One send at a time: a "send now" during
   * the scheduled one waits for it and then sends what is still waiting.
   */
  async sendNow(): Promise<ChainSendOutcome> {
    const before = this.sending?.catch(() => undefined) ?? Promise.resolve();
    const run = before.then(() => this.sendWaiting());
    this.sending = run;
    try {
      return await run;
    } finally {
      if (this.sending === run) this.sending = null;
    }
  }

  private async sendWaiting(): Promise<ChainSendOutcome> {
    const { db } = this.options;
    const today = localDay(this.options.now());
    // Finished periods only, as the dashboard publishes them.
    const waiting = (await db.query<{ period: string; team_id: string; version: number }>('SELECT period, team_id, version FROM snapshots WHERE version > chain_sent_version ORDER BY period')).filter((w) => isFinished(w.period, today));
    const periods = [...new Set(waiting.map((w) => w.period))];
    let sent = 0;
    try {
      for (const period of periods) {
        const inputs = await localTeamInputs(db, [period]);
        const published = publishPeriod(period, inputs.get(period) ?? [], [], MIN_EXPORT_RESPONDENTS);
        const snapshots = [...published.teams.filter((t) => t.version > 0), ...published.sites, ...published.organisations];
        for (let i = 0; i < snapshots.length; i += PER_REQUEST) await this.post({ type: 'chainSnapshots', schemaVersion: EXPORT_SCHEMA_VERSION, snapshots: snapshots.slice(i, i + PER_REQUEST) });
        const read = waiting.filter((w) => w.period === period);
        await db.query(
          `UPDATE snapshots s SET chain_sent_version = x.version
             FROM jsonb_to_recordset($1::jsonb) AS x(team_id uuid, version int)
            WHERE s.team_id = x.team_id AND s.period = $2 AND s.chain_sent_version < x.version`,
          [JSON.stringify(read.map((r) => ({ team_id: r.team_id, version: r.version }))), period],
        );
        sent += read.length;
      }
    } catch (error) {
      await this.noteFailure(error);
      throw error;
    }
    await db.query(
      `INSERT INTO chain_sync_state (id, last_sent_at, last_error, failures, next_try_at) VALUES (1, $1, NULL, 0, NULL)
       ON CONFLICT (id) DO UPDATE SET last_sent_at = excluded.last_sent_at, last_error = NULL, failures = 0, next_try_at = NULL`,
      [this.options.now().toISOString()],
    );
    return { sent, waiting: await this.waiting() };
  }

  /** The scheduled send: refresh, then send when no pause is running. */
  job(refresher: SnapshotRefresher, everyMs: number): Job {
    return {
      name: 'Chain analysis sync',
      everyMs,
      run: async () => {
        if (!(await this.due())) return;
        await refresher.refresh();
        await this.sendNow();
      },
    };
  }

  private async waiting(): Promise<number> {
    const today = localDay(this.options.now());
    const rows = await this.options.db.query<{ period: string }>('SELECT period FROM snapshots WHERE version > chain_sent_version');
    return rows.filter((r) => isFinished(r.period, today)).length;
  }

  private async post(body: ChainPushRequest): Promise<void> {
    const res = await this.fetch(`${this.options.url.replace(/\/$/, '')}/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.key}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) throw new Error(`the chain analysis server answered ${String(res.status)}: ${(await res.text()).slice(0, 200)}`);
    chainPushResponse.parse(await res.json());
  }

  private async noteFailure(error: unknown): Promise<void> {
    const { db, now } = this.options;
    const [state] = await db.query<{ failures: number }>('SELECT failures FROM chain_sync_state WHERE id = 1');
    const failures = (state?.failures ?? 0) + 1;
    const pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (failures - 1));
    const message = error instanceof Error ? error.message : String(error);
    await db.query(
      `INSERT INTO chain_sync_state (id, last_error, failures, next_try_at) VALUES (1, $1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET last_error = excluded.last_error, failures = excluded.failures, next_try_at = excluded.next_try_at`,
      [message.slice(0, 300), failures, new Date(now().getTime() + pause).toISOString()],
    );
  }
}
