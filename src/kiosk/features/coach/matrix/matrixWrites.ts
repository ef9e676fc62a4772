/**
 * What the skills matrix writes. A level change writes the cell (a skill,
 * whose id is the natural id of team, member and station, so two coach
 * tablets editing the same cell offline write one record) and a skillChange
 * fact in one transaction: the server counts learning steps from the facts,
 * so a cell without its fact, or a fact without its cell, must never land.
 */
import { writeLocal, writeTables, type WriteContext } from '#db/localWrite.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import type { IluoCell, Member, Skill, SkillChange, Station } from '#shared/records.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { staffingOf } from '#domain/rota/rotaDefaults.ts';

/** none → I → L → U → O → none: one tap is one step, and the last step starts over. */
const CYCLE: readonly IluoCell[] = [null, 'I', 'L', 'U', 'O'];

export function nextLevel(level: IluoCell): IluoCell {
  return CYCLE[(CYCLE.indexOf(level) + 1) % CYCLE.length] ?? null;
}

export interface Cell {
  readonly teamId: string;
  readonly memberId: string;
  readonly stationId: string;
}

async function cellOf(db: SchakelDb, cell: Cell): Promise<Skill | undefined> {
  return db.skills.where('[memberId+stationId]').equals([cell.memberId, cell.stationId]).first();
}

/**
 * Moves a cell's level one step (nextLevel) and records the step. The step is taken from the
 * cell as stored, inside the transaction, so two quick taps are two steps even before the
 * screen has caught up with the first.
 */
export async function cycleSkillLevel(db: SchakelDb, cell: Cell, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [...writeTables(db, 'skill'), db.skillChanges], async () => {
    const [existing, device] = await Promise.all([cellOf(db, cell), db.device.get('self')]);
    if (!device) throw new Error('This tablet is not enrolled yet.');
    const from = existing?.level ?? null;
    const to = nextLevel(from);
    if (existing) await writeLocal(db, { kind: 'skill', op: 'patch', id: existing.id, fields: { level: to } }, ctx);
    else await writeLocal(db, { kind: 'skill', op: 'insert', record: { id: requireNaturalId('skill', { ...cell }), ...cell, level: to } }, ctx);
    const change: SkillChange = { id: ctx.newId(), ...cell, from, to, changedAt: ctx.now.toISOString(), deviceId: device.deviceId };
    await writeLocal(db, { kind: 'skillChange', op: 'insert', record: change }, ctx);
  });
}

export type CellFlags = Partial<Pick<Skill, 'trainingGoal' | 'restricted' | 'preference'>>;

/**
 * Training goal, medical restriction and preference of a cell, worked out from the cell as stored
 * (a toggle flips what is on disk, not what the screen last showed). A cell without a level may
 * hold them: it is created with level null.
 */
export async function updateSkillFlags(db: SchakelDb, cell: Cell, change: (skill: Skill | undefined) => CellFlags, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', writeTables(db, 'skill'), async () => {
    const existing = await cellOf(db, cell);
    const flags = change(existing);
    if (Object.keys(flags).length === 0) return;
    if (existing) await writeLocal(db, { kind: 'skill', op: 'patch', id: existing.id, fields: flags }, ctx);
    else await writeLocal(db, { kind: 'skill', op: 'insert', record: { id: requireNaturalId('skill', { ...cell }), ...cell, level: null, ...flags } }, ctx);
  });
}

export type MemberRotaFields = Partial<Pick<Member, 'routine' | 'varietyTarget' | 'homeStationId'>>;

/** Patches a member's rota settings with what `change` makes of the member as stored; only those fields travel, as with the other member settings. */
export async function updateMemberRota(db: SchakelDb, memberId: string, change: (member: Member) => MemberRotaFields, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', writeTables(db, 'member'), async () => {
    const member = await db.members.get(memberId);
    if (!member) throw new Error('there is no such member on this tablet');
    const fields = change(member);
    if (Object.keys(fields).length > 0) await writeLocal(db, { kind: 'member', op: 'patch', id: memberId, fields }, ctx);
  });
}

export type StationRotaFields = Partial<Pick<Station, 'load' | 'minStaff' | 'maxStaff' | 'closedDays'>>;

/** Patches a station's rota settings with what `change` makes of the station as stored. */
export async function updateStationRota(db: SchakelDb, stationId: string, change: (station: Station) => StationRotaFields, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', writeTables(db, 'station'), async () => {
    const station = await db.stations.get(stationId);
    if (!station) throw new Error('there is no such station on this tablet');
    const fields = change(station);
    if (Object.keys(fields).length > 0) await writeLocal(db, { kind: 'station', op: 'patch', id: stationId, fields }, ctx);
  });
}

/**
 * One more or one fewer at least or at most. Both numbers travel together, so the record never
 * holds a minimum above its maximum; a step past the other bound changes nothing.
 */
export function stepStaffing(station: Pick<Station, 'minStaff' | 'maxStaff'>, bound: 'minStaff' | 'maxStaff', delta: 1 | -1): StationRotaFields {
  const now = staffingOf(station);
  const next = { ...now, [bound]: now[bound] + delta };
  if (next.minStaff < 0 || next.maxStaff > 30 || next.minStaff > next.maxStaff) return {};
  return next;
}

