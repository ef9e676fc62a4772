/**
 * The UI bench's own task, so its figures never depend on the day it runs:
 * the demo seed hands out cards by weekday, and the member's detail level
 * at that card's station decides whether "Stap 1 van …" appears at all
 * (level O shows a one-screen summary). Before the kiosk is enrolled, a
 * coach tablet — simulated in Node with the real sync client — gives the
 * bench member a card of BENCH_STEPS plain steps for today, at a station
 * where their level is L (every step, not spoken on arrival).
 */
import 'fake-indexeddb/auto';
import { uuidv7 } from 'uuidv7';
import { SchakelDb } from '#db/SchakelDb.ts';
import { writeLocal, type LocalChange } from '#db/localWrite.ts';
import type { Card, Skill, Task } from '#shared/records.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import { localDay } from '#shared/time.ts';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { httpTransport } from '#sync/httpTransport.ts';
import { SyncClient } from '#sync/SyncClient.ts';

export const BENCH_CARD_TITLE = 'Meetkaart';
const BENCH_STEPS = 12;
const STEP_PICTOS = ['package', 'label', 'tape', 'basket', 'cart', 'magnifier'] as const;

export async function giveBenchTask(serverUrl: string, coachCode: string, memberName: string): Promise<void> {
  const db = new SchakelDb(`bench-coach-${uuidv7()}`);
  const transport = httpTransport(serverUrl);
  const now = () => new Date();
  await enrolDevice(db, transport, { code: coachCode, now: now() });
  const client = new SyncClient(db, transport, now);
  await client.sync();

  const member = await db.members.filter((m) => m.name === memberName).first();
  const station = await db.stations.toCollection().first();
  const order = await db.orders.toCollection().first();
  if (!member || !station || !order) throw new Error(`the demo team has no ${memberName}, station or order to give the bench task to`);
  const teamId = member.teamId;
  const card: Card = {
    id: uuidv7(),
    teamId,
    stationId: station.id,
    title: BENCH_CARD_TITLE,
    picto: 'ruler',
    ppe: [],
    steps: Array.from({ length: BENCH_STEPS }, (_, i) => {
      const text = `Meetstap ${String(i + 1)}.`;
      return { id: uuidv7(), picto: STEP_PICTOS[i % STEP_PICTOS.length] ?? 'package', text, speech: text, kind: 'plain' as const };
    }),
    version: 1,
  };
  const skill: Skill = { id: requireNaturalId('skill', { teamId, memberId: member.id, stationId: station.id }), teamId, memberId: member.id, stationId: station.id, level: 'L' };
  const task: Task = { id: uuidv7(), teamId, orderId: order.id, cardId: card.id, stationId: station.id, day: localDay(now()), memberId: member.id, quantity: 10 };
  const existingSkill = await db.skills.get(skill.id);
  const changes: LocalChange[] = [
    { kind: 'card', op: 'insert', record: card },
    existingSkill ? { kind: 'skill', op: 'patch', id: skill.id, fields: { level: 'L' } } : { kind: 'skill', op: 'insert', record: skill },
    { kind: 'task', op: 'insert', record: task },
  ];
  for (const change of changes) await writeLocal(db, change, { actorMemberId: null, now: now(), newId: uuidv7 });
  await client.sync();
  if ((await db.outbox.count()) > 0) throw new Error('the server did not take the bench task');
  db.close();
}
