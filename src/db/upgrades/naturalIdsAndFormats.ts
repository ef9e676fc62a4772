/**
 * Dexie version 5's upgrade, kept apart from SchakelDb.ts for its size. It
 * moves what a tablet holds onto the record registry's formats:
 * - stations and rota slots go from format 1 to 2 (the registry's
 *   migrations, the same steps the server runs), in the tables and in the
 *   outbox, so a waiting change is sent in the format it now has;
 * - skills, rota slots and team settings take the id of their natural key.
 *   Where one cell had several records (two coaches offline), they merge
 *   into one: the record with the newest waiting change wins, else the one
 *   the server last changed most; waiting changes move to the merged id;
 * - the cursor starts over, so the server's own field-by-field merge comes back.
 * Nothing waiting in the outbox is dropped.
 */
import type { Transaction } from 'dexie';
import { migrateUp } from '#shared/records/migrateRecord.ts';
import { hasNaturalKey, naturalId } from '#shared/records/naturalId.ts';
import { recordKindDefinition, recordTableName, type RecordKind } from '#shared/records/registry.ts';
import type { RecordData } from '#shared/records/defineRecordKind.ts';

/** The formats this step brings tables to; a later format change gets its own Dexie version. */
const FORMAT_AT_V5: Partial<Record<RecordKind, number>> = { station: 2, rotaSlot: 2 };
/** The kinds the registry held at version 5: a kind added later has no table in this upgrade's transaction. */
const KINDS_AT_V5: readonly RecordKind[] = ['member', 'station', 'card', 'order', 'task', 'taskCompletion', 'checkin', 'helpCall', 'helpAck', 'rejectReason', 'skill', 'rotaSlot', 'teamSettings'];

interface OutboxRow {
  seq: number;
  kind: RecordKind;
  recordId: string;
  op: 'insert' | 'patch' | 'delete';
  data: RecordData;
  hlc: string;
  schemaVersion: number;
}

export async function upgradeToNaturalIdsAndFormats(tx: Transaction): Promise<void> {
  const outbox = tx.table<OutboxRow, number>('outbox');
  for (const [kind, to] of Object.entries(FORMAT_AT_V5) as [RecordKind, number][]) {
    await tx
      .table<Record<string, unknown>, string>(recordTableName(kind))
      .toCollection()
      .modify((row, ref) => {
        ref.value = { ...migrateUp(kind, row, 1, { partial: false, to }) };
      });
  }
  await outbox.toCollection().modify((entry) => {
    const to = FORMAT_AT_V5[entry.kind];
    if (to === undefined || entry.schemaVersion >= to || entry.op === 'delete') return;
    entry.data = migrateUp(entry.kind, entry.data, entry.schemaVersion, { partial: entry.op === 'patch', to });
    entry.schemaVersion = to;
  });
  // The kinds that had a natural key at version 5; later kinds came with their tables at a later version.
  for (const kind of KINDS_AT_V5.filter(hasNaturalKey)) await rekey(tx, kind, await outbox.toArray());
  await tx
    .table<{ cursor: number | null }, string>('syncState')
    .toCollection()
    .modify((row) => {
      row.cursor = null;
    });
}

async function rekey(tx: Transaction, kind: RecordKind, outbox: readonly OutboxRow[]): Promise<void> {
  const table = tx.table<Record<string, unknown> & { id: string }, string>(recordKindDefinition(kind).table);
  const versions = tx.table<{ id: string; version: number }, string>('versions');
  const rows = await table.toArray();
  const newestChange = new Map<string, string>();
  for (const e of outbox) if (e.kind === kind && (newestChange.get(e.recordId) ?? '') < e.hlc) newestChange.set(e.recordId, e.hlc);
  const serverVersion = new Map((await versions.bulkGet(rows.map((r) => r.id))).filter((v) => v !== undefined).map((v) => [v.id, v.version]));

  const groups = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const id = naturalId(kind, row);
    if (id === null) continue;
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  const renamed = new Map<string, string>();
  for (const [id, group] of groups) {
    const winner = [...group].sort(
      (a, b) =>
        (newestChange.get(b.id) ?? '').localeCompare(newestChange.get(a.id) ?? '') ||
        (serverVersion.get(b.id) ?? 0) - (serverVersion.get(a.id) ?? 0) ||
        b.id.localeCompare(a.id),
    )[0];
    if (!winner) continue;
    for (const row of group) if (row.id !== id) renamed.set(row.id, id);
    await table.bulkDelete(group.map((r) => r.id).filter((old) => old !== id));
    await table.put({ ...winner, id });
  }
  if (renamed.size === 0) return;
  await versions.bulkDelete([...renamed.keys()]);
  await tx
    .table<OutboxRow, number>('outbox')
    .toCollection()
    .modify((entry) => {
      const to = entry.kind === kind ? renamed.get(entry.recordId) : undefined;
      if (to === undefined) return;
      entry.recordId = to;
      if (entry.data['id'] !== undefined) entry.data = { ...entry.data, id: to };
    });
}
