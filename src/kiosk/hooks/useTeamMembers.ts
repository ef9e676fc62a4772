import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '#shared/records.ts';
import { inGridOrder, useFirstScreen } from '#kiosk/firstScreen.ts';
import { useServices } from './useServices.ts';

/** The team's members in name order; undefined while loading. */
export function useTeamMembers(): Member[] | undefined {
  const { db } = useServices();
  const firstScreen = useFirstScreen();
  return useLiveQuery(async () => inGridOrder(await db.members.toArray()), [db], firstScreen?.members);
}

export function useMember(memberId: string | null): Member | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (memberId === null ? null : ((await db.members.get(memberId)) ?? null)), [db, memberId]);
}
