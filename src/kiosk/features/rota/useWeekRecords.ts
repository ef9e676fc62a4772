import { useLiveQuery } from 'dexie-react-hooks';
import { loadWeekRecords } from '#db/rotaRepository.ts';
import type { WeekRecords } from '#domain/rota/weekInstance.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/**
 * One week of the team, live: a member placing themself on this tablet, or
 * a sync bringing another tablet's places, redraws the board. Undefined
 * while the first read runs.
 */
export function useWeekRecords(teamId: string, week: string): WeekRecords | undefined {
  const { db } = useServices();
  return useLiveQuery(() => loadWeekRecords(db, teamId, week), [db, teamId, week]);
}
