import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import { WEEK_HALF_DAYS } from './rotaFields.ts';

/** More stations than any workshop team has: what bounds a member's per-station settings. */
export const MAX_TEAM_STATIONS = 200;

/**
 * A team member and the settings their coach chose for them. The settings are
 * optional so records written before they existed stay valid; readers use
 * the defaults in memberSettings.ts.
 *
 * The photo and its consent came without a format step (still version 1):
 * both are optional, an app that does not know them strips them when it
 * reads (zod drops unknown keys) and shows the animal, and its patches carry
 * only the fields its coach changed, so the server keeps the photo. Nothing
 * an older app can write breaks the new rule below, so there is no `down` to
 * write and no reason to make older apps update first.
 */
export const memberKind = defineRecordKind({
  kind: 'member',
  ...TEAM_SET_UP,
  table: 'members',
  indexes: ['teamId'],
  naturalKey: null,
  references: { homeStationId: ['station'] },
  migrations: [],
  schema: (f) =>
    f.zod
      .object({
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
        detailOverrides: f.zod
          .record(f.zod.uuid(), f.iluoLevel)
          .refine((overrides) => Object.keys(overrides).length <= MAX_TEAM_STATIONS, { error: `at most ${String(MAX_TEAM_STATIONS)} stations` })
          .optional(),
        /** The member's photo (a blob, like a step photo); the avatar shows until it has arrived, and without one. */
        photo: f.blobRef.nullable().optional(),
        /**
         * The member agreed to a photo: which coach tablet recorded it and when. Withdrawn, it is
         * null and so is the photo; the two always travel in one patch, so a merge keeps them together.
         */
        photoConsent: f.zod.object({ deviceId: f.id, at: f.timestamp }).nullable().optional(),
        /*
         * The rota's settings for this member (ROTA.md), optional like the rest, without a
         * format step: routine (needs the same place), how many stations a week they like to
         * see, their own station, and the half-days of the week they never work (part-time).
         */
        routine: f.zod.boolean().optional(),
        varietyTarget: f.zod.number().int().min(1).max(12).optional(),
        homeStationId: f.id.nullable().optional(),
        offHalfDays: f.zod.array(f.zod.enum(WEEK_HALF_DAYS as [string, ...string[]])).max(14).optional(),
      })
      .refine((m) => m.photo == null || m.photoConsent != null, { error: 'a member photo needs the member’s consent', path: ['photo'] }),
});
