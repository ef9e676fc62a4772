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

/** How long a code stays good when SCHAKEL_CODE_DAYS is not set. */
export const DEFAULT_ENROLMENT_CODE_DAYS = 7;

// A code's expiry is worked out from created_at when it is read, so all three places below
// agree, no migration is needed, and SCHAKEL_CODE_DAYS applies to codes already made.
// Both sides come from the database's clock (created_at defaults to now()).
// `daysParam` is the query parameter holding the number of days.
const expiresAt = (daysParam: string) => `c.created_at + make_interval(days => ${daysParam}::int)`;

/** Stores a fresh one-time code and says until when it works. */
export async function createEnrolmentCode(db: SqlClient, teamId: string, role: DeviceRole, code: string, codeDays: number): Promise<Date> {
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes AS c (code, team_id, role) VALUES ($1, $2, $3) RETURNING ${expiresAt('$4')} AS expires_at`,
    [code, teamId, role, codeDays],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.expires_at;
}

export interface OpenCode {
  readonly code: string;
  readonly role: DeviceRole;
  readonly teamId: string;
  readonly teamName: string;
  readonly expiresAt: Date;
}

/** Codes nobody has used yet and that have not expired, by team name and role. */
export async function openEnrolmentCodes(db: SqlClient, codeDays: number): Promise<OpenCode[]> {
  const rows = await db.query<{ code: string; role: DeviceRole; team_id: string; team_name: string; expires_at: Date }>(
    `SELECT c.code, c.role, c.team_id, t.name AS team_name, ${expiresAt('$1')} AS expires_at
       FROM enrolment_codes c JOIN teams t ON t.id = c.team_id
      WHERE c.used_at IS NULL AND ${expiresAt('$1')} > now()
      ORDER BY t.name, c.role, c.created_at`,
    [codeDays],
  );
  return rows.map((r) => ({ code: r.code, role: r.role, teamId: r.team_id, teamName: r.team_name, expiresAt: r.expires_at }));
}

export interface EnrolInput {
  readonly code: string;
  readonly deviceId: string;
  readonly tokenHash: string;
  readonly deviceName: string | null;
  readonly appVersion: string | null;
  /** How many days a code works after it was made. */
  readonly codeDays: number;
}

/**
 * Uses up a one-time code and registers the device, in one transaction: two
 * tablets racing for one code cannot both get it. Returns null, writing
 * nothing, for an unknown, used or expired code: the caller answers all
 * three alike, so a refusal never tells which codes exist.
 */
export async function enrolDevice(db: SqlDatabase, input: EnrolInput): Promise<{ role: DeviceRole; team: TeamInfo } | null> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx.query<{ team_id: string; role: DeviceRole }>(
      `UPDATE enrolment_codes AS c SET used_at = now(), used_by = $2
        WHERE c.code = $1 AND c.used_at IS NULL AND ${expiresAt('$3')} > now() RETURNING c.team_id, c.role`,
      [input.code, input.deviceId, input.codeDays],
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
