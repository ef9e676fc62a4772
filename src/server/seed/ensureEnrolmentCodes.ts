import type { DeviceRole } from '#shared/protocol.ts';
import { createEnrolmentCode, openEnrolmentCodes, type OpenCode } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { newEnrolmentCode } from '#server/tokens.ts';

const ROLES: readonly DeviceRole[] = ['kiosk', 'coach'];

/**
 * Makes sure every team has an open (unused, unexpired) kiosk and coach
 * code, and returns only the codes it made just now. The start-up log shows
 * these and nothing else, so a code is printed once, when it is made, and
 * a log kept for months does not hold every code still open.
 */
export async function ensureEnrolmentCodes(db: SqlDatabase, codeDays: number): Promise<OpenCode[]> {
  const open = await openEnrolmentCodes(db, codeDays);
  const teams = await db.query<{ id: string; name: string }>('SELECT id, name FROM teams ORDER BY name, id');
  const made: OpenCode[] = [];
  for (const team of teams) {
    for (const role of ROLES) {
      if (open.some((c) => c.teamId === team.id && c.role === role)) continue;
      const code = newEnrolmentCode();
      const expiresAt = await createEnrolmentCode(db, team.id, role, code, codeDays);
      made.push({ code, role, teamId: team.id, teamName: team.name, expiresAt });
    }
  }
  return made;
}
