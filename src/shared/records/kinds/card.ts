import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';
import type { RecordData } from '#shared/records/defineRecordKind.ts';
import type { RecordFields } from '#shared/records/recordFields.ts';

export const STEP_KINDS = ['plain', 'timer', 'count', 'check'] as const;

/** The first language of a card made before cards named theirs (format 1): Dutch, the team's working language. */
export const CARD_FIRST_LANGUAGE_BEFORE_V2 = 'nl-BE';

/** One step of a card; its schema is shared with the coach's card editor. */
export function cardStepSchema(f: RecordFields) {
  return f.zod.object({
    id: f.id,
    picto: f.picto,
    /** A photo taken by the coach; the pictogram shows until it has arrived. */
    photo: f.blobRef.nullable().optional(),
    /** The sentence and what is said, in the card's first language (`language`). */
    text: f.shortText(160),
    speech: f.shortText(400),
    /** The same sentence and speech in the card's other languages (nl-BE, fr-BE, en). */
    translations: f.zod.partialRecord(f.language, f.zod.object({ text: f.shortText(160), speech: f.shortText(400) })).optional(),
    /** Absent on older cards: a plain step. */
    kind: f.zod.enum(STEP_KINDS).optional(),
    /** Timer steps: the countdown. It never times out; it only shows the time. */
    seconds: f.zod.number().int().min(1).max(3600).optional(),
    /** Count steps: how many to count. */
    target: f.zod.number().int().min(1).max(1000).optional(),
    /** Key steps are the ones a member at level U still sees. */
    key: f.zod.boolean().optional(),
    /** A voice clip recorded by the coach, in the card's first language; it plays instead of synthesised speech. */
    clip: f.blobRef.nullable().optional(),
  });
}

/** Format 2 → 1: an older app shows the first language, which is what title, text and speech already hold. */
function withoutTranslations({ language: _language, translations: _translations, ...rest }: RecordData): RecordData {
  const steps = rest['steps'];
  if (!Array.isArray(steps)) return rest;
  return { ...rest, steps: steps.map((s: unknown) => (typeof s === 'object' && s !== null ? withoutStepTranslations(s as RecordData) : s)) };
}

function withoutStepTranslations({ translations: _translations, ...step }: RecordData): RecordData {
  return step;
}

/** A task card: the steps of one job at one station, versioned on every save. */
export const cardKind = defineRecordKind({
  kind: 'card',
  ...TEAM_SET_UP,
  table: 'cards',
  indexes: ['stationId'],
  naturalKey: null,
  // 40 steps, each with its text and speech in three languages and two blob references: about
  // 80 kB of plain letters, under 256 kB even when every letter takes three bytes.
  maxBytes: 256 * 1024,
  references: { stationId: ['station'] },
  migrations: [
    {
      // A French-speaking member reads Dutch cards: a card names its first language, which its
      // title and each step's text and speech are in, and may carry the others as translations.
      // Format 1's title, text and speech become the first language (Dutch, all cards were).
      // A patch names only what it changes, so it gets no language of its own.
      version: 2,
      up: (data, { partial }) => (partial || data['language'] !== undefined ? data : { ...data, language: CARD_FIRST_LANGUAGE_BEFORE_V2 }),
      down: (data) => withoutTranslations(data),
    },
  ],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      stationId: f.id,
      /**
       * The card's first language: the one the title and every step's text and speech are in.
       * Format 2 stores it on every card (the up step fills it in); code that builds a card in
       * memory may leave it out, which means Dutch, as for every card before format 2.
       */
      language: f.language.optional(),
      title: f.shortText(80),
      /** The title in the card's other languages. */
      translations: f.zod.partialRecord(f.language, f.zod.object({ title: f.shortText(80) })).optional(),
      picto: f.picto,
      ppe: f.zod.array(f.picto).max(8),
      steps: f.zod.array(cardStepSchema(f)).min(1).max(40),
      version: f.zod.number().int().positive(),
      /**
       * The products this card makes, as customers name them in orders and call-offs (an article
       * number or a name): an order for one of them becomes tasks on this card's station.
       * Optional, so no format step: an older app drops it.
       */
      products: f.zod.array(f.shortText(60)).max(20).optional(),
      /** Good pieces one member makes in an hour, when the coach knows it: sizes an order's tasks and projects its finish. */
      piecesPerHour: f.zod.number().positive().max(100_000).optional(),
    }),
});
