import { useLiveQuery } from 'dexie-react-hooks';
import { teamCheckinsSince } from '#db/checkinRepository.ts';
import { wellbeingByMember, wellbeingFromDay, WELLBEING_WEEKS, type MemberWellbeing } from '#domain/teamView/wellbeing.ts';
import type { Member } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/**
 * Each member's well-being over the last WELLBEING_WEEKS ISO weeks, for the
 * coach's team view only; undefined while loading. Reads each member's
 * answers by [memberId+day] from the first Monday on.
 */
export function useTeamWellbeing(members: readonly Member[] | undefined, weeks: number = WELLBEING_WEEKS): MemberWellbeing[] | undefined {
  const { db, now } = useServices();
  const today = localDay(now());
  return useLiveQuery(async () => {
    if (!members) return undefined;
    const ids = members.map((m) => m.id);
    const rows = await teamCheckinsSince(db, ids, wellbeingFromDay(today, weeks));
    const all = [...rows.values()].flat();
    const acknowledged = new Set(all.filter((r) => r.talkSeen).map((r) => r.checkin.id));
    return wellbeingByMember(ids, all.map((r) => r.checkin), acknowledged, today, weeks);
  }, [db, members, today, weeks]);
}
