/**
 * A team's week on the tablet, as the rota instance of ../shared/ROTA.md:
 * the board, "Why?", the Web Worker and the benchmark all read the same
 * numbers. Slot k is dayIndex × 2 + shiftIndex over Monday to Friday.
 *
 * Pins are the slots the team or the coach placed (`pinned`); the
 * optimiser's own slots are not pins, so Suggest may move them again. A
 * member absent in a half-day is not in the plan then, so their slot there,
 * pinned or not, is dropped: that is how marking someone absent repairs the plan.
 */
import {
  ROTA_WEIGHT_DEFAULTS,
  SHIFTS,
  type AbsenceReason,
  type Availability,
  type Member,
  type RotaSlot,
  type RotaWeightName,
  type Shift,
  type Skill,
  type Station,
  type StationLoad,
} from '#shared/records.ts';
import type { RotaInstance, RotaMember, RotaPin, RotaStation } from './instanceFormat.ts';
import { staffingOf, VARIETY_DEFAULT } from './rotaDefaults.ts';

/** The team plans Monday to Friday; a station's closed days close it within those. */
export const PLANNED_DAYS = 5;

const LOAD_UNITS: Record<StationLoad, 1 | 2 | 3> = { light: 1, medium: 2, heavy: 3 };

export interface WeekRecords {
  /** ISO week, `2027-W01`. */
  readonly week: string;
  readonly members: readonly Member[];
  readonly stations: readonly Station[];
  readonly skills: readonly Skill[];
  readonly availability: readonly Availability[];
  readonly slots: readonly RotaSlot[];
  /** The team's weights (team settings); missing ones take ROTA.md's defaults. */
  readonly weights?: Partial<Record<RotaWeightName, number>> | undefined;
}

export interface HalfDay {
  readonly day: string;
  readonly shift: Shift;
}

export interface WeekInstance {
  readonly instance: RotaInstance;
  /** Monday to Friday of the week, as `YYYY-MM-DD`. */
  readonly days: readonly string[];
  readonly slotOf: (day: string, shift: Shift) => number;
  readonly halfDayOf: (slot: number) => HalfDay;
}

/** The days the team plans in an ISO week (`2027-W01` → 2027-01-04 … 2027-01-08). */
export function plannedDays(week: string): string[] {
  const [year, number] = week.split('-W').map(Number) as [number, number];
  // 4 January is always in week 1; its week's Monday starts the year's weeks.
  const january4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * 86_400_000;
  const monday = mondayOfWeek1 + (number - 1) * 7 * 86_400_000;
  return Array.from({ length: PLANNED_DAYS }, (_, i) => new Date(monday + i * 86_400_000).toISOString().slice(0, 10));
}

/** ISO weekday of a `YYYY-MM-DD` day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Whether a member is there in a half-day: the half-day's own record when
 * there is one, else their weekly pattern (part-time half-days are off).
 * `reason` says why not: an absence reason, or `pattern` for a half-day they
 * never work.
 */
export function presenceOf(member: Pick<Member, 'id' | 'offHalfDays'>, availability: readonly Availability[], day: string, shift: Shift): { present: boolean; reason: AbsenceReason | 'pattern' | null } {
  const own = availability.find((a) => a.memberId === member.id && a.day === day && a.shift === shift);
  if (own) return { present: own.present, reason: own.reason };
  const pattern = `${WEEKDAY_NAMES[isoWeekday(day) - 1]}-${shift}`;
  return (member.offHalfDays ?? []).includes(pattern) ? { present: false, reason: 'pattern' } : { present: true, reason: null };
}

export function buildWeekInstance(records: WeekRecords): WeekInstance {
  const days = plannedDays(records.week);
  const slotOf = (day: string, shift: Shift) => days.indexOf(day) * SHIFTS.length + SHIFTS.indexOf(shift);
  const halfDays: HalfDay[] = days.flatMap((day) => SHIFTS.map((shift) => ({ day, shift })));
  const halfDayOf = (slot: number): HalfDay => {
    const halfDay = halfDays[slot];
    if (!halfDay) throw new RangeError(`slot ${slot} is not in week ${records.week}`);
    return halfDay;
  };

  const stations: RotaStation[] = records.stations.map((station) => {
    const { minStaff, maxStaff } = staffingOf(station);
    const open = halfDays.map(({ day }) => !(station.closedDays ?? []).some((closed) => closed === isoWeekday(day)));
    return {
      id: station.id,
      name: station.name,
      load: LOAD_UNITS[station.load],
      minStaff: open.map((isOpen) => (isOpen ? minStaff : 0)),
      maxStaff: open.map((isOpen) => (isOpen ? maxStaff : 0)),
    };
  });
  const stationIds = new Set(stations.map((s) => s.id));

  const members: RotaMember[] = records.members.map((member) => {
    const cells = records.skills.filter((s) => s.memberId === member.id && stationIds.has(s.stationId));
    return {
      id: member.id,
      name: member.name,
      available: halfDays.map(({ day, shift }) => presenceOf(member, records.availability, day, shift).present),
      levels: Object.fromEntries(cells.flatMap((s) => (s.level === null ? [] : [[s.stationId, s.level]]))),
      restricted: cells.filter((s) => s.restricted === true).map((s) => s.stationId),
      preferences: Object.fromEntries(cells.flatMap((s) => (s.preference === 1 || s.preference === -1 ? [[s.stationId, s.preference]] : []))),
      routine: member.routine ?? false,
      varietyTarget: member.varietyTarget ?? VARIETY_DEFAULT,
      homeStation: member.homeStationId != null && stationIds.has(member.homeStationId) ? member.homeStationId : null,
      trainingGoals: cells.filter((s) => s.trainingGoal === true).map((s) => s.stationId),
    };
  });
  const memberById = new Map(members.map((m) => [m.id, m]));

  const pins: RotaPin[] = [];
  for (const slot of records.slots) {
    if (!slot.pinned || slot.week !== records.week) continue;
    const k = slotOf(slot.day, slot.shift);
    const member = memberById.get(slot.memberId);
    if (k < 0 || !member || member.available[k] !== true) continue;
    if (slot.stationId !== null && !stationIds.has(slot.stationId)) continue;
    pins.push({ member: slot.memberId, station: slot.stationId, slot: k });
  }

  const weights: Record<RotaWeightName, number> = { ...ROTA_WEIGHT_DEFAULTS };
  for (const [name, value] of Object.entries(records.weights ?? {}) as [RotaWeightName, number | undefined][]) {
    if (value !== undefined) weights[name] = value;
  }

  return {
    instance: { format: 'schakel-rota/1', name: records.week, days, shifts: [...SHIFTS], weights, stations, members, pins },
    days,
    slotOf,
    halfDayOf,
  };
}
