import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** One cell of the skills matrix: how well a member masters a station. One record per cell. */
export const skillKind = defineRecordKind({
  kind: 'skill',
  ...TEAM_SET_UP,
  table: 'skills',
  indexes: ['[memberId+stationId]'],
  naturalKey: ['teamId', 'memberId', 'stationId'],
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      stationId: f.id,
      level: f.iluoLevel,
    }),
});
