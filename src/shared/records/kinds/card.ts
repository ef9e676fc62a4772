import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import type { RecordFields } from '#shared/records/recordFields.ts';

export const STEP_KINDS = ['plain', 'timer', 'count', 'check'] as const;

/** One step of a card; its schema is shared with the coach's card editor. */
export function cardStepSchema(f: RecordFields) {
  return f.zod.object({
    id: f.id,
    picto: f.picto,
    /** A photo taken by the coach; the pictogram shows until it has arrived. */
    photo: f.blobRef.nullable().optional(),
    text: f.shortText(160),
    speech: f.shortText(400),
    /** Absent on older cards: a plain step. */
    kind: f.zod.enum(STEP_KINDS).optional(),
    /** Timer steps: the countdown. It never times out; it only shows the time. */
    seconds: f.zod.number().int().min(1).max(3600).optional(),
    /** Count steps: how many to count. */
    target: f.zod.number().int().min(1).max(1000).optional(),
    /** Key steps are the ones a member at level U still sees. */
    key: f.zod.boolean().optional(),
    /** A voice clip recorded by the coach; it plays instead of synthesised speech. */
    clip: f.blobRef.nullable().optional(),
  });
}

/** A task card: the steps of one job at one station, versioned on every save. */
export const cardKind = defineRecordKind({
  kind: 'card',
  ...TEAM_SET_UP,
  table: 'cards',
  indexes: ['stationId'],
  naturalKey: null,
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      stationId: f.id,
      title: f.shortText(80),
      picto: f.picto,
      ppe: f.zod.array(f.picto).max(8),
      steps: f.zod.array(cardStepSchema(f)).min(1).max(40),
      version: f.zod.number().int().positive(),
    }),
});
