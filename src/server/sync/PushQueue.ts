/**
 * Group commit for pushes. Requests that arrive while a push transaction
 * runs wait here and then go together in the next one, so throughput grows
 * with load instead of queueing one transaction per tablet (PGlite has a
 * single connection). If a group fails as a whole, each push is retried on
 * its own, so one bad request never fails its neighbours.
 */
import type { Mutation } from '#shared/protocol.ts';
import type { Device } from '#server/storage/deviceStore.ts';
import { pushBatch, type HlcAuthority, type PushItem, type PushOutcome, type PushRefusal } from './pushBatch.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';

interface Waiting extends PushItem {
  readonly resolve: (outcome: PushOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/** Enough to amortise the transaction; small enough that one group stays a short lock. */
const MAX_GROUP_PUSHES = 200;
const MAX_GROUP_MUTATIONS = 2_000;

export class PushQueue {
  private readonly waiting: Waiting[] = [];
  private running = false;

  constructor(
    private readonly db: SqlDatabase,
    private readonly clock: HlcAuthority,
  ) {}

  /** Resolves with this push's outcome once its group has committed; rejects with its PushRefusal or a server error. */
  submit(device: Device, mutations: readonly Mutation[]): Promise<PushOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ device, mutations, resolve, reject });
      if (!this.running) {
        this.running = true;
        // Let requests already on the wire reach the queue first: PGlite answers from
        // WebAssembly without yielding to I/O, so without this pause every group is one push.
        setImmediate(() => void this.drain());
      }
    });
  }

  /** The oldest waiting pushes, up to the group limits; always at least one. */
  private takeGroup(): Waiting[] {
    let count = 0;
    let mutations = 0;
    for (const item of this.waiting) {
      if (count > 0 && (count >= MAX_GROUP_PUSHES || mutations + item.mutations.length > MAX_GROUP_MUTATIONS)) break;
      count += 1;
      mutations += item.mutations.length;
    }
    return this.waiting.splice(0, count);
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        try {
          settle(group, await pushBatch(this.db, group, this.clock));
        } catch {
          for (const item of group) {
            try {
              settle([item], await pushBatch(this.db, [item], this.clock));
            } catch (error) {
              item.reject(error);
            }
          }
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
    }
  }
}

function settle(group: readonly Waiting[], outcomes: readonly (PushOutcome | PushRefusal)[]): void {
  group.forEach((item, i) => {
    const outcome = outcomes[i];
    if (outcome === undefined) item.reject(new Error('push outcome missing'));
    else if (outcome instanceof Error) item.reject(outcome);
    else item.resolve(outcome);
  });
}
