/** Enrolment codes and devices: who may sync, for which team, in which role. */
import type { DeviceRole, TeamInfo } from '#shared/protocol.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';
import type { DeviceRow, TeamInfoRow } from './rows.ts';

export interface Device {
  readonly id: string;
  readonly teamId: string;
  readonly role: DeviceRole;
  readonly revoked: boolean;
}

export async function teamInfo(db: SqlClient, teamId: string): Promise<TeamInfo | null> {
  const [row] = await db.query<TeamInfoRow>(
    `SELECT t.id, t.name, s.name AS site_name, o.name AS organisation_name
       FROM teams t JOIN sites s ON s.id = t.site_id JOIN organisations o ON o.id = s.organisation_id
      WHERE t.id = $1`,
    [teamId],
  );
  return row ? { id: row.id, name: row.name, siteName: row.site_name, organisationName: row.organisation_name } : null;
}

export async function createEnrolmentCode(db: SqlClient, teamId: string, role: DeviceRole, code: string): Promise<void> {
  await db.query('INSERT INTO enrolment_codes (code, team_id, role) VALUES ($1, $2, $3)', [code, teamId, role]);
}

export interface OpenCode {
  readonly code: string;
  readonly role: DeviceRole;
  readonly teamId: string;
  readonly teamName: string;
}

export async function openEnrolmentCodes(db: SqlClient): Promise<OpenCode[]> {
  const rows = await db.query<{ code: string; role: DeviceRole; team_id: string; team_name: string }>(
    `SELECT c.code, c.role, c.team_id, t.name AS team_name
       FROM enrolment_codes c JOIN teams t ON t.id = c.team_id
      WHERE c.used_at IS NULL ORDER BY t.name, c.role, c.created_at`,
  );
  return rows.map((r) => ({ code: r.code, role: r.role, teamId: r.team_id, teamName: r.team_name }));
}

export interface EnrolInput {
  readonly code: string;
  readonly deviceId: string;
  readonly tokenHash: string;
  readonly deviceName: string | null;
  readonly appVersion: string | null;
}

/**
 * Uses up a one-time code and registers the device, in one transaction: two
 * tablets racing for one code cannot both get it. Returns null, writing
 * nothing, for an unknown or used code.
 */
export async function enrolDevice(db: SqlDatabase, input: EnrolInput): Promise<{ role: DeviceRole; team: TeamInfo } | null> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx.query<{ team_id: string; role: DeviceRole }>(
      `UPDATE enrolment_codes SET used_at = now(), used_by = $2
        WHERE code = $1 AND used_at IS NULL RETURNING team_id, role`,
      [input.code, input.deviceId],
    );
    if (!claimed) return null;
    await tx.query(
      `INSERT INTO devices (id, team_id, role, token_hash, name, app_version, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [input.deviceId, claimed.team_id, claimed.role, input.tokenHash, input.deviceName, input.appVersion],
    );
    const team = await teamInfo(tx, claimed.team_id);
    if (!team) throw new Error(`enrolment code points at missing team ${claimed.team_id}`);
    return { role: claimed.role, team };
  });
}

export async function deviceByTokenHash(db: SqlClient, tokenHash: string): Promise<Device | null> {
  const [row] = await db.query<DeviceRow>('SELECT id, team_id, role, revoked_at, high_water_mark FROM devices WHERE token_hash = $1', [tokenHash]);
  return row ? { id: row.id, teamId: row.team_id, role: row.role, revoked: row.revoked_at !== null } : null;
}
