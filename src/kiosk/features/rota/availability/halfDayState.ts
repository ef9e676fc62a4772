import { presenceOf } from '#domain/rota/weekInstance.ts';
import { ABSENCE_REASONS, type AbsenceReason, type Availability, type Member, type Shift } from '#shared/records.ts';
import type { WeekHalfDay } from './patternWrites.ts';

/** The weekdays the team plans, Monday to Friday, as the weekly pattern names them. */
export const PLANNED_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type PlannedWeekday = (typeof PLANNED_WEEKDAYS)[number];

/**
 * What one half-day of a member shows: there; there this once on a half-day
 * they usually do not work; not working (their weekly pattern); or away for
 * a reason (a one-off absence).
 */
export type HalfDayState = 'present' | 'presentOnce' | 'pattern' | AbsenceReason;

export function halfDayState(member: Pick<Member, 'id' | 'offHalfDays'>, availability: readonly Availability[], day: string, shift: Shift, weekday: PlannedWeekday): HalfDayState {
  const { present, reason } = presenceOf(member, availability, day, shift);
  const inPattern = (member.offHalfDays ?? []).includes(weekHalfDay(weekday, shift));
  if (present) return inPattern ? 'presentOnce' : 'present';
  return reason === null ? 'pattern' : reason;
}

export function weekHalfDay(weekday: PlannedWeekday, shift: Shift): WeekHalfDay {
  return `${weekday}-${shift}`;
}

/** A picture for every state: the state never rests on colour alone. */
export const STATE_PICTURES: Record<HalfDayState, string> = {
  present: 'done',
  presentOnce: 'done',
  pattern: 'home',
  ill: 'unwell',
  leave: 'sun',
  training: 'book',
  appointment: 'clock',
};

export function isAbsenceReason(state: HalfDayState): state is AbsenceReason {
  return (ABSENCE_REASONS as readonly string[]).includes(state);
}
