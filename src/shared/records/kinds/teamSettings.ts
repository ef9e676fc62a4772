import { defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** Team-wide settings: one record per team. */
export const teamSettingsKind = defineRecordKind({
  kind: 'teamSettings',
  lifecycle: 'mutable',
  table: 'teamSettings',
  indexes: [],
  naturalKey: ['teamId'],
  writers: ['coach'],
  readers: ['kiosk', 'coach'],
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      /** Where members work when the rota says nothing. */
      defaultStationId: f.id.nullable(),
    }),
});
