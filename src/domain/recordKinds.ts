/**
 * How each kind of record behaves under sync. Events are facts that happened
 * (insert-only, never edited); mutable records are edited by coaches and merge
 * per field. Which device roles may write which kinds lives here too.
 */
import type { RecordKind } from '#shared/records.ts';
import type { DeviceRole } from '#shared/protocol.ts';

export const EVENT_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>(['taskCompletion', 'checkin', 'helpCall', 'helpAck']);

export function isEventKind(kind: RecordKind): boolean {
  return EVENT_KINDS.has(kind);
}

/** Kiosks record what members do; only coach devices edit the team's set-up or answer help calls. */
export function roleMayWrite(role: DeviceRole, kind: RecordKind): boolean {
  return role === 'coach' || (isEventKind(kind) && kind !== 'helpAck');
}

/**
 * Well-being answers are private to the member and the team's coaches. A
 * kiosk never receives them from the server: the ones made on it stay only
 * until they are synced.
 */
export function roleMayRead(role: DeviceRole, kind: RecordKind): boolean {
  return role === 'coach' || kind !== 'checkin';
}
