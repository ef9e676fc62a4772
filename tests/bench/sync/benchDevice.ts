/**
 * A real kiosk for the drain and pull phases: SyncClient over httpTransport
 * (global fetch) with a fake-indexeddb SchakelDb, its round trips timed; and
 * the breakdown of a phase's wall time, as far as the target lets us see.
 */
import { uuidv7 } from 'uuidv7';
import { SchakelDb, type DeviceRow } from '#db/SchakelDb.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { SyncClient } from '#sync/SyncClient.ts';
import type { BenchTarget } from '#tests/bench/benchServer.ts';
import { Meter, round, timedTransport, type TransportMeters } from '#tests/bench/meters.ts';

export interface BenchDevice {
  readonly db: SchakelDb;
  readonly client: SyncClient;
  readonly row: DeviceRow;
  readonly meters: TransportMeters;
}

export async function enrolBenchDevice(target: BenchTarget, code: string, name: string): Promise<BenchDevice> {
  const meters = { push: new Meter(), pull: new Meter() };
  const transport = timedTransport(httpTransport(target.baseUrl), meters);
  const db = new SchakelDb(`bench-${name}-${uuidv7()}`);
  await enrolDevice(db, transport, { code, deviceName: name, now: new Date() });
  const row = await db.device.get('self');
  if (!row) throw new Error(`${name} did not enrol`);
  return { db, client: new SyncClient(db, transport, () => new Date()), row, meters };
}

/** Where a phase's wall time went, in milliseconds; the server's share only when it runs in this process. */
export function breakdown(totalSeconds: number, roundTrip: Meter, target: BenchTarget, route: string) {
  const totalMs = totalSeconds * 1000;
  const client = {
    totalMs: round(totalMs, 1),
    requests: roundTrip.calls,
    clientLocalMs: round(totalMs - roundTrip.ms, 1),
    roundTripMs: round(roundTrip.ms, 1),
  };
  if (target.meters === null) return client;
  const handlerMs = target.meters.routes.get(route)?.ms ?? 0;
  return {
    ...client,
    serverHandlerMs: round(handlerMs, 1),
    serverDbMs: round(target.meters.dbMeter.ms, 1),
    httpAndClientCodecMs: round(roundTrip.ms - handlerMs, 1),
  };
}
