import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** Work on a card for an order, on a day, for a member or for anyone in the team. */
export const taskKind = defineRecordKind({
  kind: 'task',
  ...TEAM_SET_UP,
  table: 'tasks',
  indexes: ['[memberId+day]', 'day', 'orderId'],
  naturalKey: null,
  references: { orderId: ['order'], cardId: ['card'], stationId: ['station'], memberId: ['member'] },
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      orderId: f.id,
      cardId: f.id,
      stationId: f.id,
      day: f.day,
      /** Null when any member of the team may pick it up. */
      memberId: f.id.nullable(),
      quantity: f.zod.number().int().positive().max(1_000_000),
      /**
       * Taken off the members' day: its order was cancelled or re-planned before anyone started it.
       * A task is never deleted, so a re-plan can give the same task back (a deleted id stays deleted).
       * Optional, so no format step: an older app drops it.
       */
      cancelled: f.zod.boolean().optional(),
    }),
});
