/**
 * Who works on a station on a day, for planning an order's tasks: each
 * member whose station that day (Today's rule, stationOfDay: the published
 * rota's morning slot, else the team's default) is this one.
 */
import { isoWeekOf, type Member, type RotaSlot, type RotaWeek, type TeamSettings } from '#shared/records.ts';
import { stationOfDay } from '#domain/today.ts';

export interface StationCrewInput {
  readonly members: readonly Pick<Member, 'id'>[];
  /** Rota slots of the days asked about (others are ignored). */
  readonly slots: readonly RotaSlot[];
  readonly settings: TeamSettings | undefined;
  /** The team's rotaWeek records: a week still in draft or agreed is not the plan yet. */
  readonly weeks: readonly Pick<RotaWeek, 'week' | 'state'>[];
}

/** `crewOn` for planOrderTasks: the members on `stationId` each day, by id so every tablet lists them alike. */
export function stationCrew(input: StationCrewInput, stationId: string): (day: string) => string[] {
  const members = [...input.members].sort((a, b) => a.id.localeCompare(b.id));
  const weekState = new Map(input.weeks.map((w) => [w.week, w.state]));
  const slotsByDay = new Map<string, RotaSlot[]>();
  for (const slot of input.slots) slotsByDay.set(slot.day, [...(slotsByDay.get(slot.day) ?? []), slot]);
  return (day) => {
    const slots = slotsByDay.get(day) ?? [];
    const state = weekState.get(isoWeekOf(day));
    return members.filter((m) => stationOfDay(m.id, day, slots, input.settings, 'am', state) === stationId).map((m) => m.id);
  };
}
