/**
 * One sync round: push the outbox, then pull until caught up.
 *
 * Guarantees: an outbox entry is removed only after the server has answered
 * for it (applied, duplicate, conflict or rejected), so a lost response means
 * a resend that the server recognises by sequence number. A pulled page and
 * its cursor are stored in one transaction. Any transport failure leaves the
 * database exactly as it was.
 */
import { MAX_PULL_PAGE, MAX_PUSH_BATCH, MAX_PUSH_BODY_BYTES, PROTOCOL_VERSION, type Mutation, type PushRequest, type PushResponse } from '#shared/protocol.ts';
import type { DeviceRow, OutboxEntry, SchakelDb } from '#db/SchakelDb.ts';
import { recordTableNames } from '#db/SchakelDb.ts';
import { applyServerRecords, clearPulledRecords } from './applyServerRecords.ts';
import { observeServerClock } from './observeServerClock.ts';
import { uploadBlobs, uploadWaitingBlobs } from './uploadBlobs.ts';
import { blobRefs } from '#domain/blobRefs.ts';
import { recordVersions } from '#shared/records/registry.ts';
import type { Transport } from './Transport.ts';

/** The protocol's maximum: fewer round trips and transactions when a tablet drains days of work. */
export const PUSH_BATCH = MAX_PUSH_BATCH;
export const PULL_PAGE = MAX_PULL_PAGE;

export interface SyncReport {
  readonly pushed: number;
  readonly pulled: number;
  readonly rejected: number;
}

/** Bytes an entry takes on the wire, near enough: its data plus the envelope. */
function approximateBytes(entry: OutboxEntry): number {
  return JSON.stringify(entry.data).length + 400;
}

/** The oldest entries that fit in one push body with room to spare; at least one. */
function fitBatch(entries: readonly OutboxEntry[]): OutboxEntry[] {
  let bytes = 0;
  let count = 0;
  for (const entry of entries) {
    const size = approximateBytes(entry);
    if (count > 0 && bytes + size > MAX_PUSH_BODY_BYTES * 0.75) break;
    bytes += size;
    count += 1;
  }
  return entries.slice(0, count);
}

/** The wire form of an outbox entry: everything but the local bookkeeping. */
function toMutation(entry: OutboxEntry): Mutation {
  const { createdAt: _createdAt, ...m } = entry;
  return { ...m, data: { ...m.data } };
}

export class SyncClient {
  constructor(
    private readonly db: SchakelDb,
    private readonly transport: Transport,
    private readonly now: () => Date,
  ) {}

  /** Pushes everything waiting, then pulls everything new. Throws TransportError on failure. */
  async sync(): Promise<SyncReport> {
    const device = await this.db.device.get('self');
    if (!device) return { pushed: 0, pulled: 0, rejected: 0 };
    const { pushed, rejected } = await this.pushAll(device);
    await uploadWaitingBlobs(this.db, this.transport, device.token);
    const pulled = await this.pullAll(device);
    await this.db.syncState.update('self', { lastSyncAt: this.now().toISOString() }).then(async (updated) => {
      if (updated === 0) await this.db.syncState.put({ key: 'self', cursor: null, lastSyncAt: this.now().toISOString() });
    });
    return { pushed, pulled, rejected };
  }

  async pushAll(device: DeviceRow): Promise<{ pushed: number; rejected: number }> {
    let pushed = 0;
    let rejected = 0;
    for (;;) {
      const batch = fitBatch(await this.db.outbox.orderBy('seq').limit(PUSH_BATCH).toArray());
      if (batch.length === 0) return { pushed, rejected };
      const only = batch[0];
      if (batch.length === 1 && only && approximateBytes(only) > MAX_PUSH_BODY_BYTES) {
        // No server will ever read it; keep it as refused instead of blocking every change after it.
        await this.refuseLocally(only, 'too large to send');
        rejected += 1;
        continue;
      }
      // Blobs go first: a record never reaches the server before the photo it names, when we have it.
      await uploadBlobs(this.db, this.transport, device.token, batch.flatMap((e) => blobRefs(e.kind, e.data)));
      const request: PushRequest = {
        type: 'push',
        protocolVersion: PROTOCOL_VERSION,
        mutations: batch.map(toMutation),
      };
      const sentAt = this.now().getTime();
      const response = await this.transport.push(device.token, request);
      rejected += await this.settle(device, batch.map((e) => e.seq), response, sentAt);
      pushed += batch.length;
    }
  }

