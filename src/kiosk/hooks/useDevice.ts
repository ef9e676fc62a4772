import { useLiveQuery } from 'dexie-react-hooks';
import type { DeviceRow } from '#db/SchakelDb.ts';
import { useFirstScreen } from '#kiosk/firstScreen.ts';
import { useServices } from './useServices.ts';

/** The enrolment of this tablet: undefined while loading, null when not enrolled. */
export function useDevice(): DeviceRow | null | undefined {
  const { db } = useServices();
  const firstScreen = useFirstScreen();
  return useLiveQuery(async () => (await db.device.get('self')) ?? null, [db], firstScreen?.device);
}
