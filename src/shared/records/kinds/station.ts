import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

export const STATION_LOADS = ['light', 'medium', 'heavy'] as const;

/** A place where the team works, with its physical load for ergonomic rotation. */
export const stationKind = defineRecordKind({
  kind: 'station',
  ...TEAM_SET_UP,
  table: 'stations',
  indexes: [],
  naturalKey: null,
  migrations: [
    {
      // The rota weighs physical load in three steps (light, medium, heavy) instead of heavy or not:
      // `heavy` became `load`.
      version: 2,
      up: ({ heavy, ...rest }) => (heavy === undefined ? rest : { ...rest, load: heavy === true ? 'heavy' : 'light' }),
      down: ({ load, ...rest }) => (load === undefined ? rest : { ...rest, heavy: load === 'heavy' }),
    },
  ],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      name: f.shortText(60),
      picto: f.picto,
      /** Physical load, counted for ergonomic rotation. */
      load: f.zod.enum(STATION_LOADS),
    }),
});
