import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** Team-wide settings: one record per team. */
export const teamSettingsKind = defineRecordKind({
  kind: 'teamSettings',
  ...TEAM_SET_UP,
  table: 'teamSettings',
  indexes: [],
  naturalKey: ['teamId'],
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      /** Where members work when the rota says nothing. */
      defaultStationId: f.id.nullable(),
    }),
});
