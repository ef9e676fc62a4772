/**
 * Each customer's call-off columns, kept in the team's settings
 * (teamSettings.orderImports) from the first import on, so the next file of
 * that customer is read the same way on every coach tablet.
 */
import type { ColumnMapping } from '#domain/orders/readCallOff.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import type { TeamSettings } from '#shared/records.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';
import { teamSettingsOf } from './teamRotaSettings.ts';

export async function keepImportMapping(db: SchakelDb, teamId: string, customer: string, columns: ColumnMapping, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', writeTables(db, 'teamSettings'), async () => {
    const existing = await teamSettingsOf(db, teamId);
    const kept = existing?.orderImports ?? {};
    if (JSON.stringify(kept[customer]?.columns ?? null) === JSON.stringify(columns)) return;
    // The whole map travels: the record's fields merge one by one, and this one is the map.
    const orderImports = { ...kept, [customer]: { columns } };
    if (!existing) {
      const record: TeamSettings = { id: requireNaturalId('teamSettings', { teamId }), teamId, defaultStationId: null, orderImports };
      await writeLocal(db, { kind: 'teamSettings', op: 'insert', record }, ctx);
    } else {
      await writeLocal(db, { kind: 'teamSettings', op: 'patch', id: existing.id, fields: { orderImports } }, ctx);
    }
  });
}
