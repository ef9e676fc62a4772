/**
 * What can happen on a shop floor, as data the property test generates, and
 * how each thing is done to the real client and server. The World keeps the
 * model: which events must end up on the server exactly once. A run is
 * nothing but its generated value: the start time, the seed for every pick,
 * byte and id, and the actions; time moves only by `wait` and by each
 * request, so fast-check's seed and path replay a failure exactly.
 */
import fc from 'fast-check';
import { answerCheckin } from '#db/checkinRepository.ts';
import { sha256OfBytes, storeLocalBlob } from '#db/blobRepository.ts';
import { writeLocal } from '#db/localWrite.ts';
import { StorageFullError } from '#db/storageErrors.ts';
import { compactTombstones } from '#server/storage/retention.ts';
import { insertServerRecords } from '#server/storage/syncStore.ts';
import { BLOB_CHUNK_BYTES } from '#shared/blobs.ts';
import { localDay } from '#shared/time.ts';
import type { Fault } from '#tests/helpers/inProcessFetch.ts';
import type { SeededIds } from '#tests/helpers/SeededRandom.ts';
import type { SimulatedClock } from '#tests/helpers/SimulatedClock.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';
import type { ChaosDevice } from './ChaosDevice.ts';
import type { ChaosServer } from './ChaosServer.ts';

const DAY = 86_400_000;

export type Action =
  | { t: 'event'; d: number; photo: boolean; checkin: boolean }
  | { t: 'coachEdit'; name: string }
  | { t: 'coachDelete' }
  | { t: 'coachCreate' }
  | { t: 'poison'; d: number }
  | { t: 'sync'; d: number; fault: Fault | 'none' }
  | { t: 'syncDuringWrites'; d: number; e: number }
  | { t: 'replay'; d: number; i: number }
  | { t: 'partition'; d: number }
  | { t: 'reconnect'; d: number }
  | { t: 'skew'; d: number; ms: number }
  | { t: 'wait'; ms: number }
  | { t: 'killApp'; d: number }
  | { t: 'wipe'; d: number }
  | { t: 'restartServer'; d: number }
  | { t: 'concurrentCommits' }
  | { t: 'compact' }
  | { t: 'quotaPhoto'; d: number }
  | { t: 'newerSchemaRecord' }
  | { t: 'interruptedUpload'; d: number }
  | { t: 'recordBeforeBlob'; d: number };

export const DEVICES = 3;
/** Device 2 is the coach's tablet; 0 and 1 are kiosks. */
export const COACH = 2;

const device = fc.integer({ min: 0, max: DEVICES - 1 });

export const randomAction: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('event' as const), d: device, photo: fc.boolean(), checkin: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('coachEdit' as const), name: fc.constantFrom('Inpakken', 'Dozen', 'Vouwen', 'Plooien') }) },
  { weight: 1, arbitrary: fc.constant({ t: 'coachCreate' as const }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('sync' as const), d: device, fault: fc.constantFrom<Fault | 'none'>('none', 'none', 'offline', 'loseResponse', 'serverError') }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('replay' as const), d: device, i: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('partition' as const), d: device }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reconnect' as const), d: device }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('killApp' as const), d: device }) },
  // From a moment to a long break: the HLCs and the drift check see time pass.
  { weight: 2, arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 45 * 60_000 }) }) },
);

/** Every fault of the issue, once per run, in a random order among the random actions. */
export const coverageActions: readonly Action[] = [
  { t: 'sync', d: 0, fault: 'loseResponse' },
  { t: 'replay', d: 0, i: 0 },
  { t: 'syncDuringWrites', d: 1, e: COACH },
  { t: 'skew', d: 0, ms: DAY },
  { t: 'skew', d: 1, ms: -DAY },
  { t: 'skew', d: COACH, ms: -3_600_000 },
  { t: 'poison', d: 1 },
  { t: 'sync', d: 1, fault: 'serverError' },
  { t: 'killApp', d: 0 },
  { t: 'partition', d: 1 },
  { t: 'event', d: 1, photo: true, checkin: false },
  { t: 'reconnect', d: 1 },
  { t: 'concurrentCommits' },
  { t: 'restartServer', d: 0 },
  { t: 'newerSchemaRecord' },
  { t: 'wipe', d: 0 },
  { t: 'quotaPhoto', d: 1 },
  { t: 'coachDelete' },
  { t: 'partition', d: 0 },
  { t: 'compact' },
  { t: 'reconnect', d: 0 },
  { t: 'interruptedUpload', d: 1 },
  { t: 'recordBeforeBlob', d: 0 },
];

