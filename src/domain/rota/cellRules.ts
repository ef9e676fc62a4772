/**
 * The signs the week board shows in a cell (a station in a half-day) while
 * the team builds the week: what breaks a hard rule (H2–H5 of ROTA.md) or an
 * elastic one (E1, E2), told per placed member or for the cell as a whole.
 * Unlike hardViolations, this reads an unfinished board: members not placed
 * yet are no fault, and a member placed while away shows as "absent" instead
 * of vanishing, so the team sees what to repair.
 */
import type { RotaInstance } from './instanceFormat.ts';
import { dayOfSlot, HEAVY_LOAD, isPresent, isQualified } from './rotaModel.ts';

/** A sign about one member in the cell. */
export type MemberSign = 'notTrained' | 'traineeWithoutO' | 'secondHeavy' | 'restricted' | 'absent';
/** A sign about the cell as a whole. */
export type CellSign = 'tooMany' | 'tooFew' | 'noQualified';

export const MEMBER_SIGNS: readonly MemberSign[] = ['absent', 'notTrained', 'restricted', 'traineeWithoutO', 'secondHeavy'];
export const CELL_SIGNS: readonly CellSign[] = ['tooMany', 'tooFew', 'noQualified'];

/** One member on a station in a slot, as the board holds it (the pool is not a cell). */
export interface BoardPlacement {
  readonly member: string;
  readonly station: string;
  readonly slot: number;
}

export interface CellRules {
  readonly cell: readonly CellSign[];
  /** Per member placed in the cell; a member with nothing to say has an empty list. */
  readonly members: ReadonlyMap<string, readonly MemberSign[]>;
}

export const cellKey = (station: string, slot: number) => `${station}|${slot}`;

/** The signs of every cell of the week, keyed by cellKey; a cell with no people and no need is absent from the map. */
export function cellRules(instance: RotaInstance, placements: readonly BoardPlacement[]): ReadonlyMap<string, CellRules> {
  const memberById = new Map(instance.members.map((m) => [m.id, m]));
  const stationById = new Map(instance.stations.map((s) => [s.id, s]));
  const byCell = new Map<string, BoardPlacement[]>();
  for (const p of placements) byCell.set(cellKey(p.station, p.slot), [...(byCell.get(cellKey(p.station, p.slot)) ?? []), p]);

  // H5: the second heavy half-day of a day is the one to move, so the later slot carries the sign.
  const heavySlots = new Map<string, number[]>();
  for (const p of placements) {
    if (stationById.get(p.station)?.load !== HEAVY_LOAD) continue;
    const member = memberById.get(p.member);
    if (!member || !isPresent(member, p.slot)) continue;
    const key = `${p.member}|${dayOfSlot(instance, p.slot)}`;
    heavySlots.set(key, [...(heavySlots.get(key) ?? []), p.slot].sort((a, b) => a - b));
  }

  const result = new Map<string, CellRules>();
  const slots = instance.days.length * instance.shifts.length;
  for (const station of instance.stations) {
    for (let slot = 0; slot < slots; slot++) {
      const people = byCell.get(cellKey(station.id, slot)) ?? [];
      const min = station.minStaff[slot] ?? 0;
      const max = station.maxStaff[slot] ?? 0;
      if (people.length === 0 && min === 0) continue;
      // Someone away does not count as staff: the cell is short without them.
      const working = people.flatMap((p) => {
        const member = memberById.get(p.member);
        return member !== undefined && isPresent(member, slot) ? [member] : [];
      });
      const hasTrainer = working.some((m) => m.levels[station.id] === 'O');
      const members = new Map<string, MemberSign[]>();
      for (const p of people) {
        const member = memberById.get(p.member);
        const signs: MemberSign[] = [];
        if (!member || !isPresent(member, slot)) signs.push('absent');
        else {
          const level = member.levels[station.id];
          if (level === undefined) signs.push('notTrained');
          if (member.restricted.includes(station.id)) signs.push('restricted');
          if (level === 'I' && !hasTrainer) signs.push('traineeWithoutO');
          const heavy = heavySlots.get(`${p.member}|${dayOfSlot(instance, slot)}`) ?? [];
          if (station.load === HEAVY_LOAD && heavy.indexOf(slot) > 0) signs.push('secondHeavy');
        }
        members.set(p.member, signs);
      }
      const cell: CellSign[] = [];
      if (working.length > max) cell.push('tooMany');
      if (working.length < min) cell.push('tooFew');
      // E2 for a cell that has people: an empty cell already says "too few".
      if (min > 0 && working.length > 0 && !working.some((m) => isQualified(m, station.id))) cell.push('noQualified');
      result.set(cellKey(station.id, slot), { cell, members });
    }
  }
  return result;
}
