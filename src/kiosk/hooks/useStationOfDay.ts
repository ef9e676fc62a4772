import { useLiveQuery } from 'dexie-react-hooks';
import { shiftAt, stationOfDay } from '#domain/today.ts';
import type { Station } from '#shared/records.ts';
import { useServices } from './useServices.ts';

/** Where the member works now (the rota's half-day, else team default); null when neither says; undefined while loading. */
export function useStationOfDay(memberId: string, day: string): Station | null | undefined {
  const { db, now } = useServices();
  return useLiveQuery(async () => {
    const [rota, settings] = await Promise.all([db.rotaSlots.where('[memberId+day]').equals([memberId, day]).toArray(), db.teamSettings.toCollection().first()]);
    const id = stationOfDay(memberId, day, rota, settings, shiftAt(now()));
    return id === null ? null : ((await db.stations.get(id)) ?? null);
  }, [db, memberId, day, now]);
}
