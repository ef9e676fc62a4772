import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { WEEKDAYS } from './rotaFields.ts';

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
      /*
       * Staffing for the rota, per half-day: at least `minStaff`, at most `maxStaff` people, and
       * the weekdays it is closed. Optional, so no format step: an older app drops them, and its
       * patches carry only the fields its coach changed. Readers use rotaDefaults.ts when absent.
       */
      minStaff: f.zod.number().int().min(0).max(30).optional(),
      maxStaff: f.zod.number().int().min(0).max(30).optional(),
      closedDays: f.zod.array(f.zod.union(WEEKDAYS.map((d) => f.zod.literal(d)))).max(7).optional(),
    })
    .refine((s) => s.minStaff === undefined || s.maxStaff === undefined || s.minStaff <= s.maxStaff, { error: 'a station needs at most as many people as it can hold', path: ['minStaff'] }),
});
