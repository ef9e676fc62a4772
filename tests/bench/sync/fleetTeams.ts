/** Teams of simulated tablets for the fleet phases: members, a task to finish, and one enrolment code per tablet. */
import { createTeam, insertRecords, members, newCodes, teamTask } from '#tests/bench/benchData.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { FleetSlot } from '#tests/bench/fleet.ts';

const MEMBERS_PER_TEAM = 5;

export interface FleetTeams {
  readonly teamIds: readonly string[];
  readonly slots: readonly FleetSlot[];
}

/** `tablets` slots in teams of `perTeam` (the last team may be smaller), teams named `<name> 01`, `<name> 02`, …. */
export async function fleetTeams(db: SqlDatabase, name: string, tablets: number, perTeam: number): Promise<FleetTeams> {
  const teamIds: string[] = [];
  const slots: FleetSlot[] = [];
  for (let t = 0; slots.length < tablets; t++) {
    const teamId = await createTeam(db, `${name} ${String(t + 1).padStart(2, '0')}`);
    const team = members(teamId, MEMBERS_PER_TEAM);
    const work = teamTask(teamId, null, new Date());
    await insertRecords(db, teamId, [...team.map((data) => ({ kind: 'member' as const, data })), ...work.records], new Date());
    const codes = await newCodes(db, teamId, Math.min(perTeam, tablets - slots.length));
    teamIds.push(teamId);
    slots.push(...codes.map((code) => ({ code, teamId, memberIds: team.map((m) => m.id), taskId: work.task.id })));
  }
  return { teamIds, slots };
}
