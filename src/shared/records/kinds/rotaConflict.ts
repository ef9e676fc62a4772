import { defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { ISO_WEEK_PATTERN } from './rotaFields.ts';
import { SHIFTS } from './rotaSlot.ts';

/** Which side of a rota conflict kept the slot: the member's own place, or the coach's (or the coach's optimiser's). */
export const CONFLICT_SIDES = ['member', 'coach'] as const;

/**
 * A member's place and a coach's on one rota slot, made without seeing each
 * other (offline, on two tablets): the later one kept the slot, by the
 * usual per-field rule, and the server keeps this note of what the other
 * side wanted so the coach can see it and talk it over. The server writes it
 * in the push that met the clash; the coach's tablet only marks it seen.
 * One per slot: a later clash on the same slot replaces the note.
 */
export const rotaConflictKind = defineRecordKind({
  kind: 'rotaConflict',
  lifecycle: 'mutable',
  writers: ['coach'],
  readers: ['coach'],
  table: 'rotaConflicts',
  indexes: ['week'],
  naturalKey: ['teamId', 'slotId'],
  // A tablet may only say it saw the note; what happened is the server's to say.
  serverFields: ['slotId', 'memberId', 'week', 'day', 'shift', 'memberStationId', 'coachStationId', 'winner', 'at'],
  // No references: the fields naming the slot, member and stations are the server's (serverFields).
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      /** The rota slot the two places were for. */
      slotId: f.id,
      memberId: f.id,
      week: f.zod.string().regex(ISO_WEEK_PATTERN),
      day: f.day,
      shift: f.zod.enum(SHIFTS),
      /** Where the member placed themself; null: the pool. */
      memberStationId: f.id.nullable(),
      /** Where the coach (or the coach's optimiser) placed them; null: the pool. */
      coachStationId: f.id.nullable(),
      winner: f.zod.enum(CONFLICT_SIDES),
      /** When the change that kept the slot was made (its HLC's wall time). */
      at: f.timestamp,
      /** When a coach marked the note seen; null while it waits. */
      seenAt: f.timestamp.nullable(),
    }),
});
