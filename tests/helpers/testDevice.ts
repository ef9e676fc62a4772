/**
 * A simulated tablet: its own IndexedDB (fake-indexeddb), the real sync
 * client and HTTP transport, talking to an in-process server through a line
 * the test can break.
 */
import { uuidv7 } from 'uuidv7';
import { SchakelDb } from '#db/SchakelDb.ts';
import { writeLocal } from '#db/localWrite.ts';
import type { TaskCompletion } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { SyncClient } from '#sync/SyncClient.ts';
import type { Transport } from '#sync/Transport.ts';
import { inProcessFetch, type Fault } from './inProcessFetch.ts';
import type { TestServer } from './testServer.ts';
import { TEST_NOW } from './testServer.ts';

let counter = 0;

export interface TestDevice {
  readonly db: SchakelDb;
  readonly client: SyncClient;
  readonly transport: Transport;
  /** Faults to inject on the next requests, in order; null lets one request through. */
  readonly faults: (Fault | null)[];
  /** Every request path this device sent, in order, for tests that count round trips. */
  readonly requests: string[];
  /** Records a finished task for `memberName` on their first open task of the test day. */
  completeTask(memberName: string, counts?: { good: number; rejected: number }): Promise<TaskCompletion>;
  completeTaskOf(memberId: string, counts?: { good: number; rejected: number }, photo?: string): Promise<TaskCompletion>;
  memberId(name: string): Promise<string>;
}

export async function createTestDevice(server: TestServer, code: string, now: () => Date = () => TEST_NOW): Promise<TestDevice> {
  counter += 1;
  const db = new SchakelDb(`device-${String(counter)}-${uuidv7()}`);
  const faults: (Fault | null)[] = [];
  const requests: string[] = [];
  const transport = httpTransport(
    'http://coordinator.test',
    inProcessFetch(() => server.app, {
      next: (path) => {
        requests.push(path);
        return faults.shift() ?? null;
      },
    }),
  );
  await enrolDevice(db, transport, { code, now: now() });
  const client = new SyncClient(db, transport, now);

  const memberId = async (name: string) => {
    const member = await db.members.filter((m) => m.name === name).first();
    if (!member) throw new Error(`no member ${name} on this device`);
    return member.id;
  };

  const device: TestDevice = {
    db,
    client,
    transport,
    faults,
    requests,
    memberId,
    async completeTask(memberName, counts) {
      return device.completeTaskOf(await memberId(memberName), counts);
    },
    async completeTaskOf(id, counts = { good: 10, rejected: 1 }, photo) {
      const done = new Set((await db.taskCompletions.toArray()).map((c) => c.taskId));
      const task = (await db.tasks.where('[memberId+day]').equals([id, localDay(now())]).toArray()).find((t) => !done.has(t.id));
      if (!task) throw new Error(`member ${id} has no open task`);
      const record: TaskCompletion = { id: uuidv7(), teamId: task.teamId, taskId: task.id, memberId: id, ...counts, ...(photo === undefined ? {} : { photo }), completedAt: now().toISOString() };
      await writeLocal(db, { kind: 'taskCompletion', op: 'insert', record }, { actorMemberId: id, now: now(), newId: uuidv7 });
      return record;
    },
  };
  return device;
}

export async function serverRecordCount(server: TestServer, kind: string, id?: string): Promise<number> {
  const rows = await server.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM records WHERE kind = $1 ${id === undefined ? '' : 'AND id = $2'}`,
    id === undefined ? [kind] : [kind, id],
  );
  return rows[0]?.n ?? 0;
}

/** A tablet of a demo team, enrolled with a fresh code and synced once. */
export async function syncedDevice(server: TestServer, team = 'Team Verpakking', role: 'kiosk' | 'coach' = 'kiosk'): Promise<TestDevice> {
  const device = await createTestDevice(server, await server.freshCode(team, role));
  await device.client.sync();
  return device;
}
