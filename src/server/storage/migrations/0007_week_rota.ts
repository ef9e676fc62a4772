/**
 * The week rota (ROTA.md): skill cells may have no level (skill format 2)
 * and rota slots name their week, who placed them and whether they are a pin
 * (rota slot format 3). Stored records move up with the registry's own steps,
 * the ones tablets run too (Dexie version 8); a field a step adds takes the
 * record's newest HLC, so it merges like the fields it came with. The new
 * kinds (availability, rotaWeek, skillChange) live in the records table
 * like every kind and need no table of their own.
 */
import type { RecordKind } from '#shared/records/registry.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';
import { migrateStoredRecords } from './migrateStoredRecords.ts';

/** The formats this step brings stored records to, from the ones migration 0005 left them in; a later change gets its own migration. */
const STEPS_AT_0007: readonly { kind: RecordKind; from: number; to: number }[] = [
  { kind: 'skill', from: 1, to: 2 },
  { kind: 'rotaSlot', from: 2, to: 3 },
];

export const migration0007 = {
  version: 7,
  name: 'week_rota',
  sql: '',
  run: async (tx: SqlClient): Promise<void> => {
    for (const { kind, from, to } of STEPS_AT_0007) await migrateStoredRecords(tx, kind, from, to);
  },
} as const;
