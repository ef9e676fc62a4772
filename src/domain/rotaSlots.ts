/**
 * Rules of the week board that are about one slot and who placed it
 * (ROTA.md, issue "The team makes its own week"): when a change is late,
 * when a coach must give a reason, and how much of the week the team
 * placed itself.
 */
import type { RotaSlot, Shift } from '#shared/records.ts';
import type { RotaState } from './rotaState.ts';

/** When a half-day starts, local time: the shop floor opens at 8 and the afternoon at 13. */
const SHIFT_START_HOUR: Readonly<Record<Shift, number>> = { am: 8, pm: 13 };
const LATE_CHANGE_MS = 48 * 3_600_000;

export function slotStart(day: string, shift: Shift): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, SHIFT_START_HOUR[shift]);
}

/** A published plan changed less than 48 h before the slot begins (or after it began) is a late change. */
export function isLateChange(state: RotaState | undefined, day: string, shift: Shift, now: Date): boolean {
  return state === 'published' && slotStart(day, shift).getTime() - now.getTime() < LATE_CHANGE_MS;
}

/** A coach moving a member away from the place the member chose themself overrides them, and says why. */
export function overridesMember(existing: RotaSlot | undefined, stationId: string | null): boolean {
  return existing !== undefined && existing.placedBy === 'member' && existing.stationId !== stationId;
}

/**
 * The week's self-managed share: of the slots on the board, the part the
 * members placed themselves or the team confirmed; 0 to 1, null for an
 * empty week.
 */
export function selfManagedShare(slots: readonly RotaSlot[]): number | null {
  if (slots.length === 0) return null;
  return slots.filter((s) => s.placedBy === 'member' || s.placedBy === 'team').length / slots.length;
}
