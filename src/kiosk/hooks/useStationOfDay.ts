import { useLiveQuery } from 'dexie-react-hooks';
import { rotaWeekOf } from '#db/rotaRepository.ts';
import { shiftAt, stationOfDay } from '#domain/today.ts';
import { isoWeekOf } from '#shared/records/kinds/rotaSlot.ts';
import type { Station } from '#shared/records.ts';
import { useServices } from './useServices.ts';

/** Where the member works now (the rota's half-day, else team default); null when neither says; undefined while loading. */
export function useStationOfDay(memberId: string, day: string): Station | null | undefined {
  const { db, now } = useServices();
  return useLiveQuery(async () => {
    const [rota, settings, member] = await Promise.all([
      db.rotaSlots.where('[memberId+day]').equals([memberId, day]).toArray(),
      db.teamSettings.toCollection().first(),
      db.members.get(memberId),
    ]);
    // The week's plan has the natural id of the member's team and the week.
    const plan = member ? await rotaWeekOf(db, member.teamId, isoWeekOf(day)) : undefined;
    const id = stationOfDay(memberId, day, rota, settings, shiftAt(now()), plan?.state);
    return id === null ? null : ((await db.stations.get(id)) ?? null);
  }, [db, memberId, day, now]);
}
