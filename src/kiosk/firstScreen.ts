/**
 * What the first screen needs from IndexedDB — the tablet's enrolment and its
 * team's members — read together as soon as the entry runs, before React
 * renders. Left to the hooks, the two reads ran one after the other (the
 * members only once the shell knew the device), each after a render of its
 * own; on a slow tablet that second round trip was a fifth of the cold start.
 * The hooks still subscribe as before: this only gives their first render
 * its answer.
 */
import { createContext, useContext } from 'react';
import type { DeviceRow, SchakelDb } from '#db/SchakelDb.ts';
import type { Member } from '#shared/records.ts';

export interface FirstScreenData {
  readonly device: DeviceRow | null;
  readonly members: Member[];
}

/** The team's members in the order the photo grid shows them. */
export function inGridOrder(members: Member[]): Member[] {
  return members.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function readFirstScreen(db: SchakelDb): Promise<FirstScreenData> {
  return db.transaction('r', db.device, db.members, async () => {
    const [device, members] = await Promise.all([db.device.get('self'), db.members.toArray()]);
    return { device: device ?? null, members: inGridOrder(members) };
  });
}

/** The start-up read, for the hooks' first render; null where nothing was read ahead (tests, a failed read). */
export const FirstScreenContext = createContext<FirstScreenData | null>(null);

export function useFirstScreen(): FirstScreenData | null {
  return useContext(FirstScreenContext);
}
