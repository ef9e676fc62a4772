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
 * except for changes still waiting, which are never thrown away.
 */
export async function enrolDevice(db: SchakelDb, transport: Transport, options: EnrolOptions): Promise<void> {
  const response = await transport.enrol({
    type: 'enrol',
    protocolVersion: PROTOCOL_VERSION,
    code: options.code,
    ...(options.deviceName === undefined ? {} : { deviceName: options.deviceName }),
    ...(options.appVersion === undefined ? {} : { appVersion: options.appVersion }),
  });
  await db.transaction('rw', [db.device, db.syncState, db.localSettings], async () => {
    await db.device.put({ key: 'self', deviceId: response.deviceId, token: response.token, role: response.role, team: response.team, enrolledAt: options.now.toISOString() });
    await db.syncState.put({ key: 'self', cursor: null, lastSyncAt: null });
    // A new enrolment (a fresh code from the coordinator) is how a forgotten coach code is reset.
    await db.localSettings.delete('coachPin');
  });
}
