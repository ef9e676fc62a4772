/**
 * The objective of ROTA.md, valued the way the MIP values a plan: E1 and E2
 * for staffing that gives way, S1–S7 for preferences. The solver reports this
 * number, not HiGHS's, so a plan from any source (draft, MIP, hand) compares
 * on one scale.
 */
import type { Assignment, RotaInstance, RotaMember, RotaStation } from './instanceFormat.ts';
import {
  averageLoad,
  isAllowed,
  isPresent,
  isQualified,
  loadCap,
  ownSet,
  preferenceCost,
  sameDayPairs,
  varietyCap,
} from './rotaModel.ts';

export const OBJECTIVE_TERMS = ['E1', 'E2', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'] as const;
export type ObjectiveTerm = (typeof OBJECTIVE_TERMS)[number];
export type ObjectiveValue = { total: number; terms: Record<ObjectiveTerm, number> };

/** member id → slot → station id or null (pool); a slot missing from the map counts as nowhere. */
export type PlacementMap = Map<string, Map<number, string | null>>;

export function placementMap(assignments: readonly Assignment[]): PlacementMap {
  const map: PlacementMap = new Map();
  for (const { member, slot, station } of assignments) {
    let slots = map.get(member);
    if (!slots) map.set(member, (slots = new Map<number, string | null>()));
    slots.set(slot, station);
  }
  return map;
}

export function evaluatePlan(instance: RotaInstance, assignments: readonly Assignment[]): ObjectiveValue {
  const w = instance.weights;
  const terms: Record<ObjectiveTerm, number> = { E1: 0, E2: 0, S1: 0, S2: 0, S3: 0, S4: 0, S5: 0, S6: 0, S7: 0 };
  const placed = placementMap(assignments);
  const stationById = new Map(instance.stations.map((s) => [s.id, s]));
  const context = { stationById, avgLoad: averageLoad(instance) };

  // E1, E2: per station and slot.
  const staffed = new Map<string, { count: number; qualified: boolean }>();
  for (const member of instance.members) {
    for (const [slot, stationId] of placed.get(member.id) ?? []) {
      if (stationId === null) continue;
      const key = `${stationId}|${slot}`;
      const entry = staffed.get(key) ?? { count: 0, qualified: false };
      entry.count += 1;
      entry.qualified ||= isQualified(member, stationId);
      staffed.set(key, entry);
    }
  }
  for (const station of instance.stations) {
    station.minStaff.forEach((need, slot) => {
      const entry = staffed.get(`${station.id}|${slot}`);
      terms.E1 += Math.max(0, need - (entry?.count ?? 0)) * w.short;
      if (need > 0 && !entry?.qualified) terms.E2 += w.noQualified;
    });
  }

  for (const member of instance.members) {
    const own = memberTerms(instance, member, placed.get(member.id) ?? new Map<number, string | null>(), context);
    for (const term of OBJECTIVE_TERMS) terms[term] += own[term];
  }
  const total = OBJECTIVE_TERMS.reduce((sum, term) => sum + terms[term], 0);
  return { total, terms };
}

export type MemberContext = { stationById: Map<string, RotaStation>; avgLoad: number };

/** S1–S7 of one member given their places (slot → station or pool): the draft scores moves by this alone. */
export function memberTerms(
  instance: RotaInstance,
  member: RotaMember,
  slots: ReadonlyMap<number, string | null>,
  { stationById, avgLoad }: MemberContext,
): Record<ObjectiveTerm, number> {
  const w = instance.weights;
  const terms: Record<ObjectiveTerm, number> = { E1: 0, E2: 0, S1: 0, S2: 0, S3: 0, S4: 0, S5: 0, S6: 0, S7: 0 };
  const own = member.routine ? ownSet(instance, member) : null;
  const perStation = new Map<string, number>();
  let load = 0;
  for (const [, stationId] of slots) {
    if (stationId === null) {
      terms.S7 += w.flex;
      continue;
    }
    perStation.set(stationId, (perStation.get(stationId) ?? 0) + 1);
    load += stationById.get(stationId)?.load ?? 0;
    if (own && !own.has(stationId)) terms.S1 += w.varDev;
    if (member.routine && stationId === member.homeStation) terms.S7 -= w.home;
    terms.S5 += preferenceCost(instance, member, stationId);
  }
  if (!member.routine) {
    const cap = varietyCap(member);
    for (const count of perStation.values()) terms.S2 += Math.max(0, count - cap) * (w.varDev / 2);
  } else {
    for (const { first, second } of sameDayPairs(instance)) {
      if (!isPresent(member, first) || !isPresent(member, second)) continue;
      for (const station of instance.stations) {
        if (!isAllowed(member, station, first) || !isAllowed(member, station, second)) continue;
        const am = slots.get(first) === station.id ? 1 : 0;
        const pm = slots.get(second) === station.id ? 1 : 0;
        terms.S3 += Math.abs(am - pm) * (w.change / 2);
      }
    }
  }
  terms.S4 += Math.max(0, load - loadCap(member, avgLoad)) * w.loadExcess;
  for (const goal of new Set(member.trainingGoals)) {
    terms.S6 -= Math.min(perStation.get(goal) ?? 0, w.trainQuota) * w.train;
  }
  return terms;
}
