import { uuidv7 } from 'uuidv7';
import { SchakelDb } from '#db/SchakelDb.ts';
import type { Card, Member, Order, Station, Task } from '#shared/records.ts';

export const TEAM_ID = '01900000-0000-7000-8000-000000000001';

/** A fresh local database that looks enrolled, with one member, one station, one card, and tasks for a day. */
export async function enrolledDb(day = '2026-11-25'): Promise<{ db: SchakelDb; member: Member; card: Card; tasks: Task[] }> {
  const db = new SchakelDb(`test-${uuidv7()}`);
  const member: Member = { id: uuidv7(), teamId: TEAM_ID, name: 'Ann', avatar: 'dog', language: 'nl-BE' };
  const station: Station = { id: uuidv7(), teamId: TEAM_ID, name: 'Inpakken', picto: 'package', load: 'light' };
  const card: Card = {
    id: uuidv7(), teamId: TEAM_ID, stationId: station.id, title: 'Dozen inpakken', picto: 'package', ppe: ['gloves'], version: 1,
    steps: ['Doe je handschoenen aan.', 'Neem een doos.', 'Tel tien stukken.'].map((text) => ({ id: uuidv7(), picto: 'package', text, speech: text })),
  };
  const order: Order = { id: uuidv7(), teamId: TEAM_ID, customer: 'Klant', product: 'Dozen', quantity: 100, due: '2026-11-25T15:00:00.000Z' };
  const tasks: Task[] = [1, 2].map(() => ({ id: uuidv7(), teamId: TEAM_ID, orderId: order.id, cardId: card.id, stationId: station.id, day, memberId: member.id, quantity: 20 }));
  await db.device.put({ key: 'self', deviceId: uuidv7(), token: 'x'.repeat(43), role: 'kiosk', team: { id: TEAM_ID, name: 'Team', siteName: 'Site', organisationName: 'Org' }, enrolledAt: '2026-11-25T08:00:00Z' });
  await db.members.put(member);
  await db.stations.put(station);
  await db.cards.put(card);
  await db.orders.put(order);
  await db.tasks.bulkPut(tasks);
  return { db, member, card, tasks };
}
