import { MEMBER_EVENT, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** A finished task with its quality counts: an insert-only event. */
export const taskCompletionKind = defineRecordKind({
  kind: 'taskCompletion',
  ...MEMBER_EVENT,
  table: 'taskCompletions',
  indexes: ['taskId', 'memberId', 'completedAt'],
  naturalKey: null,
  references: { taskId: ['task'], memberId: ['member'], rejectReasons: ['rejectReason'] },
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      taskId: f.id,
      memberId: f.id,
      good: f.count,
      rejected: f.count,
      /** An optional photo of a defect. */
      photo: f.blobRef.nullable().optional(),
      /** Why pieces were rejected: ids of the team's reject reasons. */
      rejectReasons: f.zod.array(f.id).max(20).optional(),
      /** The card version the member worked from. */
      cardVersion: f.zod.number().int().positive().optional(),
      completedAt: f.timestamp,
    }),
});
