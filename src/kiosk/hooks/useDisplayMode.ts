import { useLiveQuery } from 'dexie-react-hooks';
import { displayMode, type DisplayMode } from '#db/displaySetting.ts';
import { useServices } from './useServices.ts';

/** This tablet's display setting (photo grid or day board); undefined while it is read. */
export function useDisplayMode(): DisplayMode | undefined {
  const { db } = useServices();
  return useLiveQuery(() => displayMode(db), [db]);
}
