import { useLiveQuery } from 'dexie-react-hooks';
import type { DeviceRow } from '#db/SchakelDb.ts';
import { useServices } from './useServices.ts';

/** The enrolment of this tablet: undefined while loading, null when not enrolled. */
export function useDevice(): DeviceRow | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.device.get('self')) ?? null, [db]);
}
