import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { ISO_WEEK_PATTERN, OVERRIDE_REASONS, SLOT_PLACERS } from './rotaFields.ts';

/** The rota's half-days (../shared/ROTA.md): morning and afternoon. */
export const SHIFTS = ['am', 'pm'] as const;

/** Where a member works in one half-day, from the week's rota. One record per member and half-day. */
export const rotaSlotKind = defineRecordKind({
  kind: 'rotaSlot',
  ...TEAM_SET_UP,
  // A member places themself on a draft plan from a kiosk; pushRules.ts holds the kiosk to that.
  writers: ['coach', 'kiosk'],
  table: 'rotaSlots',
  indexes: ['[memberId+day]', 'week'],
  naturalKey: ['teamId', 'memberId', 'day', 'shift'],
  references: { memberId: ['member'], stationId: ['station'], placedByMemberId: ['member'] },
  migrations: [
    {
      // The rota plans half-days: a slot gained `shift`. A slot from before named the whole day; it
      // becomes the morning, and Today falls back to it in the afternoon.
      version: 2,
      up: (data, { partial }) => (partial || data['shift'] !== undefined ? data : { ...data, shift: 'am' }),
      // No way down: an app that does not know half-days would show an afternoon slot as the
      // whole day, so it must update before it pulls.
    },
    {
      // The rota board (ROTA.md): a slot may be the pool (`stationId` null), names its week, and
      // says who placed it and whether the optimiser must keep it. A slot from before was put
      // there by a coach and is a pin. No way down: an older app would read the pool as a station.
      version: 3,
      up: (data, { partial }) => {
        if (partial) return data;
        const day = typeof data['day'] === 'string' ? data['day'] : undefined;
        return { placedBy: 'coach', pinned: true, ...(day === undefined || data['week'] !== undefined ? {} : { week: isoWeekOf(day) }), ...data };
      },
    },
  ],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      /** Null: the pool (support work, training, cleaning) for a present member. */
      stationId: f.id.nullable(),
      day: f.day,
      shift: f.zod.enum(SHIFTS),
      /** The ISO week of `day`, so the board reads its week by an index. */
      week: f.zod.string().regex(ISO_WEEK_PATTERN),
      placedBy: f.zod.enum(SLOT_PLACERS),
      /** The member who placed themself, when `placedBy` is member. */
      placedByMemberId: f.id.nullable().optional(),
      /** The team (or the coach) fixed it: the optimiser keeps it (H6). */
      pinned: f.zod.boolean(),
      /** Why the coach moved a member from the place they chose themself. */
      overrideReason: f.zod.enum(OVERRIDE_REASONS).nullable().optional(),
      /** Changed after publishing, less than 48 h before the slot. */
      lateChange: f.zod.boolean().optional(),
    }),
});

/** The ISO week (`2027-W01`) a day (`2027-01-04`) falls in: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
