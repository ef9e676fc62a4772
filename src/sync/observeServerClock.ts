/**
 * Learns the server's time from a sync answer. The offset corrects this
 * tablet's HLC (and "today") when its clock is wrong; the server's HLC is
 * merged so the next local write orders after everything seen. Runs inside
 * the transaction that stores the answer: a failed batch moves nothing.
 */
import { HlcError, MAX_DRIFT_MS, formatHlc, parseHlc, receiveHlc } from '#shared/hlc.ts';
import type { DeviceRow, SchakelDb } from '#db/SchakelDb.ts';

export interface ServerClockAnswer {
  readonly serverTime: number;
  readonly serverHlc: string;
}

export async function observeServerClock(db: SchakelDb, device: DeviceRow, answer: ServerClockAnswer, sentAt: number, receivedAt: number): Promise<void> {
  const clock = await db.clock.get('self');
  const node = device.deviceId.replaceAll('-', '');
  // Half the round trip is the best guess for when the server read its clock.
  const offsetMs = answer.serverTime - Math.round((sentAt + receivedAt) / 2);
  const stored = clock ? { ...parseHlc(clock.hlc), node } : { wallMs: 0, counter: 0, node };
  // Stamps made while this tablet's clock ran far ahead (before it ever synced) are not followed:
  // the clock restarts from corrected time, and the server re-stamped those writes anyway.
  const last = stored.wallMs - (receivedAt + offsetMs) > MAX_DRIFT_MS ? { wallMs: 0, counter: 0, node } : stored;
  let hlc = last;
  try {
    hlc = receiveHlc(last, parseHlc(answer.serverHlc), receivedAt + offsetMs);
  } catch (error) {
    // A server HLC far ahead of the server's own time is bogus; keep ours rather than jump.
    if (!(error instanceof HlcError)) throw error;
  }
  await db.clock.put({ key: 'self', nextSeq: clock?.nextSeq ?? 1, hlc: formatHlc(hlc), offsetMs });
}
