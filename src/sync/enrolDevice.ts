import { PROTOCOL_VERSION } from '#shared/versions.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import type { Transport } from './Transport.ts';

export interface EnrolOptions {
  readonly code: string;
  readonly deviceName?: string;
  readonly appVersion?: string;
  readonly now: Date;
}

/**
 * Enrols this tablet with a one-time code and stores its token. A tablet
 * enrolled before (its data wiped or handed to another team) starts clean,
 * except for changes still waiting, which are never thrown away: they are
 * numbered afresh from 1, because the server knows the new enrolment by
 * nothing yet and refuses numbers far past that (`sequence_gap`).
 */
export async function enrolDevice(db: SchakelDb, transport: Transport, options: EnrolOptions): Promise<void> {
  const response = await transport.enrol({
    type: 'enrol',
    protocolVersion: PROTOCOL_VERSION,
    code: options.code,
    ...(options.deviceName === undefined ? {} : { deviceName: options.deviceName }),
    ...(options.appVersion === undefined ? {} : { appVersion: options.appVersion }),
  });
  await db.transaction('rw', [db.device, db.syncState, db.localSettings, db.outbox, db.clock], async () => {
    await renumberOutbox(db);
    await db.device.put({ key: 'self', deviceId: response.deviceId, token: response.token, role: response.role, team: response.team, enrolledAt: options.now.toISOString() });
    await db.syncState.put({ key: 'self', cursor: null, lastSyncAt: null });
    // A new enrolment (a fresh code from the coordinator) is how a forgotten coach code is reset.
    await db.localSettings.delete('coachPin');
  });
}

/** The waiting changes as 1, 2, 3… in the order they were made, and the next number after them. */
async function renumberOutbox(db: SchakelDb): Promise<void> {
  const clock = await db.clock.get('self');
  if (!clock) return;
  const waiting = await db.outbox.orderBy('seq').toArray();
  await db.outbox.clear();
  await db.outbox.bulkAdd(waiting.map((entry, i) => ({ ...entry, seq: i + 1 })));
  await db.clock.put({ ...clock, nextSeq: waiting.length + 1 });
}
