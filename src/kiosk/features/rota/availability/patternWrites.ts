/**
 * A member's weekly part-time pattern (member.offHalfDays, `wed-pm`): the
 * half-days they never work, every week. Written as a patch of that one
 * field, as the matrix patches a member's other rota settings, worked out
 * from the member as stored so two quick taps are two toggles.
 */
import { writeLocal, writeTables, type WriteContext } from '#db/localWrite.ts';
import type { SchakelDb } from '#db/SchakelDb.ts';
import { WEEK_HALF_DAYS } from '#shared/records.ts';

export type WeekHalfDay = (typeof WEEK_HALF_DAYS)[number];

/** Turns one weekly half-day off (not working) or back on; returns whether it is off now. */
export async function toggleOffHalfDay(db: SchakelDb, memberId: string, halfDay: WeekHalfDay, ctx: WriteContext): Promise<boolean> {
  return db.transaction('rw', writeTables(db, 'member'), async () => {
    const member = await db.members.get(memberId);
    if (!member) throw new Error('there is no such member on this tablet');
    const now = member.offHalfDays ?? [];
    const off = !now.includes(halfDay);
    // Kept in week order, so the record reads like the week and two tablets that make the same pattern write the same list.
    const offHalfDays = WEEK_HALF_DAYS.filter((h) => (h === halfDay ? off : now.includes(h)));
    await writeLocal(db, { kind: 'member', op: 'patch', id: memberId, fields: { offHalfDays } }, ctx);
    return off;
  });
}
