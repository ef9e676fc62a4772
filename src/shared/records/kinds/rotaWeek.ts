import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { ISO_WEEK_PATTERN, ROTA_STATES } from './rotaFields.ts';

/** The state of a team's plan for one ISO week: the team's draft, agreed by the team, published. */
export const rotaWeekKind = defineRecordKind({
  kind: 'rotaWeek',
  ...TEAM_SET_UP,
  table: 'rotaWeeks',
  indexes: [],
  naturalKey: ['teamId', 'week'],
  references: { agreedBy: ['member'] },
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      week: f.zod.string().regex(ISO_WEEK_PATTERN),
      state: f.zod.enum(ROTA_STATES),
      /** The members present when the team said "we agree". */
      agreedBy: f.zod.array(f.id).max(100),
      agreedAt: f.timestamp.nullable(),
      publishedAt: f.timestamp.nullable(),
    }),
});