/** A run: random actions with every coverage action placed at a random position. */
export const schedule: fc.Arbitrary<Action[]> = fc
  .tuple(fc.array(randomAction, { minLength: 8, maxLength: 24 }), fc.array(fc.nat(1000), { minLength: coverageActions.length, maxLength: coverageActions.length }))
  .map(([random, positions]) => {
    const out = [...random];
    coverageActions.forEach((action, i) => {
      out.splice((positions[i] ?? 0) % (out.length + 1), 0, action);
    });
    return out;
  });

export interface ChaosRun {
  /** Where the simulated clock starts: some time in the demo workday, never the wall clock. */
  readonly startMs: number;
  /** Seeds every pick, photo byte and id the suite makes. */
  readonly seed: number;
  readonly actions: Action[];
}

export const chaosRun: fc.Arbitrary<ChaosRun> = fc.record({
  startMs: fc.integer({ min: TEST_NOW.getTime() - 3 * 3_600_000, max: TEST_NOW.getTime() + 8 * 3_600_000 }),
  seed: fc.nat({ max: 2 ** 32 - 1 }),
  actions: schedule,
});

export class World {
  /** Events that must be on the server exactly once at the end: id → kind. */
  readonly expectedEvents = new Map<string, string>();
  /** Photos a tablet held when it named them, with the event naming them: they reach the server before it. */
  readonly expectedBlobs = new Map<string, string>();
  /**
   * Changes still in a tablet's outbox when its IndexedDB was wiped. Each may
   * have reached the server (a push whose answer was lost) or not; either is
   * right, but never twice.
   */
  readonly wipedUnconfirmed = new Set<string>();

  constructor(
    readonly server: ChaosServer,
    readonly devices: ChaosDevice[],
    private readonly clock: SimulatedClock,
    /** For records the suite writes straight into the server. */
    private readonly serverIds: SeededIds,
  ) {}

  at(d: number): ChaosDevice {
    const dev = this.devices[d];
    if (!dev) throw new Error(`no device ${String(d)}`);
    return dev;
  }

  async run(action: Action): Promise<void> {
    switch (action.t) {
      case 'event':
        return this.writeEvent(this.at(action.d), action.photo ? 2_000 : 0, action.checkin);
      case 'coachEdit':
      case 'coachDelete':
      case 'coachCreate':
        return this.coachWrite(action);
      case 'poison': {
        // A kiosk may not edit members: refused for good, and must not block what follows.
        const dev = this.at(action.d);
        const member = await dev.db.members.toCollection().first();
        if (member) await writeLocal(dev.db, { kind: 'member', op: 'patch', id: member.id, fields: { name: 'Gehackt' } }, this.ctx(dev, null));
        return this.writeEvent(dev, 0, false);
      }
      case 'sync': {
        const dev = this.at(action.d);
        if (action.fault !== 'none') dev.faults.push(action.fault);
        await dev.client.sync().catch(() => undefined);
        dev.faults.length = 0;
        return;
      }
      case 'syncDuringWrites': {
        const dev = this.at(action.d);
        const other = this.at(action.e);
        await Promise.all([dev.client.sync().catch(() => undefined), this.writeEvent(dev, 0, false), this.writeEvent(other, 0, false).then(() => other.client.sync().catch(() => undefined))]);
        return;
      }
      case 'replay':
        return this.at(action.d).replayOldPush(action.i);
      case 'partition':
        this.at(action.d).partitioned = true;
        return;
      case 'reconnect':
        this.at(action.d).partitioned = false;
        return;
      case 'skew':
        this.at(action.d).skewMs += action.ms;
        return;
      case 'wait':
        this.clock.advance(action.ms);
        return;
      case 'killApp':
        this.at(action.d).restartApp();
        return;
      case 'wipe': {
        const lost = await this.at(action.d).wipeAndEnrolAgain();
        for (const id of lost) this.wipedUnconfirmed.add(id);
        return;
      }
      case 'restartServer': {
        const dev = this.at(action.d);
        await this.writeEvent(dev, 0, false);
        await Promise.all([dev.client.sync().catch(() => undefined), this.server.restart()]);
        return;
      }
      case 'concurrentCommits': {
        // Two tablets commit at once while the third pulls in between.
        const [a, b, c] = [this.at(0), this.at(1), this.at(COACH)];
        await Promise.all([this.writeEvent(a, 0, false), this.writeEvent(b, 0, false)]);
        await Promise.all([a.client.sync().catch(() => undefined), c.client.pullAll((await c.db.device.get('self'))!).catch(() => undefined), b.client.sync().catch(() => undefined)]);
        return;
      }
      case 'compact':
        await compactTombstones(this.server.db, new Date(this.clock.nowMs() + 60_000));
        return;
      case 'quotaPhoto': {
        const dev = this.at(action.d);
        const hook = () => {
          throw new DOMException('quota', 'QuotaExceededError');
        };
        dev.db.blobs.hook('creating', hook);
        const outcome = await storeLocalBlob(dev.db, dev.random.bytes(3_000), 'image/jpeg', dev.now()).catch((e: unknown) => e);
        dev.db.blobs.hook('creating').unsubscribe(hook);
        if (!(outcome instanceof StorageFullError)) throw new Error('a full disk must surface as StorageFullError');
        return;
      }
      case 'newerSchemaRecord': {
        // A newer server writes a field this app version does not know; the tablet must still take the record.
        const [team] = await this.server.db.query<{ id: string }>("SELECT id FROM teams WHERE name = 'Team Verpakking'");
        await insertServerRecords(this.server.db, team?.id ?? '', [{ kind: 'member', data: { id: this.serverIds.next(), teamId: team?.id ?? '', name: 'Nieuw', avatar: 'owl', language: 'nl-BE', favouriteColour: 'blauw' } }], '000000000000001-00000-server');
        return;
      }
      case 'interruptedUpload': {
        const dev = this.at(action.d);
        await this.writeEvent(dev, BLOB_CHUNK_BYTES * 2 + 500, false);
        dev.faults.push(null, null, null, 'loseResponse');
        await dev.client.sync().catch(() => undefined);
        dev.faults.length = 0;
        return;
      }
      case 'recordBeforeBlob': {
        const dev = this.at(action.d);
        const sha = await sha256OfBytes(dev.random.bytes(1_000));
        await this.writeEvent(dev, 0, false, sha);
        return;
      }
    }
  }

