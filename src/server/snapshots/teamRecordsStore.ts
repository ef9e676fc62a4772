/**
 * Reading a team's records for its snapshots. Set-up kinds are read whole
 * (a team has a few hundred); events and plans by their day, through the
 * expression index of migration 0009, so updating one week reads that week
 * and what its formulas look back on, not the team's year.
 */
import type { TeamRecords } from '#domain/snapshots/teamRecords.ts';
import type { SqlClient } from '#server/storage/SqlDatabase.ts';

/** Must match the index records_team_kind_day exactly, or the planner cannot use it. */
export const RECORD_DAY_SQL = `left(COALESCE(data->>'day', data->>'completedAt', data->>'calledAt', data->>'ackedAt', data->>'changedAt', data->>'due'), 10)`;

const SET_UP_KINDS = { member: 'members', station: 'stations', skill: 'skills', skillChange: 'skillChanges' } as const;
const DATED_KINDS = {
  checkin: 'checkins',
  taskCompletion: 'completions',
  task: 'tasks',
  order: 'orders',
  helpCall: 'helpCalls',
  helpAck: 'helpAcks',
  rotaSlot: 'rotaSlots',
} as const;
const TABLE_OF: Record<string, keyof TeamRecords> = { ...SET_UP_KINDS, ...DATED_KINDS };

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/** The team's records, events limited to `range` (both ends included; undefined: all of them). */
export async function loadTeamRecords(db: SqlClient, teamId: string, range?: DayRange): Promise<TeamRecords> {
  const collected: Record<keyof TeamRecords, unknown[]> = {
    members: [],
    stations: [],
    skills: [],
    skillChanges: [],
    checkins: [],
    completions: [],
    tasks: [],
    orders: [],
    helpCalls: [],
    helpAcks: [],
    rotaSlots: [],
  };
  const setUp = await db.query<{ kind: string; data: unknown }>('SELECT kind, data FROM records WHERE team_id = $1 AND NOT deleted AND kind = ANY($2::text[])', [teamId, Object.keys(SET_UP_KINDS)]);
  const dated = range
    ? await db.query<{ kind: string; data: unknown }>(
        `SELECT kind, data FROM records WHERE team_id = $1 AND NOT deleted AND kind = ANY($2::text[]) AND ${RECORD_DAY_SQL} BETWEEN $3 AND $4`,
        [teamId, Object.keys(DATED_KINDS), range.from, range.to],
      )
    : await db.query<{ kind: string; data: unknown }>('SELECT kind, data FROM records WHERE team_id = $1 AND NOT deleted AND kind = ANY($2::text[])', [teamId, Object.keys(DATED_KINDS)]);
  for (const row of [...setUp, ...dated]) {
    const table = TABLE_OF[row.kind];
    if (table && row.data !== null) collected[table].push(row.data);
  }
  // The server validated every record when it was pushed; the shapes are the registry's.
  return collected as unknown as TeamRecords;
}
