/**
 * Real coordinator processes (`src/server/main.ts`) on one Postgres schema,
 * as a load balancer in front of them would see them: each request of a
 * tablet goes to one of the processes that are up, picked by a seeded
 * random source, and now and then the picked process is killed with
 * SIGKILL while the request is in flight and started again on the same
 * port. At most one process is down at a time, so the tablets always have
 * somewhere to go; a request that meets the dead one fails as a dropped
 * line does, and the tablet retries.
 *
 * The suite's own connection (`db`) stands in for a third process: it
 * reads the truth, hands out enrolment codes and writes behind the
 * tablets' backs as the chaos actions do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { ensureEnrolmentCodes } from '#server/seed/ensureEnrolmentCodes.ts';
import { seedDemo } from '#server/seed/seedDemo.ts';
import { DEFAULT_ENROLMENT_CODE_DAYS, openEnrolmentCodes } from '#server/storage/deviceStore.ts';
import { migrate } from '#server/storage/migrate.ts';
import { openPostgres } from '#server/storage/postgresDatabase.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { FaultPlan } from '#tests/helpers/inProcessFetch.ts';
import type { SeededRandom } from '#tests/helpers/SeededRandom.ts';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';
import { TEST_COORDINATOR_KEY } from '#tests/helpers/testServer.ts';
import type { ChaosServer } from './ChaosServer.ts';

/** One request in this many kills the process it went to, while it is being answered. */
const KILL_ONE_IN = 12;
/** The kill lands up to this long after the request left, so it meets it anywhere from arrival to answer. */
const KILL_WITHIN_MS = 30;

/**
 * Enrolment is left alone: a code works once, and a person at the tablet
 * answers a lost enrolment by typing a new one, which the suite does not
 * act out. Every sync request is fair game.
 */
const ENROL_PATH = '/api/enrol';
const PUSH_PATH = '/api/sync/push';

interface Slot {
  readonly port: number;
  /** Undefined while the process is down. */
  running: RunningServer | undefined;
  /** The start under way, after a kill. */
  starting: Promise<void> | undefined;
}

export class ServerProcesses implements ChaosServer {
  /** How many processes were killed in the middle of a request, and how many restarted; a run reports it. */
  readonly kills = { midRequest: 0, restarts: 0 };
  private readonly errors: unknown[] = [];
  private settled = false;
  private killPlanned = false;

  private constructor(
    private readonly url: string,
    private readonly schema: string,
    readonly db: SqlDatabase,
    private readonly dataDir: string,
    private readonly slots: readonly Slot[],
    private readonly random: SeededRandom,
  ) {}

  /** A fresh schema, migrated and seeded once, and `count` processes serving it. */
  static async start(url: string, count: number, random: SeededRandom): Promise<ServerProcesses> {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const db = await openPostgres(url, schema);
    await migrate(db);
    // Seeded here, so the processes, starting together, each find the demo workshop made.
    await seedDemo(db, { now: new Date(), newId: uuidv7, history: false });
    const slots: Slot[] = [];
    for (let i = 0; i < count; i++) slots.push({ port: await freePort(), running: undefined, starting: undefined });
    const processes = new ServerProcesses(url, schema, db, mkdtempSync(path.join(tmpdir(), 'schakel-processes-')), slots, random);
    await Promise.all(slots.map((slot) => processes.launch(slot)));
    return processes;
  }

  async freshCode(teamName: string, role: 'kiosk' | 'coach'): Promise<string> {
    await ensureEnrolmentCodes(this.db, DEFAULT_ENROLMENT_CODE_DAYS);
    const code = (await openEnrolmentCodes(this.db, DEFAULT_ENROLMENT_CODE_DAYS)).find((c) => c.teamName === teamName && c.role === role);
    if (!code) throw new Error(`no ${role} code for ${teamName}`);
    return code.code;
  }

  /** Kills one of the processes (once all are up) and waits until it serves again. */
  async restart(): Promise<void> {
    await this.restartsDone();
    const slot = this.random.pick(this.slots.filter((s) => s.running));
    if (slot) {
      this.kill(slot);
      await slot.starting;
    }
  }

  fetchFor(faults: FaultPlan): typeof fetch {
    return async (input, init) => {
      const asked = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      const fault = faults.next(asked.pathname);
      if (fault === 'offline') throw new TypeError('fetch failed');
      if (fault === 'serverError') return new Response(JSON.stringify({ error: 'server_error', message: 'injected' }), { status: 503 });
      const up = this.slots.filter((s) => s.running);
      const slot = this.random.pick(up);
      if (!slot?.running) throw new TypeError('fetch failed: no server process is up');
      const answer = fetch(new URL(asked.pathname + asked.search, slot.running.url), init);
      // The first push that can meet a kill always does, so every run has one; then one request in KILL_ONE_IN.
      const due = !this.killPlanned ? asked.pathname === PUSH_PATH : this.random.below(KILL_ONE_IN) === 0;
      if (!this.settled && up.length > 1 && asked.pathname !== ENROL_PATH && due) {
        const delay = this.random.below(KILL_WITHIN_MS);
        this.killPlanned = true;
        setTimeout(() => {
          if (this.kill(slot)) this.kills.midRequest += 1;
        }, delay);
      }
      const response = await answer;
      // The process did the work; the answer never arrives.
      if (fault === 'loseResponse') throw new TypeError('fetch failed');
      return response;
    };
  }

  /** No more kills; resolves once every process serves again. */
  async settle(): Promise<void> {
    this.settled = true;
    await this.restartsDone();
  }

  /** Every process and restart ended, the schema dropped; throws if a process would not start again. */
  async dispose(): Promise<void> {
    await this.restartsDone();
    await Promise.all(this.slots.map((s) => s.running?.stop() ?? Promise.resolve()));
    await this.db.close();
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
    await admin.end();
    rmSync(this.dataDir, { recursive: true, force: true });
    if (this.errors.length > 0) throw new Error(`a server process did not start again: ${String(this.errors[0])}`);
  }

  private async restartsDone(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.starting ?? Promise.resolve()));
  }

  /** SIGKILL, then a new process on the same port, as a supervisor (or forkWorkers) starts one. */
  /** False when it did not: the slot was down already, or it is the last one up. */
  private kill(slot: Slot): boolean {
    const running = slot.running;
    if (!running || this.slots.filter((s) => s.running).length < 2) return false;
    slot.running = undefined;
    slot.starting = running
      .kill()
      .then(() => this.launch(slot))
      .then(() => {
        this.kills.restarts += 1;
      })
      .catch((error: unknown) => {
        this.errors.push(error);
      })
      .finally(() => {
        slot.starting = undefined;
      });
    return true;
  }

  private async launch(slot: Slot): Promise<void> {
    slot.running = await startServer({
      port: slot.port,
      dataDir: this.dataDir,
      env: { DATABASE_URL: this.url, SCHAKEL_DATABASE_SCHEMA: this.schema, SCHAKEL_COORDINATOR_KEY: TEST_COORDINATOR_KEY, SCHAKEL_DEMO_HISTORY: '0' },
    });
  }
}
