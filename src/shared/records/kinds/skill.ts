import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** One cell of the skills matrix: how well a member masters a station. One record per cell. */
export const skillKind = defineRecordKind({
  kind: 'skill',
  ...TEAM_SET_UP,
  table: 'skills',
  indexes: ['[memberId+stationId]'],
  naturalKey: ['teamId', 'memberId', 'stationId'],
  references: { memberId: ['member'], stationId: ['station'] },
  migrations: [
    {
      // A cell holds more than a level: a training goal or a medical restriction may stand on a
      // station the member has no level for, so `level` may be null (not trained). No way down:
      // an app that needs a level on every cell would read null as an error, so it updates first.
      version: 2,
      up: (data) => data,
    },
  ],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      stationId: f.id,
      /** Null: not trained, never placed there (H2 of ROTA.md). */
      level: f.iluoLevel.nullable(),
      /** The member is learning this station: the rota gives them slots there (S6). */
      trainingGoal: f.zod.boolean().optional(),
      /** Medically restricted: never placed there, whatever the level (H2). */
      restricted: f.zod.boolean().optional(),
      /** The member likes (1) or dislikes (-1) working here (S5); 0 or absent: no preference. */
      preference: f.zod.union([f.zod.literal(-1), f.zod.literal(0), f.zod.literal(1)]).optional(),
    }),
});
