/**
 * Whether this tablet is a day board: a setting of the device alone (a
 * wall screen stays a board through reloads and updates), kept in
 * localSettings and never synced.
 */
import type { DisplayMode, SchakelDb } from './SchakelDb.ts';

export type { DisplayMode };

/** What the tablet shows with nobody signed in; the photo grid unless set otherwise. */
export async function displayMode(db: SchakelDb): Promise<DisplayMode> {
  const row = await db.localSettings.get('display');
  return row?.key === 'display' ? row.mode : 'members';
}

export async function setDisplayMode(db: SchakelDb, mode: DisplayMode): Promise<void> {
  await db.localSettings.put({ key: 'display', mode });
}
