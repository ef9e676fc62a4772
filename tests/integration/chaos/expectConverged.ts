/**
 * The end of every chaos run: everyone back online with no more faults,
 * three rounds of syncing so every change has travelled everywhere, and
 * then the checks. Every tablet holds exactly what the server holds for its
 * role, with an empty outbox; no event was refused; every event written is
 * on the server exactly once (bar those wiped with a tablet before they
 * left it) and nothing else is; every photo named by an event on the server
 * is there too.
 */
import { expect } from 'vitest';
import { roleMayRead } from '#domain/recordKinds.ts';
import { RECORD_TABLES } from '#db/SchakelDb.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { recordSchemas, type RecordKind } from '#shared/records.ts';
import type { World } from './actions.ts';
import type { ChaosDevice } from './ChaosDevice.ts';

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

async function serverView(db: SqlDatabase, role: 'kiosk' | 'coach'): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; kind: RecordKind; data: unknown }>(
    "SELECT r.id, r.kind, r.data FROM records r JOIN teams t ON t.id = r.team_id WHERE t.name = 'Team Verpakking' AND NOT r.deleted",
  );
  return new Map(rows.filter((r) => roleMayRead(role, r.kind)).map((r) => [r.id, canonical(recordSchemas[r.kind].parse(r.data))]));
}

async function deviceView(device: ChaosDevice): Promise<Map<string, string>> {
  const view = new Map<string, string>();
  for (const table of Object.values(RECORD_TABLES)) {
    for (const row of await device.db.table<{ id: string }>(table).toArray()) view.set(row.id, canonical(row));
  }
  return view;
}

export async function expectConverged(world: World): Promise<void> {
  const db = world.server.db;
  await world.server.settle();
  for (const dev of world.devices) {
    dev.partitioned = false;
    dev.faults.length = 0;
  }
  for (let round = 0; round < 3; round++) for (const dev of world.devices) await dev.client.sync();

  for (const dev of world.devices) {
    expect(await dev.db.outbox.count(), `${dev.label} outbox`).toBe(0);
    const mine = await deviceView(dev);
    const truth = await serverView(db, dev.role);
    const differing = [...new Set([...mine.keys(), ...truth.keys()])].filter((id) => mine.get(id) !== truth.get(id));
    expect(differing.map((id) => `${id}: tablet ${mine.get(id) ?? '-'} / server ${truth.get(id) ?? '-'}`), `${dev.label} converged`).toEqual([]);
    const refusedEvents = (await dev.db.rejections.toArray()).filter((r) => r.kind === 'taskCompletion' || r.kind === 'checkin');
    expect(refusedEvents, `${dev.label} refused events`).toEqual([]);
  }
  // Guard against a vacuous pass: the coverage actions alone write several events and photos.
  expect(world.expectedEvents.size).toBeGreaterThan(5);
  expect(world.expectedBlobs.size).toBeGreaterThan(1);
  const events = await db.query<{ id: string; kind: string }>("SELECT id, kind FROM records WHERE kind IN ('taskCompletion', 'checkin')");
  const onServerEvents = new Map(events.map((e) => [e.id, e.kind]));
  for (const [id, kind] of world.expectedEvents) {
    if (!world.wipedUnconfirmed.has(id)) expect(onServerEvents.get(id), `event ${id} lost`).toBe(kind);
  }
  for (const [id, kind] of onServerEvents) expect(world.expectedEvents.get(id), `event ${id} on the server was never written`).toBe(kind);
  const [{ n: rows } = { n: -1 }] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM records WHERE kind IN ('taskCompletion', 'checkin')");
  expect(rows, 'no event stored twice').toBe(onServerEvents.size);
  const blobs = await db.query<{ sha256: string }>('SELECT sha256 FROM blobs');
  const onServer = new Set(blobs.map((b) => b.sha256));
  for (const [sha, eventId] of world.expectedBlobs) {
    if (onServerEvents.has(eventId)) expect(onServer.has(sha), `photo ${sha.slice(0, 8)} on the server before its record`).toBe(true);
  }
}
