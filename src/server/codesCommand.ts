/**
 * What `npm run codes` does, apart from opening the database: lists the
 * open enrolment codes, or makes one for a team and role. Kept apart from
 * the command line so a test runs it on a test database.
 */
import { parseArgs } from 'node:util';
import { DEVICE_ROLES, type DeviceRole } from '#shared/deviceRoles.ts';
import { codeLine } from './enrolmentCodeLines.ts';
import { createEnrolmentCode, openEnrolmentCodes } from './storage/deviceStore.ts';
import type { SqlDatabase } from './storage/SqlDatabase.ts';
import { newEnrolmentCode } from './tokens.ts';

export const CODES_USAGE = 'usage: npm run codes                                       lists the open enrolment codes\n'
  + '       npm run codes -- --new "<team name>" kiosk|coach    makes one (a team id works too)';

export interface CommandResult {
  readonly exitCode: number;
  /** What the person asked for: the codes. */
  readonly out: readonly string[];
  /** Why nothing was done, and how to put it right. */
  readonly err: readonly string[];
}

export async function codesCommand(db: SqlDatabase, args: readonly string[], codeDays: number): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { new: { type: 'boolean' }, help: { type: 'boolean' } } });
  } catch (error) {
    return refused(error instanceof Error ? error.message : String(error), CODES_USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { exitCode: 0, out: [CODES_USAGE], err: [] };
  if (values.new !== true) {
    if (positionals.length > 0) return refused(`Unexpected "${positionals.join(' ')}".`, CODES_USAGE);
    return listCodes(db, codeDays);
  }
  const [teamText, role, ...rest] = positionals;
  if (teamText === undefined || role === undefined || rest.length > 0) return refused('--new takes a team and a role.', CODES_USAGE);
  if (!isRole(role)) return refused(`"${role}" is not a role: use kiosk or coach.`);
  const team = await findTeam(db, teamText);
  if ('refusal' in team) return refused(...team.refusal);
  const code = newEnrolmentCode();
  const expiresAt = await createEnrolmentCode(db, team.id, role, code, codeDays);
  return { exitCode: 0, out: ['New enrolment code (works once, until it expires):', codeLine({ code, role, teamId: team.id, teamName: team.name, expiresAt })], err: [] };
}

async function listCodes(db: SqlDatabase, codeDays: number): Promise<CommandResult> {
  const open = await openEnrolmentCodes(db, codeDays);
  if (open.length === 0) return { exitCode: 0, out: ['No open enrolment codes. Make one with: npm run codes -- --new "<team name>" kiosk|coach'], err: [] };
  return { exitCode: 0, out: [`Open enrolment codes (each works once; a code works ${String(codeDays)} days, SCHAKEL_CODE_DAYS):`, ...open.map(codeLine)], err: [] };
}

interface TeamRow {
  readonly id: string;
  readonly name: string;
  readonly site_name: string;
  readonly organisation_name: string;
}

/** A team by id or by name (any case); two teams of one name need the id, and the refusal lists them. */
async function findTeam(db: SqlDatabase, text: string): Promise<TeamRow | { refusal: [string, ...string[]] }> {
  const teams = await db.query<TeamRow>(
    `SELECT t.id, t.name, s.name AS site_name, o.name AS organisation_name
       FROM teams t JOIN sites s ON s.id = t.site_id JOIN organisations o ON o.id = s.organisation_id
      ORDER BY t.name, o.name, s.name`,
  );
  const wanted = text.trim().toLowerCase();
  const matches = teams.filter((t) => t.id === wanted || t.name.toLowerCase() === wanted);
  const [only, ...others] = matches;
  if (only && others.length === 0) return only;
  const described = (list: readonly TeamRow[]) => list.map((t) => `  ${t.name} (${t.organisation_name}, ${t.site_name})  ${t.id}`);
  if (only) return { refusal: [`Several teams are called "${text}"; give the id of the one you mean:`, ...described(matches)] };
  return { refusal: [`There is no team "${text}". The teams are:`, ...described(teams)] };
}

function isRole(text: string): text is DeviceRole {
  return (DEVICE_ROLES as readonly string[]).includes(text);
}

function refused(...lines: [string, ...string[]]): CommandResult {
  return { exitCode: 1, out: [], err: lines };
}