  /** Removes the answered entries and applies what the server said about them, in one transaction. */
  private async settle(device: DeviceRow, sent: readonly number[], response: PushResponse, sentAt: number): Promise<number> {
    const { results, highWaterMark } = response;
    const receivedAt = this.now().getTime();
    const answered = new Map(results.map((r) => [r.seq, r]));
    let rejected = 0;
    await this.db.transaction('rw', [this.db.outbox, this.db.rejections, this.db.versions, this.db.clock, ...recordTableNames().map((n) => this.db.table(n))], async () => {
      await observeServerClock(this.db, device, response, sentAt, receivedAt);
      // Without an answer, only a sequence at or below the high-water mark is known to be processed.
      const settled = sent.filter((seq) => answered.has(seq) || seq <= highWaterMark);
      const entries = (await this.db.outbox.bulkGet(settled)).filter((e) => e !== undefined);
      await this.db.outbox.bulkDelete(entries.map((e) => e.seq));
      // Most answers are "applied"; only the others need a look, one by one.
      for (const entry of entries) {
        const result = answered.get(entry.seq);
        if (result?.status === 'rejected') {
          rejected += 1;
          // A kiosk keeps no well-being answer, not even a refused one: only that it was refused.
          const data = device.role === 'kiosk' && entry.kind === 'checkin' ? {} : entry.data;
          await this.db.rejections.put({ mutationId: entry.mutationId, kind: entry.kind, recordId: entry.recordId, reason: result.reason, ...(result.code === undefined ? {} : { code: result.code }), data, at: this.now().toISOString() });
          // Roll the local copy back to what the server holds; a record the server never had goes away.
          if (result.current) await applyServerRecords(this.db, [result.current]);
          else if ((await this.db.versions.get(entry.recordId)) === undefined) await this.db.recordTable(entry.kind).delete(entry.recordId);
        }
        if (result?.status === 'conflict') await applyServerRecords(this.db, [result.current]);
      }
      // Kiosks keep no well-being answers once the server has them.
      if (device.role === 'kiosk') {
        const delivered = entries.filter((e) => e.kind === 'checkin' && answered.get(e.seq)?.status !== 'rejected');
        await this.db.checkins.bulkDelete(delivered.map((e) => e.recordId));
      }
    });
    return rejected;
  }

  private async refuseLocally(entry: OutboxEntry, reason: string): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, this.db.rejections, async () => {
      await this.db.outbox.delete(entry.seq);
      await this.db.rejections.put({ mutationId: entry.mutationId, kind: entry.kind, recordId: entry.recordId, reason, data: entry.data, at: this.now().toISOString() });
    });
  }

  async pullAll(device: DeviceRow): Promise<number> {
    let pulled = 0;
    for (;;) {
      const state = await this.db.syncState.get('self');
      const sentAt = this.now().getTime();
      const snapshotting = state?.snapshotting === true && state.cursor !== null;
      const response = await this.transport.pull(device.token, {
        type: 'pull',
        protocolVersion: PROTOCOL_VERSION,
        cursor: state?.cursor ?? null,
        limit: PULL_PAGE,
        recordVersions: recordVersions(),
        changesWaiting: await this.db.outbox.count(),
        ...(snapshotting ? { snapshot: true } : {}),
      });
      const receivedAt = this.now().getTime();
      await this.db.transaction('rw', [this.db.syncState, this.db.versions, this.db.outbox, this.db.clock, ...recordTableNames().map((n) => this.db.table(n))], async () => {
        await observeServerClock(this.db, device, response, sentAt, receivedAt);
        if (response.reset) await clearPulledRecords(this.db);
        await applyServerRecords(this.db, response.changes);
        const inSnapshot = (response.reset || snapshotting) && response.hasMore;
        await this.db.syncState.put({ key: 'self', cursor: response.cursor, lastSyncAt: state?.lastSyncAt ?? null, snapshotting: inSnapshot });
      });
      pulled += response.changes.length;
      if (!response.hasMore) return pulled;
    }
  }
}
