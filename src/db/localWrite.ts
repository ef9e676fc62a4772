/**
 * The only way a tablet changes data: the record and its outbox entry are
 * written in one Dexie transaction, with the next per-device sequence number
 * and a fresh HLC timestamp. Either both are on disk or neither is.
 */
import { formatHlc, parseHlc, tickHlc } from '#shared/hlc.ts';
import type { RecordByKind, RecordKind } from '#shared/records.ts';
import { recordKindDefinition } from '#shared/records/registry.ts';
import type { OutboxEntry, SchakelDb } from './SchakelDb.ts';
import { StorageFullError, isQuotaError } from './storageErrors.ts';

export type LocalChange = {
  [K in RecordKind]:
    | { readonly kind: K; readonly op: 'insert'; readonly record: RecordByKind[K] }
    | { readonly kind: K; readonly op: 'patch'; readonly id: string; readonly fields: Partial<RecordByKind[K]> }
    | { readonly kind: K; readonly op: 'delete'; readonly id: string };
}[RecordKind];

export interface WriteContext {
  readonly actorMemberId: string | null;
  readonly now: Date;
  readonly newId: () => string;
}

/** The tables a local write of `kind` touches; a caller's wider transaction must include them. */
export function writeTables(db: SchakelDb, kind: RecordKind) {
  return [db.clock, db.outbox, db.versions, db.device, db.recordTable(kind)];
}

export async function writeLocal(db: SchakelDb, change: LocalChange, ctx: WriteContext): Promise<OutboxEntry> {
  const table = db.recordTable(change.kind);
  try {
    return await db.transaction('rw', writeTables(db, change.kind), async () => {
      const device = await db.device.get('self');
      if (!device) throw new Error('This tablet is not enrolled yet.');
      const clock = await db.clock.get('self');
      const node = device.deviceId.replaceAll('-', '');
      const last = clock ? parseHlc(clock.hlc) : { wallMs: 0, counter: 0, node };
      // The HLC runs on server-corrected time, so a tablet with a wrong clock still orders correctly.
      const hlc = formatHlc(tickHlc({ ...last, node }, ctx.now.getTime() + (clock?.offsetMs ?? 0)));
      const seq = clock?.nextSeq ?? 1;
      await db.clock.put({ key: 'self', nextSeq: seq + 1, hlc, offsetMs: clock?.offsetMs ?? 0 });

      const recordId = change.op === 'insert' ? change.record.id : change.id;
      const base = await db.versions.get(recordId);
      let data: Record<string, unknown>;
      if (change.op === 'insert') {
        data = { ...change.record };
        await table.put(change.record);
      } else if (change.op === 'patch') {
        data = { ...change.fields };
        await table.update(recordId, change.fields);
      } else {
        data = {};
        await table.delete(recordId);
      }
      const entry: OutboxEntry = {
        seq,
        mutationId: ctx.newId(),
        kind: change.kind,
        recordId,
        op: change.op,
        data,
        baseVersion: change.op === 'insert' ? null : (base?.version ?? 0),
        hlc,
        actorMemberId: ctx.actorMemberId,
        schemaVersion: recordKindDefinition(change.kind).version,
        createdAt: ctx.now.toISOString(),
      };
      await db.outbox.add(entry);
      return entry;
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
