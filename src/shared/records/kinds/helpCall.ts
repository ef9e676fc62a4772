import { MEMBER_EVENT, defineRecordKind } from '#shared/records/defineRecordKind.ts';

export const HELP_REASONS = ['material', 'machine', 'notSure', 'break', 'unwell'] as const;

/** A member asks for their coach: an insert-only event. */
export const helpCallKind = defineRecordKind({
  kind: 'helpCall',
  ...MEMBER_EVENT,
  table: 'helpCalls',
  indexes: ['memberId', 'calledAt'],
  naturalKey: null,
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      reason: f.zod.enum(HELP_REASONS),
      calledAt: f.timestamp,
    }),
});
