/** The coordinator's view of enrolled devices: list them, switch one off. */
import type { AdminDevice, DeviceRole } from '#shared/protocol.ts';
import type { SqlClient } from './SqlDatabase.ts';

interface FleetRow {
  id: string;
  team_id: string;
  team_name: string;
  role: DeviceRole;
  name: string | null;
  app_version: string | null;
  enrolled_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
  high_water_mark: number;
  changes_waiting: number | null;
}

const FLEET_COLUMNS = `d.id, d.team_id, t.name AS team_name, d.role, d.name, d.app_version,
  d.enrolled_at, d.last_seen_at, d.revoked_at, d.high_water_mark, d.changes_waiting`;

/** Every device, by team name, then enrolment time (ids break ties: they are time-ordered). */
export async function listDevices(db: SqlClient): Promise<AdminDevice[]> {
  const rows = await db.query<FleetRow>(
    `SELECT ${FLEET_COLUMNS} FROM devices d JOIN teams t ON t.id = d.team_id
      ORDER BY t.name, t.id, d.enrolled_at, d.id`,
  );
  return rows.map(toAdminDevice);
}

/**
 * Switches a device off: its token stops working for pull and push. Revoking
 * twice keeps the first time. Null, changing nothing, for an unknown id.
 */
export async function revokeDevice(db: SqlClient, deviceId: string): Promise<AdminDevice | null> {
  const [row] = await db.query<FleetRow>(
    `WITH d AS (
       UPDATE devices SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING *
     )
     SELECT ${FLEET_COLUMNS} FROM d JOIN teams t ON t.id = d.team_id`,
    [deviceId],
  );
  return row ? toAdminDevice(row) : null;
}

function toAdminDevice(row: FleetRow): AdminDevice {
  return {
    id: row.id,
    teamId: row.team_id,
    teamName: row.team_name,
    role: row.role,
    name: row.name,
    appVersion: row.app_version,
    enrolledAt: row.enrolled_at.toISOString(),
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    highWaterMark: row.high_water_mark,
    changesWaiting: row.changes_waiting,
  };
}
