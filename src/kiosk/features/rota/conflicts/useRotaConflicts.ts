import { useLiveQuery } from 'dexie-react-hooks';
import { rotaConflicts, type RotaConflictEntry } from '#db/rotaConflicts.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { Member, Station } from '#shared/records.ts';

export interface RotaConflictView {
  readonly entries: readonly RotaConflictEntry[];
  readonly members: ReadonlyMap<string, Member>;
  readonly stations: ReadonlyMap<string, Station>;
}

/** The week's clash notes with the team's members and stations, live: a sync bringing a new note redraws the list. */
export function useRotaConflicts(teamId: string, week: string): RotaConflictView | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [entries, members, stations] = await Promise.all([rotaConflicts(db, teamId, week), db.members.where('teamId').equals(teamId).toArray(), db.stations.filter((s) => s.teamId === teamId).toArray()]);
    return { entries, members: new Map(members.map((m) => [m.id, m])), stations: new Map(stations.map((s) => [s.id, s])) };
  }, [db, teamId, week]);
}
