/**
 * A card in the member's language. A card is written in its first language
 * and may carry translations; a member gets their own language where the
 * card has it, else the first language, marked `fallback` so the screen can
 * show (and a coach can see) that this member reads another language than
 * their own.
 */
import { CARD_FIRST_LANGUAGE_BEFORE_V2 } from '#shared/records/kinds/card.ts';
import type { Card, CardStep, Language } from '#shared/records.ts';

/** A text as the member gets it, with the language it is in (for the voice) and whether it is a fallback. */
export interface LocalText {
  readonly text: string;
  readonly language: Language;
  readonly fallback: boolean;
}

/** A step with its sentence and speech in the member's language (or the card's first one). */
export type PlannedStep = CardStep & { readonly language: Language; readonly fallback: boolean };

export function cardFirstLanguage(card: Pick<Card, 'language'>): Language {
  return card.language ?? CARD_FIRST_LANGUAGE_BEFORE_V2;
}

/** The card's title for a reader of `wanted`. */
export function cardTitle(card: Pick<Card, 'language' | 'title' | 'translations'>, wanted: Language): LocalText {
  const first = cardFirstLanguage(card);
  const translated = wanted === first ? undefined : card.translations?.[wanted];
  if (translated) return { text: translated.title, language: wanted, fallback: false };
  return { text: card.title, language: first, fallback: wanted !== first };
}

/**
 * The step for a reader of `wanted`. The coach's voice clip is spoken in the
 * first language, so a translated step drops it and is synthesised in the
 * member's language instead.
 */
export function stepInLanguage(card: Pick<Card, 'language'>, step: CardStep, wanted: Language): PlannedStep {
  const first = cardFirstLanguage(card);
  const translated = wanted === first ? undefined : step.translations?.[wanted];
  if (translated) {
    const { clip: _clip, ...rest } = step;
    return { ...rest, text: translated.text, speech: translated.speech, language: wanted, fallback: false };
  }
  return { ...step, language: first, fallback: wanted !== first };
}

/**
 * What the one-screen summary says: every step in one voice. Where the steps
 * came in different languages (some translated, some not), the whole card is
 * said in its first language rather than switching voice mid-sentence.
 */
export function spokenSummary(card: Pick<Card, 'language' | 'steps'>, steps: readonly PlannedStep[]): { readonly text: string; readonly language: Language } {
  const [first] = steps;
  if (first && steps.every((s) => s.language === first.language)) return { text: steps.map((s) => s.speech).join(' '), language: first.language };
  return { text: card.steps.map((s) => s.speech).join(' '), language: cardFirstLanguage(card) };
}
