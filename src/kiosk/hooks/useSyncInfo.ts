import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from './useServices.ts';

export interface SyncInfo {
  readonly waiting: number;
  readonly lastSyncAt: string | null;
  /** When the oldest waiting change was made, to warn when it waits too long. */
  readonly oldestWaitingAt: string | null;
}

/** How many changes wait for the server and when the last sync succeeded; undefined while loading. */
export function useSyncInfo(): SyncInfo | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [waiting, state, oldest] = await Promise.all([db.outbox.count(), db.syncState.get('self'), db.outbox.orderBy('seq').first()]);
    return { waiting, lastSyncAt: state?.lastSyncAt ?? null, oldestWaitingAt: oldest?.createdAt ?? null };
  }, [db]);
}
