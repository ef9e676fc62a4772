/**
 * The coach's notes of rota clashes on this tablet: a member's own place and
 * a coach's that met on one slot without seeing each other (two tablets
 * offline). The server writes them when the second change arrives
 * (domain/slotConflict.ts) and only coach tablets pull them; the coach marks
 * one seen once they have talked it over.
 */
import type { RotaConflict, Shift } from '#shared/records.ts';
import { writeLocal, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export interface RotaConflictEntry {
  readonly id: string;
  readonly memberId: string;
  readonly day: string;
  readonly shift: Shift;
  /** Where the member placed themself; null: the pool. */
  readonly memberStation: string | null;
  /** Where the coach (or the optimiser on the coach's tablet) placed them; null: the pool. */
  readonly coachStation: string | null;
  /** Whose place the slot kept: the later change's. */
  readonly winner: RotaConflict['winner'];
  /** When the change the slot kept was made. */
  readonly at: string;
  readonly seen: boolean;
}

/** The week's notes of the team, by day and half-day, then by member; seen ones too, marked. */
export async function rotaConflicts(db: SchakelDb, teamId: string, week: string): Promise<RotaConflictEntry[]> {
  const notes = await db.rotaConflicts.where('week').equals(week).filter((n) => n.teamId === teamId).toArray();
  return notes
    .map((n): RotaConflictEntry => ({ id: n.id, memberId: n.memberId, day: n.day, shift: n.shift, memberStation: n.memberStationId, coachStation: n.coachStationId, winner: n.winner, at: n.at, seen: n.seenAt !== null }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.shift.localeCompare(b.shift) || a.memberId.localeCompare(b.memberId));
}

/** The coach saw the note and talked it over: it stays, marked seen, on every coach tablet. */
export async function markRotaConflictSeen(db: SchakelDb, id: string, ctx: WriteContext): Promise<void> {
  const note = await db.rotaConflicts.get(id);
  if (!note || note.seenAt !== null) return;
  await writeLocal(db, { kind: 'rotaConflict', op: 'patch', id, fields: { seenAt: ctx.now.toISOString() } }, ctx);
}
