/**
 * Who works on a station on a day, for planning an order's tasks: each
 * member's place by the published rota, else the team's default (the same
 * rule as the member's Today, stationOfDay), in a stable order so every
 * tablet and the server share work out alike.
 */
import type { RotaState } from '#domain/rotaState.ts';
import { stationOfDay } from '#domain/today.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import type { Member, RotaSlot, TeamSettings } from '#shared/records.ts';

export interface CrewRecords {
  readonly members: readonly Pick<Member, 'id' | 'name'>[];
  /** The rota slots of the days planned for (more do no harm). */
  readonly slots: readonly RotaSlot[];
  readonly settings: TeamSettings | undefined;
  /** The plan's state per ISO week; a week without one was set by the coach before the board. */
  readonly weekStates: ReadonlyMap<string, RotaState>;
}

export function crewOf(records: CrewRecords): (stationId: string, day: string) => string[] {
  const slotsByDay = new Map<string, RotaSlot[]>();
  for (const slot of records.slots) {
    const day = slotsByDay.get(slot.day);
    if (day) day.push(slot);
    else slotsByDay.set(slot.day, [slot]);
  }
  const members = [...records.members].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  return (stationId, day) => {
    const slots = slotsByDay.get(day) ?? [];
    const state = records.weekStates.get(isoWeekOf(day));
    return members.filter((m) => stationOfDay(m.id, day, slots, records.settings, 'am', state) === stationId).map((m) => m.id);
  };
}
