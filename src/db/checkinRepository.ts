/**
 * Well-being answers, the member's own face history, and the per-day
 * "already asked" marker, written together. The history is kept only for a
 * member with a picture PIN: on a shared tablet, anyone could open the day
 * of someone who signs in with a tap.
 */
import type { Checkin } from '#shared/records.ts';
import type { FaceHistoryRow, SchakelDb } from './SchakelDb.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';

/** How far back a member can look at their own faces on a tablet. */
export const FACE_HISTORY_DAYS = 14;

export async function answerCheckin(db: SchakelDb, checkin: Checkin, ctx: WriteContext & { keepHistory: boolean }): Promise<void> {
  await db.transaction('rw', [...writeTables(db, 'checkin'), db.checkinPrompts, db.faceHistory], async () => {
    await writeLocal(db, { kind: 'checkin', op: 'insert', record: checkin }, ctx);
    if (checkin.moment === 'start') await db.checkinPrompts.put({ memberId: checkin.memberId, day: checkin.day, outcome: 'answered' });
    if (!ctx.keepHistory) return;
    const { id, memberId, day, moment, score, answeredAt } = checkin;
    await db.faceHistory.put({ id, memberId, day, moment, score, scale: checkin.scale ?? 3, answeredAt });
  });
}

/**
 * At sign-in: forgets faces older than FACE_HISTORY_DAYS on this tablet, and
 * all of a member's faces once they no longer have a PIN.
 */
export async function pruneFaceHistory(db: SchakelDb, member: { id: string; hasPin: boolean }, now: Date): Promise<void> {
  const horizon = new Date(now.getTime() - FACE_HISTORY_DAYS * 86_400_000).toISOString();
  await db.transaction('rw', db.faceHistory, async () => {
    await db.faceHistory.where('answeredAt').below(horizon).delete();
    if (!member.hasPin) await db.faceHistory.where('[memberId+answeredAt]').between([member.id, ''], [member.id, '\uffff']).delete();
  });
}

/** Skipping is always allowed and remembered for the day, so nobody is asked twice. */
export async function skipStartCheckin(db: SchakelDb, memberId: string, day: string): Promise<void> {
  await db.checkinPrompts.put({ memberId, day, outcome: 'skipped' });
}

export async function startCheckinAsked(db: SchakelDb, memberId: string, day: string): Promise<boolean> {
  return (await db.checkinPrompts.get([memberId, day])) !== undefined;
}

/** The member's own answers on this tablet, newest first. */
export async function faceHistory(db: SchakelDb, memberId: string): Promise<FaceHistoryRow[]> {
  const rows = await db.faceHistory.where('[memberId+answeredAt]').between([memberId, ''], [memberId, '\uffff']).toArray();
  return rows.reverse();
}

/** One well-being answer as a coach sees it: with whether a coach has acknowledged its talk flag. */
export interface CoachCheckinRow {
  readonly checkin: Checkin;
  readonly talkSeen: boolean;
}

/**
 * The team's answers from `fromDay` on, per member, oldest first, for the
 * coach's faces tab. Only coach tablets hold other members' answers: a kiosk
 * is never sent them, and drops its own once the server has them.
 */
export async function teamCheckinsSince(db: SchakelDb, memberIds: readonly string[], fromDay: string): Promise<Map<string, CoachCheckinRow[]>> {
  return db.transaction('r', [db.checkins, db.helpAcks], async () => {
    const seen = new Set((await db.helpAcks.toArray()).map((a) => a.callId));
    const byMember = new Map<string, CoachCheckinRow[]>();
    for (const memberId of memberIds) {
      const rows = await db.checkins.where('[memberId+day]').between([memberId, fromDay], [memberId, '\uffff']).toArray();
      rows.sort((a, b) => a.day.localeCompare(b.day) || a.answeredAt.localeCompare(b.answeredAt));
      byMember.set(memberId, rows.map((checkin) => ({ checkin, talkSeen: seen.has(checkin.id) })));
    }
    return byMember;
  });
}
