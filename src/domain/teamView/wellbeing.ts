/**
 * Each member's well-being over the last weeks, for the coach only: per ISO
 * week the faces (average score), energy and "I want to talk" flags. Pure;
 * the caller says which answers a coach has acknowledged (a helpAck whose
 * callId is the check-in's id, as the talk flags and the faces tab decide).
 */
import type { Checkin, WellbeingScale } from '#shared/records.ts';
import { addDays, isoWeek, mondayOf } from './days.ts';

/** How many weeks the coach looks back unless told otherwise. */
export const WELLBEING_WEEKS = 6;

export type WellbeingAnswer = Pick<Checkin, 'id' | 'memberId' | 'day' | 'score' | 'scale' | 'energy' | 'wantsTalk' | 'answeredAt'>;

export interface WellbeingWeek {
  /** ISO week, e.g. "2026-W48". */
  readonly week: string;
  /** Its Monday, YYYY-MM-DD. */
  readonly monday: string;
  readonly answers: number;
  /**
   * The week's average face on the scale its latest answer was recorded in
   * (3 or 5): each answer is placed on that scale by its own scale first, so
   * a member moved from 3 to 5 faces mid-week is averaged fairly. Null
   * without answers.
   */
  readonly face: { readonly average: number; readonly scale: WellbeingScale } | null;
  /** Average energy (1 low … 3 lots) over the answers that gave one; null when none did. */
  readonly energy: number | null;
  readonly talk: number;
  /** Talk flags no coach has acknowledged. */
  readonly talkOpen: number;
}

export interface MemberWellbeing {
  readonly memberId: string;
  /** Oldest week first; every week of the range, empty ones included. */
  readonly weeks: readonly WellbeingWeek[];
  readonly talk: number;
  readonly talkOpen: number;
}

/** The first day of the last `weeks` ISO weeks, this one included: a Monday. */
export function wellbeingFromDay(today: string, weeks: number = WELLBEING_WEEKS): string {
  return addDays(mondayOf(today), -7 * (weeks - 1));
}

/** Where a score sits on its scale, 0 (worst face) to 1 (best). */
function level(score: number, scale: WellbeingScale): number {
  return (score - 1) / (scale - 1);
}

function weekOf(monday: string, answers: readonly WellbeingAnswer[], acknowledged: ReadonlySet<string>): WellbeingWeek {
  const latest = answers.reduce<WellbeingAnswer | undefined>((a, b) => (a === undefined || a.answeredAt <= b.answeredAt ? b : a), undefined);
  const scale: WellbeingScale = latest?.scale ?? 3;
  const levels = answers.map((a) => level(a.score, a.scale ?? 3));
  const energies = answers.flatMap((a) => (a.energy === undefined ? [] : [a.energy]));
  const talks = answers.filter((a) => a.wantsTalk === true);
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    week: isoWeek(monday),
    monday,
    answers: answers.length,
    face: levels.length === 0 ? null : { average: 1 + mean(levels) * (scale - 1), scale },
    energy: energies.length === 0 ? null : mean(energies),
    talk: talks.length,
    talkOpen: talks.filter((a) => !acknowledged.has(a.id)).length,
  };
}

/**
 * Every member's last `weeks` ISO weeks up to the week of `today`, in the
 * members' order. Answers outside those weeks or of other members are left out.
 */
export function wellbeingByMember(
  memberIds: readonly string[],
  answers: readonly WellbeingAnswer[],
  acknowledged: ReadonlySet<string>,
  today: string,
  weeks: number = WELLBEING_WEEKS,
): MemberWellbeing[] {
  const first = wellbeingFromDay(today, weeks);
  const mondays = Array.from({ length: weeks }, (_, i) => addDays(first, 7 * i));
  const last = addDays(mondayOf(today), 6);
  return memberIds.map((memberId) => {
    const own = answers.filter((a) => a.memberId === memberId && a.day >= first && a.day <= last);
    const byWeek = mondays.map((monday) => weekOf(monday, own.filter((a) => mondayOf(a.day) === monday), acknowledged));
    return {
      memberId,
      weeks: byWeek,
      talk: byWeek.reduce((n, w) => n + w.talk, 0),
      talkOpen: byWeek.reduce((n, w) => n + w.talkOpen, 0),
    };
  });
}
