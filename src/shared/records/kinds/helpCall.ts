import { MEMBER_EVENT, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** `checkFailed` (format 2): a check step answered "no"; the task stops until the coach has seen it. */
export const HELP_REASONS = ['material', 'machine', 'notSure', 'break', 'unwell', 'checkFailed'] as const;

/** Fields a call made from inside a task carries, so the coach knows where to go (format 2). */
const STEP_FIELDS = ['taskId', 'cardId', 'stepId', 'stepIndex'] as const;

/** A member asks for their coach: an insert-only event, from the help button or from a step that stopped the task. */
export const helpCallKind = defineRecordKind({
  kind: 'helpCall',
  ...MEMBER_EVENT,
  table: 'helpCalls',
  indexes: ['memberId', 'calledAt'],
  naturalKey: null,
  references: { memberId: ['member'], taskId: ['task'], cardId: ['card'] },
  migrations: [
    {
      // A failed check or a count below its target stops the task and calls the coach with the step
      // attached (task, card, step and its place): optional fields, and the reason `checkFailed`.
      // Up: a format-1 call is a valid format-2 call. Down, for an older coach tablet still served:
      // its zod enum does not know `checkFailed`, so that call says "not sure" there, without the step.
      version: 2,
      up: (data) => data,
      down: (data) => {
        const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !(STEP_FIELDS as readonly string[]).includes(key)));
        return rest['reason'] === 'checkFailed' ? { ...rest, reason: 'notSure' } : rest;
      },
    },
  ],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      reason: f.zod.enum(HELP_REASONS),
      calledAt: f.timestamp,
      /** Where the member stopped: present together, or not at all (the help button outside a task). */
      taskId: f.id.optional(),
      cardId: f.id.optional(),
      stepId: f.id.optional(),
      /** 0-based place of the step in the card (at most 40 steps). */
      stepIndex: f.zod.number().int().min(0).max(39).optional(),
    }),
});
