import { defineRecordKind } from '#shared/records/defineRecordKind.ts';

export const CHECKIN_MOMENTS = ['start', 'end'] as const;

/**
 * A well-being answer: an insert-only event, private to the member and their
 * coach. A kiosk never receives one from the server: the ones made on it stay
 * only until they are synced.
 */
export const checkinKind = defineRecordKind({
  kind: 'checkin',
  lifecycle: 'event',
  table: 'checkins',
  indexes: ['[memberId+day]'],
  naturalKey: null,
  writers: ['kiosk', 'coach'],
  readers: ['coach'],
  references: { memberId: ['member'] },
  migrations: [],
  schema: (f) =>
    f.zod
      .object({
        id: f.id,
        teamId: f.teamId,
        memberId: f.id,
        day: f.day,
        moment: f.zod.enum(CHECKIN_MOMENTS),
        /** From 1 (worst face) up to the scale: 3 or 5. */
        score: f.zod.number().int().min(1).max(5),
        /** Absent on older answers: the 3-point scale. */
        scale: f.wellbeingScale.optional(),
        /** Optional: 1 = low, 2 = some, 3 = lots. */
        energy: f.zod.number().int().min(1).max(3).optional(),
        /** "I want to talk to my coach": the coach sees it and acknowledges it with a helpAck. */
        wantsTalk: f.zod.boolean().optional(),
        answeredAt: f.timestamp,
      })
      .refine((c) => c.score <= (c.scale ?? 3), { error: 'the score is beyond the scale', path: ['score'] }),
});
