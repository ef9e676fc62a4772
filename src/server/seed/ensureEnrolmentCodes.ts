import type { DeviceRole } from '#shared/protocol.ts';
import { createEnrolmentCode, openEnrolmentCodes, type OpenCode } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { newEnrolmentCode } from '#server/tokens.ts';

const ROLES: readonly DeviceRole[] = ['kiosk', 'coach'];

/** Makes sure every team has an unused kiosk and coach code, and returns all unused codes. */
export async function ensureEnrolmentCodes(db: SqlDatabase): Promise<OpenCode[]> {
  const open = await openEnrolmentCodes(db);
  const teams = await db.query<{ id: string }>('SELECT id FROM teams');
  for (const team of teams) {
    for (const role of ROLES) {
      if (!open.some((c) => c.teamId === team.id && c.role === role)) await createEnrolmentCode(db, team.id, role, newEnrolmentCode());
    }
  }
  return openEnrolmentCodes(db);
}