  private ctx(dev: ChaosDevice, actor: string | null) {
    return { actorMemberId: actor, now: dev.now(), newId: dev.ids.next };
  }

  private async writeEvent(dev: ChaosDevice, photoBytes: number, checkin: boolean, namedPhoto?: string): Promise<void> {
    const members = await dev.db.members.toArray();
    const tasks = await dev.db.tasks.limit(20).toArray();
    const member = dev.random.pick(members);
    const task = dev.random.pick(tasks);
    if (!member || !task) return;
    const now = dev.now();
    if (checkin) {
      const id = dev.ids.next();
      await answerCheckin(dev.db, { id, teamId: member.teamId, memberId: member.id, day: localDay(now), moment: 'end', score: 2, answeredAt: now.toISOString() }, { ...this.ctx(dev, member.id), keepHistory: false });
      this.expectedEvents.set(id, 'checkin');
      return;
    }
    let photo = namedPhoto;
    const id = dev.ids.next();
    if (photoBytes > 0) {
      photo = await storeLocalBlob(dev.db, dev.random.bytes(photoBytes), 'image/jpeg', now);
      this.expectedBlobs.set(photo, id);
    }
    await writeLocal(dev.db, { kind: 'taskCompletion', op: 'insert', record: { id, teamId: task.teamId, taskId: task.id, memberId: member.id, good: 5, rejected: 1, ...(photo === undefined ? {} : { photo }), completedAt: now.toISOString() } }, this.ctx(dev, member.id));
    this.expectedEvents.set(id, 'taskCompletion');
  }

  private async coachWrite(action: Extract<Action, { t: 'coachEdit' | 'coachDelete' | 'coachCreate' }>): Promise<void> {
    const coach = this.at(COACH);
    const stations = await coach.db.stations.toArray();
    const station = coach.random.pick(stations);
    if (action.t === 'coachCreate' || !station) {
      const teamId = (await coach.db.device.get('self'))?.team.id ?? '';
      await writeLocal(coach.db, { kind: 'station', op: 'insert', record: { id: coach.ids.next(), teamId, name: 'Nieuwe plek', picto: 'factory', load: 'light' } }, this.ctx(coach, null));
    } else if (action.t === 'coachEdit') {
      await writeLocal(coach.db, { kind: 'station', op: 'patch', id: station.id, fields: { name: action.name } }, this.ctx(coach, null));
    } else {
      await writeLocal(coach.db, { kind: 'station', op: 'delete', id: station.id }, this.ctx(coach, null));
    }
  }
}
