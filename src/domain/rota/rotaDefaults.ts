/**
 * What the rota assumes where the coach has set nothing yet: the skills
 * matrix shows these, and the week instance plans with them, so the board
 * and the optimiser never disagree about an empty field.
 */
import type { Station } from '#shared/records.ts';

/** A station that has no staffing yet: one person, room for two. */
export const STAFF_DEFAULTS = { minStaff: 1, maxStaff: 2 } as const;

/** A member with no variety target sees three stations a week. */
export const VARIETY_DEFAULT = 3;

/** A station's staffing per half-day, with the defaults where it has none, never with the minimum above the maximum. */
export function staffingOf(station: Pick<Station, 'minStaff' | 'maxStaff'>): { minStaff: number; maxStaff: number } {
  const maxStaff = station.maxStaff ?? Math.max(STAFF_DEFAULTS.maxStaff, station.minStaff ?? 0);
  return { minStaff: Math.min(station.minStaff ?? STAFF_DEFAULTS.minStaff, maxStaff), maxStaff };
}
