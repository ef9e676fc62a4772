/**
 * Brings what a tablet holds to newer record formats, for a Dexie version
 * whose only change is a kind's format: every row of the kind's table and
 * every change of it still waiting in the outbox go through the registry's
 * migration steps (the same ones the server runs), so a waiting change is
 * sent in the format it now has and nothing waiting is dropped. Each Dexie
 * version names the formats it brings tables to (`to`), so a later format
 * change is never applied twice.
 */
import type { Transaction } from 'dexie';
import { migrateUp } from '#shared/records/migrateRecord.ts';
import { recordTableName, type RecordKind } from '#shared/records/registry.ts';
import type { RecordData } from '#shared/records/defineRecordKind.ts';

/** Per kind, the format its table's rows are in before the upgrade and the one it brings them to. */
export type FormatSteps = Partial<Record<RecordKind, { readonly from: number; readonly to: number }>>;

interface OutboxRow {
  kind: RecordKind;
  op: 'insert' | 'patch' | 'delete';
  data: RecordData;
  schemaVersion: number;
}

export async function upgradeRecordFormats(tx: Transaction, steps: FormatSteps): Promise<void> {
  for (const [kind, { from, to }] of Object.entries(steps) as [RecordKind, { from: number; to: number }][]) {
    await tx
      .table<Record<string, unknown>, string>(recordTableName(kind))
      .toCollection()
      .modify((row, ref) => {
        ref.value = { ...migrateUp(kind, row, from, { partial: false, to }) };
      });
  }
  await tx
    .table<OutboxRow, number>('outbox')
    .toCollection()
    .modify((entry) => {
      const to = steps[entry.kind]?.to;
      if (to === undefined || entry.schemaVersion >= to || entry.op === 'delete') return;
      entry.data = migrateUp(entry.kind, entry.data, entry.schemaVersion, { partial: entry.op === 'patch', to });
      entry.schemaVersion = to;
    });
}
