/**
 * Why a member stands where the plan puts them, and what each other place
 * would cost: the board reads this to answer "why am I here?" with pictograms
 * rather than numbers, and the coach sees the price of a change before making it.
 */
import type { Assignment, IluoLevel, RotaInstance } from './instanceFormat.ts';
import { hardViolations, type HardRule } from './hardRules.ts';
import { evaluatePlan, placementMap } from './objective.ts';
import { averageLoad, loadCap } from './rotaModel.ts';

export type PlacementReason =
  | { kind: 'pinned' }
  | { kind: 'pool' }
  | { kind: 'qualified'; level: Extract<IluoLevel, 'U' | 'O'> }
  | { kind: 'learning'; level: Extract<IluoLevel, 'I' | 'L'> }
  | { kind: 'trainingGoal' }
  | { kind: 'homeStation' }
  | { kind: 'liked' }
  | { kind: 'fairShareOfHeavyWork'; load: number; fairShare: number };

export type PlacementAlternative = {
  station: string | null;
  /** Objective of the plan with this one change, minus the plan's objective (negative: better). */
  costChange: number;
  /** Hard rules the change would break that the plan keeps; empty when the change is allowed. */
  breaks: HardRule[];
};

export type PlacementExplanation = { station: string | null; reasons: PlacementReason[]; alternatives: PlacementAlternative[] };

export function explainPlacement(instance: RotaInstance, assignments: readonly Assignment[], memberId: string, slot: number): PlacementExplanation | null {
  const member = instance.members.find((m) => m.id === memberId);
  const current = assignments.find((a) => a.member === memberId && a.slot === slot);
  if (!member || !current) return null;
  const reasons: PlacementReason[] = [];
  if (instance.pins.some((p) => p.member === memberId && p.slot === slot)) reasons.push({ kind: 'pinned' });
  const station = instance.stations.find((s) => s.id === current.station);
  if (!station) reasons.push({ kind: 'pool' });
  else {
    const level = member.levels[station.id];
    if (level === 'U' || level === 'O') reasons.push({ kind: 'qualified', level });
    if (level === 'I' || level === 'L') reasons.push({ kind: 'learning', level });
    if (member.trainingGoals.includes(station.id)) reasons.push({ kind: 'trainingGoal' });
    if (member.routine && member.homeStation === station.id) reasons.push({ kind: 'homeStation' });
    if (member.preferences[station.id] === 1) reasons.push({ kind: 'liked' });
    const stationById = new Map(instance.stations.map((s) => [s.id, s]));
    let load = 0;
    for (const [, placed] of placementMap(assignments).get(memberId) ?? []) load += placed === null ? 0 : (stationById.get(placed)?.load ?? 0);
    const fairShare = loadCap(member, averageLoad(instance));
    if (station.load > 1 && load <= fairShare) reasons.push({ kind: 'fairShareOfHeavyWork', load, fairShare });
  }

  const base = evaluatePlan(instance, assignments).total;
  const baseBreaks = new Set(hardViolations(instance, assignments).map((v) => v.rule));
  const alternatives: PlacementAlternative[] = [];
  for (const target of [null, ...instance.stations.map((s) => s.id)]) {
    if (target === current.station) continue;
    const changed = assignments.map((a) => (a === current ? { ...a, station: target } : a));
    const breaks = [...new Set(hardViolations(instance, changed).map((v) => v.rule))].filter((rule) => !baseBreaks.has(rule)).sort();
    alternatives.push({ station: target, costChange: evaluatePlan(instance, changed).total - base, breaks });
  }
  alternatives.sort((a, b) => a.breaks.length - b.breaks.length || a.costChange - b.costChange);
  return { station: current.station, reasons, alternatives };
}
