import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/**
 * A team member and the settings their coach chose for them. The settings are
 * optional so records written before they existed stay valid; readers use
 * the defaults in memberSettings.ts.
 */
export const memberKind = defineRecordKind({
  kind: 'member',
  ...TEAM_SET_UP,
  table: 'members',
  indexes: ['teamId'],
  naturalKey: null,
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      name: f.shortText(60),
      avatar: f.picto,
      language: f.language,
      /** Pictogram PIN (3 of 9 pictures); null or absent: a tap on the photo signs in. */
      pin: f.pinHash.nullable().optional(),
      scale: f.wellbeingScale.optional(),
      /** Minutes without a tap before the tablet signs the member out. */
      idleMinutes: f.zod.number().int().min(1).max(240).optional(),
      speechRate: f.zod.number().min(0.5).max(1.5).optional(),
      autoSpeak: f.zod.boolean().optional(),
      /** Per station: the detail the coach wants, whatever the skills matrix says. */
      detailOverrides: f.zod.record(f.zod.uuid(), f.iluoLevel).optional(),
    }),
});
