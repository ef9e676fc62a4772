/** Well-being answers and the per-day "already asked" marker, written together. */
import type { Checkin } from '../shared/records.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export async function answerCheckin(db: SchakelDb, checkin: Checkin, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [...writeTables(db, 'checkin'), db.checkinPrompts], async () => {
    await writeLocal(db, { kind: 'checkin', op: 'insert', record: checkin }, ctx);
    if (checkin.moment === 'start') await db.checkinPrompts.put({ memberId: checkin.memberId, day: checkin.day, outcome: 'answered' });
  });
}

/** Skipping is always allowed and remembered for the day, so nobody is asked twice. */
export async function skipStartCheckin(db: SchakelDb, memberId: string, day: string): Promise<void> {
  await db.checkinPrompts.put({ memberId, day, outcome: 'skipped' });
}

export async function startCheckinAsked(db: SchakelDb, memberId: string, day: string): Promise<boolean> {
  return (await db.checkinPrompts.get([memberId, day])) !== undefined;
}
