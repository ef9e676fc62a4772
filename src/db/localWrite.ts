/**
 * The only way a tablet changes data: the record and its outbox entry are
 * written in one Dexie transaction, with the next per-device sequence number
 * and a fresh HLC timestamp. Either both are on disk or neither is.
 */
import { formatHlc, parseHlc, tickHlc } from '#shared/hlc.ts';
import type { RecordByKind, RecordKind } from '#shared/records.ts';
import { recordKindDefinition } from '#shared/records/registry.ts';
import type { Table } from 'dexie';
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
  const [entry] = await writeLocalBatch(db, [change], ctx);
  if (!entry) throw new Error('a write of one change made no outbox entry');
  return entry;
}

/**
 * Many changes as one: every record and its outbox entry in one transaction,
 * each change with its own sequence number and HLC, in the order given
 * (a patch after an insert of the same record sees it). Runs of one kind and
 * one operation go to IndexedDB in bulk, so an import of thousands of orders
 * costs a few requests instead of thousands of round trips.
 */
export async function writeLocalBatch(db: SchakelDb, changes: readonly LocalChange[], ctx: WriteContext): Promise<OutboxEntry[]> {
  if (changes.length === 0) return [];
  const kinds = [...new Set(changes.map((c) => c.kind))];
  try {
    return await db.transaction('rw', [db.clock, db.outbox, db.versions, db.device, ...kinds.map((k) => db.recordTable(k))], async () => {
      const device = await db.device.get('self');
      if (!device) throw new Error('This tablet is not enrolled yet.');
      const clock = await db.clock.get('self');
      const node = device.deviceId.replaceAll('-', '');
      const offsetMs = clock?.offsetMs ?? 0;
      let last = clock ? { ...parseHlc(clock.hlc), node } : { wallMs: 0, counter: 0, node };
      const firstSeq = clock?.nextSeq ?? 1;
      const bases = await db.versions.bulkGet(changes.map(recordIdOf));
      const entries = changes.map((change, i): OutboxEntry => {
        // The HLC runs on server-corrected time, so a tablet with a wrong clock still orders correctly.
        last = tickHlc(last, ctx.now.getTime() + offsetMs);
        return {
          seq: firstSeq + i,
          mutationId: ctx.newId(),
          kind: change.kind,
          recordId: recordIdOf(change),
          op: change.op,
          data: change.op === 'insert' ? { ...change.record } : change.op === 'patch' ? { ...change.fields } : {},
          baseVersion: change.op === 'insert' ? null : (bases[i]?.version ?? 0),
          hlc: formatHlc(last),
          actorMemberId: ctx.actorMemberId,
          schemaVersion: recordKindDefinition(change.kind).version,
          createdAt: ctx.now.toISOString(),
        };
      });
      await db.clock.put({ key: 'self', nextSeq: firstSeq + changes.length, hlc: formatHlc(last), offsetMs });
      for (const run of runsOf(changes)) await applyRun(db, run);
      await db.outbox.bulkAdd(entries);
      return entries;
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

function recordIdOf(change: LocalChange): string {
  return change.op === 'insert' ? change.record.id : change.id;
}

/** Consecutive changes of one kind and one operation. */
function runsOf(changes: readonly LocalChange[]): LocalChange[][] {
  const runs: LocalChange[][] = [];
  for (const change of changes) {
    const run = runs[runs.length - 1];
    const first = run?.[0];
    if (run && first && first.kind === change.kind && first.op === change.op) run.push(change);
    else runs.push([change]);
  }
  return runs;
}

async function applyRun(db: SchakelDb, run: readonly LocalChange[]): Promise<void> {
  const first = run[0];
  if (!first) return;
  const table = db.recordTable(first.kind) as Table<Record<string, unknown>, string>;
  if (first.op === 'insert') await table.bulkPut(run.map((c) => (c.op === 'insert' ? c.record : {})));
  else if (first.op === 'patch') await table.bulkUpdate(run.map((c) => ({ key: recordIdOf(c), changes: c.op === 'patch' ? c.fields : {} })));
  else await table.bulkDelete(run.map(recordIdOf));
}
