import { defineRecordKind } from '#shared/records/defineRecordKind.ts';

/**
 * A coach has seen a help call, or a check-in's "I want to talk": an
 * insert-only event, made on a coach device. `callId` names either.
 */
export const helpAckKind = defineRecordKind({
  kind: 'helpAck',
  lifecycle: 'event',
  table: 'helpAcks',
  indexes: ['callId'],
  naturalKey: null,
  writers: ['coach'],
  readers: ['kiosk', 'coach'],
  references: { callId: ['helpCall', 'checkin'] },
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      callId: f.id,
      ackedAt: f.timestamp,
    }),
});
