import { useLiveQuery } from 'dexie-react-hooks';
import { openTalkFlags } from '#db/coachRepository.ts';
import { openHelpCalls } from '#db/helpRepository.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/** Help calls and talk flags no coach has seen yet; undefined while loading. */
export function useOpenFlagCount(): number | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await openHelpCalls(db)).length + (await openTalkFlags(db)).length, [db]);
}
