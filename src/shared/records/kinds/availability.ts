import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { ABSENCE_REASONS } from './rotaFields.ts';
import { SHIFTS } from './rotaSlot.ts';

/**
 * Whether a member is there for one half-day, when it differs from their
 * weekly pattern (member.offHalfDays): absent with a reason, or present on a
 * half-day they usually do not work. One record per member and half-day.
 */
export const availabilityKind = defineRecordKind({
  kind: 'availability',
  ...TEAM_SET_UP,
  table: 'availability',
  indexes: ['[memberId+day]', 'day'],
  naturalKey: ['teamId', 'memberId', 'day', 'shift'],
  references: { memberId: ['member'] },
  migrations: [],
  schema: (f) =>
    f.zod
      .object({
        id: f.id,
        teamId: f.teamId,
        memberId: f.id,
        day: f.day,
        shift: f.zod.enum(SHIFTS),
        present: f.zod.boolean(),
        /** Why the member is away; null when present. */
        reason: f.zod.enum(ABSENCE_REASONS).nullable(),
      })
      .refine((a) => a.present === (a.reason === null), { error: 'an absence needs a reason, a presence none', path: ['reason'] }),
});
