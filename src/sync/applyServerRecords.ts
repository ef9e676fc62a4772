/**
 * Writes records from the server into the tablet's tables. The server's
 * state is the base; a local change still waiting in the outbox is laid
 * back on top, so a pull never hides what a member just did.
 */
import { recordSchemas, type RecordKind } from '#shared/records.ts';
import type { ServerRecord } from '#shared/protocol.ts';
import { RECORD_TABLES, recordTableNames, type OutboxEntry, type SchakelDb } from '#db/SchakelDb.ts';

/** Must run inside a transaction that covers every record table, `versions` and `outbox`. */
export async function applyServerRecords(db: SchakelDb, records: readonly ServerRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  const pending = await pendingByRecord(db, records.map((r) => r.id));
  const byKind = new Map<RecordKind, { puts: Record<string, unknown>[]; deletes: string[] }>();
  let skipped = 0;
  for (const r of records) {
    const bucket = byKind.get(r.kind) ?? { puts: [], deletes: [] };
    byKind.set(r.kind, bucket);
    if (r.deleted || r.data === null) {
      bucket.deletes.push(r.id);
      continue;
    }
    const local = pending.get(r.id) ?? [];
    const merged = local.reduce<Record<string, unknown> | null>((acc, e) => rebase(acc, e), { ...r.data });
    if (merged === null) {
      bucket.deletes.push(r.id);
      continue;
    }
    // Older app versions may have written shapes we no longer accept; keep the table clean.
    const parsed = recordSchemas[r.kind].safeParse(merged);
    if (!parsed.success) {
      skipped += 1;
      continue;
    }
    bucket.puts.push(parsed.data);
  }
  for (const [kind, { puts, deletes }] of byKind) {
    const table = db.table(RECORD_TABLES[kind]);
    if (deletes.length > 0) await table.bulkDelete(deletes);
    if (puts.length > 0) await table.bulkPut(puts);
  }
  await db.versions.bulkPut(records.map((r) => ({ id: r.id, kind: r.kind, version: r.version })));
  return skipped;
}

function rebase(base: Record<string, unknown> | null, e: OutboxEntry): Record<string, unknown> | null {
  if (e.op === 'delete') return null;
  if (e.op === 'insert') return base ?? { ...e.data };
  return base === null ? null : { ...base, ...e.data };
}

async function pendingByRecord(db: SchakelDb, ids: readonly string[]): Promise<Map<string, OutboxEntry[]>> {
  const entries = await db.outbox.where('recordId').anyOf([...ids]).sortBy('seq');
  const map = new Map<string, OutboxEntry[]>();
  for (const e of entries) map.set(e.recordId, [...(map.get(e.recordId) ?? []), e]);
  return map;
}

/** On a reset, drop every pulled record except those with changes still waiting to be pushed. */
export async function clearPulledRecords(db: SchakelDb): Promise<void> {
  const keep = new Set((await db.outbox.toArray()).map((e) => e.recordId));
  for (const name of recordTableNames()) {
    const table = db.table<{ id: string }, string>(name);
    const ids = (await table.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    await table.bulkDelete(ids);
  }
  await db.versions.clear();
}
