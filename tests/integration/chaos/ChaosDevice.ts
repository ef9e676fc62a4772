/**
 * One simulated tablet in the chaos suite: a real SchakelDb (fake-indexeddb)
 * and the real sync client over the real HTTP transport, behind a line the
 * suite can cut, delay, replay and break. Its database can be closed and
 * reopened (the app killed) or wiped (and the tablet enrolled again).
 * Its time is the run's simulated clock plus its own skew, its randomness
 * and ids come from its own seeded source, and it records every exchange
 * with the server, so the same run gives the same trace.
 */
import { uuidv7 } from 'uuidv7';
import { SchakelDb } from '#db/SchakelDb.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { SyncClient } from '#sync/SyncClient.ts';
import type { Transport } from '#sync/Transport.ts';
import type { DeviceRole } from '#shared/protocol.ts';
import type { Fault } from '#tests/helpers/inProcessFetch.ts';
import { SeededIds, type SeededRandom } from '#tests/helpers/SeededRandom.ts';
import type { SimulatedClock } from '#tests/helpers/SimulatedClock.ts';
import type { ChaosServer } from './ChaosServer.ts';
import { tracingTransport } from './tracingTransport.ts';

/** Every request takes a little time on the simulated clock, as it does on a real line. */
export const REQUEST_STEP_MS = 40;

export class ChaosDevice {
  db: SchakelDb;
  client: SyncClient;
  readonly transport: Transport;
  /** Faults for the next requests, in order; null lets one through. */
  readonly faults: (Fault | null)[] = [];
  /** While partitioned, every request fails as if the network were gone. */
  partitioned = false;
  /** Push bodies sent so far, to replay late. */
  readonly sentPushes: { token: string; body: string }[] = [];
  /** Every exchange with the server, in order, as the tablet saw it. */
  readonly trace: string[] = [];
  readonly ids: SeededIds;
  private dbName: string;

  private constructor(
    private readonly server: ChaosServer,
    readonly label: string,
    readonly role: DeviceRole,
    public skewMs: number,
    private readonly clock: SimulatedClock,
    readonly random: SeededRandom,
  ) {
    this.ids = new SeededIds(random.fork(), clock);
    this.dbName = ChaosDevice.freshDbName(label);
    this.db = new SchakelDb(this.dbName);
    this.transport = tracingTransport(
      httpTransport(
        'http://coordinator.test',
        this.server.fetchFor({
          next: () => {
            this.clock.advance(REQUEST_STEP_MS);
            return this.partitioned ? 'offline' : (this.faults.shift() ?? null);
          },
        }),
      ),
      this.trace,
    );
    this.client = new SyncClient(this.db, this.recordingTransport(), () => this.now());
  }

  static async enrol(server: ChaosServer, label: string, role: DeviceRole, clock: SimulatedClock, random: SeededRandom): Promise<ChaosDevice> {
    const device = new ChaosDevice(server, label, role, 0, clock, random);
    await enrolDevice(device.db, device.transport, { code: await server.freshCode('Team Verpakking', role), now: device.now() });
    return device;
  }

  /**
   * IndexedDB is one per process (fake-indexeddb), and a run is replayed in
   * the same process: the name must be new each time. It never reaches the
   * data, so a random one does not break the replay.
   */
  private static freshDbName(label: string): string {
    return `chaos-${label}-${uuidv7()}`;
  }

  now(): Date {
    return new Date(this.clock.nowMs() + this.skewMs);
  }

  /** The app is killed and started again: only what IndexedDB holds survives. */
  restartApp(): void {
    this.db.close();
    this.db = new SchakelDb(this.dbName);
    this.client = new SyncClient(this.db, this.recordingTransport(), () => this.now());
  }

  /** IndexedDB is wiped; the coach enrols the tablet again. Returns the ids of changes that were lost with it. */
  async wipeAndEnrolAgain(): Promise<string[]> {
    const lost = (await this.db.outbox.toArray()).map((e) => e.recordId);
    await this.db.delete();
    this.dbName = ChaosDevice.freshDbName(this.label);
    this.db = new SchakelDb(this.dbName);
    this.client = new SyncClient(this.db, this.recordingTransport(), () => this.now());
    const wasPartitioned = this.partitioned;
    this.partitioned = false;
    await enrolDevice(this.db, this.transport, { code: await this.server.freshCode('Team Verpakking', this.role), now: this.now() });
    this.partitioned = wasPartitioned;
    return lost;
  }

  /** Sends an old push again, as a slow network might deliver it late. */
  async replayOldPush(index: number): Promise<void> {
    const old = this.sentPushes[index % Math.max(1, this.sentPushes.length)];
    if (!old) return;
    await this.transport.push(old.token, JSON.parse(old.body) as Parameters<Transport['push']>[1]).catch(() => undefined);
  }

  private recordingTransport(): Transport {
    return {
      ...this.transport,
      push: (token, request) => {
        this.sentPushes.push({ token, body: JSON.stringify(request) });
        return this.transport.push(token, request);
      },
    };
  }
}
