import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** A reason for rejected pieces, from the team's list that the coach edits. */
export const rejectReasonKind = defineRecordKind({
  kind: 'rejectReason',
  ...TEAM_SET_UP,
  table: 'rejectReasons',
  indexes: [],
  naturalKey: null,
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      picto: f.picto,
      label: f.shortText(40),
      position: f.zod.number().int().min(0).max(1000),
    }),
});
