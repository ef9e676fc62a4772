/**
 * Facts of ROTA.md's model that the objective, the hard rules, the draft and
 * the MIP all read, written once so they cannot drift apart.
 */
import type { IluoLevel, RotaInstance, RotaMember, RotaStation } from './instanceFormat.ts';

export const HEAVY_LOAD = 3;
const LEVEL_RANK: Record<IluoLevel, number> = { I: 1, L: 2, U: 3, O: 4 };

/** Rounds up, forgiving the float noise of `avg × presentSlots` (0.1 × 30 must stay 3). */
export function ceilSafe(value: number): number {
  return Math.ceil(value - 1e-9);
}

export function dayOfSlot(instance: RotaInstance, slot: number): number {
  return Math.floor(slot / instance.shifts.length);
}

export function isPresent(member: RotaMember, slot: number): boolean {
  return member.available[slot] === true;
}

export function presentSlots(member: RotaMember): number {
  return member.available.filter(Boolean).length;
}

/** H2: available, trained (any level), not medically restricted, station open. */
export function isAllowed(member: RotaMember, station: RotaStation, slot: number): boolean {
  return (
    isPresent(member, slot) &&
    member.levels[station.id] !== undefined &&
    !member.restricted.includes(station.id) &&
    (station.maxStaff[slot] ?? 0) > 0
  );
}

export function isQualified(member: RotaMember, stationId: string): boolean {
  const level = member.levels[stationId];
  return level === 'U' || level === 'O';
}

/** S1's own set: home plus, when varietyTarget > 1, the highest-level unrestricted station other than home (first in the list on a tie). */
export function ownSet(instance: RotaInstance, member: RotaMember): Set<string> {
  const own = new Set<string>();
  if (member.homeStation != null) own.add(member.homeStation);
  if (member.varietyTarget > 1) {
    let best: { id: string; rank: number } | null = null;
    for (const station of instance.stations) {
      const level = member.levels[station.id];
      if (level === undefined || station.id === member.homeStation || member.restricted.includes(station.id)) continue;
      if (best === null || LEVEL_RANK[level] > best.rank) best = { id: station.id, rank: LEVEL_RANK[level] };
    }
    if (best !== null) own.add(best.id);
  }
  return own;
}

/** S2's ceiling for a non-routine member: slots on one station beyond this cost. */
export function varietyCap(member: RotaMember): number {
  return ceilSafe(presentSlots(member) / member.varietyTarget);
}

/** S4's average load of the work to do: Σ load·minStaff / Σ minStaff (0 when nothing must be staffed). */
export function averageLoad(instance: RotaInstance): number {
  let weighted = 0;
  let staff = 0;
  for (const station of instance.stations) {
    for (const need of station.minStaff) {
      weighted += station.load * need;
      staff += need;
    }
  }
  return staff === 0 ? 0 : weighted / staff;
}

export function loadCap(member: RotaMember, avgLoad: number): number {
  return ceilSafe(avgLoad * presentSlots(member));
}

/** S3's pairs of consecutive half-days within one day, as slot numbers. */
export function sameDayPairs(instance: RotaInstance): { day: number; first: number; second: number }[] {
  const pairs: { day: number; first: number; second: number }[] = [];
  const shifts = instance.shifts.length;
  for (let day = 0; day < instance.days.length; day++) {
    for (let shift = 0; shift + 1 < shifts; shift++) {
      pairs.push({ day, first: day * shifts + shift, second: day * shifts + shift + 1 });
    }
  }
  return pairs;
}

/** S5's cost of one slot: +undesired for a disliked station, −desired for a liked one. */
export function preferenceCost(instance: RotaInstance, member: RotaMember, stationId: string): number {
  const preference = member.preferences[stationId];
  if (preference === 1) return -instance.weights.desired;
  if (preference === -1) return instance.weights.undesired;
  return 0;
}
