/**
 * What the week board reads of one week, worked out once per change: the
 * instance of ROTA.md, who stands where (as the board holds it, absent
 * members' places included so they can be repaired), the rule signs per
 * cell, and a full plan for "Why?" (members not placed yet count as pool).
 */
import type { Assignment } from '#domain/rota/instanceFormat.ts';
import { cellRules, type BoardPlacement, type CellRules } from '#domain/rota/cellRules.ts';
import { buildWeekInstance, type WeekInstance, type WeekRecords } from '#domain/rota/weekInstance.ts';
import { selfManagedShare } from '#domain/rotaSlots.ts';
import { SHIFTS, type Member, type RotaSlot, type Shift, type Station } from '#shared/records.ts';

export interface BoardWeek {
  readonly records: WeekRecords;
  readonly week: WeekInstance;
  readonly placements: readonly BoardPlacement[];
  readonly rules: ReadonlyMap<string, CellRules>;
  /** Every present member in every slot once: their place, or the pool. What explainPlacement reads. */
  readonly plan: readonly Assignment[];
  readonly share: number | null;
  readonly slotRecord: (memberId: string, slot: number) => RotaSlot | undefined;
  readonly memberById: ReadonlyMap<string, Member>;
  readonly stationById: ReadonlyMap<string, Station>;
  readonly slots: readonly { readonly slot: number; readonly day: string; readonly shift: Shift }[];
}

export function boardWeek(records: WeekRecords): BoardWeek {
  const week = buildWeekInstance(records);
  const stationById = new Map(records.stations.map((s) => [s.id, s]));
  const memberById = new Map(records.members.map((m) => [m.id, m]));
  const byMemberSlot = new Map<string, RotaSlot>();
  for (const record of records.slots) {
    const slot = week.slotOf(record.day, record.shift);
    if (slot >= 0 && memberById.has(record.memberId)) byMemberSlot.set(`${record.memberId}|${slot}`, record);
  }
  const placements: BoardPlacement[] = [];
  for (const [key, record] of byMemberSlot) {
    if (record.stationId === null || !stationById.has(record.stationId)) continue;
    placements.push({ member: record.memberId, station: record.stationId, slot: Number(key.split('|')[1]) });
  }
  const slots = week.days.flatMap((day) => SHIFTS.map((shift) => ({ slot: week.slotOf(day, shift), day, shift })));
  const plan: Assignment[] = [];
  for (const member of week.instance.members) {
    for (const { slot } of slots) {
      if (member.available[slot] !== true) continue;
      const station = byMemberSlot.get(`${member.id}|${slot}`)?.stationId ?? null;
      plan.push({ member: member.id, slot, station: station !== null && stationById.has(station) ? station : null });
    }
  }
  return {
    records,
    week,
    placements,
    rules: cellRules(week.instance, placements),
    plan,
    share: selfManagedShare(records.slots),
    slotRecord: (memberId, slot) => byMemberSlot.get(`${memberId}|${slot}`),
    memberById,
    stationById,
    slots,
  };
}
