/**
 * Suggest's "use this plan": the optimiser's plan becomes the week's
 * optimiser slots, each written through placeInSlot (record and outbox
 * together), all in one transaction so the board never shows half a plan.
 * What the team or coach placed (a pin) is never written over, including a
 * pin placed on another tablet while the plan was being made.
 *
 * A member absent in a half-day is not in the plan then (ROTA.md): the slot
 * they still hold there, pinned or not, is removed, so the repaired plan and
 * the board agree on who stands where.
 */
import type { Assignment } from '#domain/rota/instanceFormat.ts';
import type { WeekInstance } from '#domain/rota/weekInstance.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import { placeInSlot } from './rotaRepository.ts';
import type { SchakelDb } from './SchakelDb.ts';

export interface AppliedPlan {
  /** Slots written (new or changed optimiser slots; unchanged ones write nothing). */
  readonly placed: number;
  /** Assignments left alone because the slot is pinned. */
  readonly keptPins: number;
  /** Slots removed because their member is absent then. */
  readonly removedAbsent: number;
}

export async function applyPlan(db: SchakelDb, weekInstance: WeekInstance, assignments: readonly Assignment[], ctx: WriteContext): Promise<AppliedPlan> {
  const pinnedInPlan = new Set(weekInstance.instance.pins.map((p) => `${p.member}|${p.slot}`));
  return db.transaction('rw', [...writeTables(db, 'rotaSlot'), db.rotaWeeks, db.members], async () => {
    const members = await db.members.bulkGet([...new Set(assignments.map((a) => a.member))]);
    const teamOf = new Map(members.flatMap((m) => (m ? [[m.id, m.teamId] as const] : [])));
    let placed = 0;
    let keptPins = 0;
    for (const assignment of assignments) {
      const teamId = teamOf.get(assignment.member);
      if (teamId === undefined) throw new Error(`the plan names member ${assignment.member}, who is not on this tablet`);
      const { day, shift } = weekInstance.halfDayOf(assignment.slot);
      const place = { teamId, memberId: assignment.member, day, shift, stationId: assignment.station };
      const id = naturalId('rotaSlot', place);
      const stored = id === null ? undefined : await db.rotaSlots.get(id);
      if (pinnedInPlan.has(`${assignment.member}|${assignment.slot}`) || stored?.pinned === true) {
        keptPins++;
        continue;
      }
      if (stored?.stationId === assignment.station && stored.placedBy === 'optimiser') continue;
      await placeInSlot(db, place, { by: 'optimiser' }, ctx);
      placed++;
    }
    let removedAbsent = 0;
    for (const member of weekInstance.instance.members) {
      const teamId = teamOf.get(member.id) ?? (await db.members.get(member.id))?.teamId;
      if (teamId === undefined) continue;
      for (const [slot, present] of member.available.entries()) {
        if (present) continue;
        const id = naturalId('rotaSlot', { teamId, memberId: member.id, ...weekInstance.halfDayOf(slot) });
        if (id === null || !(await db.rotaSlots.get(id))) continue;
        await writeLocal(db, { kind: 'rotaSlot', op: 'delete', id }, ctx);
        removedAbsent++;
      }
    }
    return { placed, keptPins, removedAbsent };
  });
}
