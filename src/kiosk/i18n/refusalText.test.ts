/**
 * A kiosk's refused rota change is said in the screen's language, chosen by
 * the push result's code: each rule a member can meet has its own sentence
 * in every language, and a code this app does not know gets the general one.
 */
import { describe, expect, it } from 'vitest';
import { CHANGE_REFUSALS, type ChangeRefusalCode } from '#shared/errorCodes.ts';
import { createI18n } from './i18n.ts';
import { changeRefusalText, refusalText } from './refusalText.ts';

const EXPECTED: Record<'nl-BE' | 'fr-BE' | 'en', Partial<Record<ChangeRefusalCode, string>>> = {
  'nl-BE': {
    rota_not_yourself: 'Je kunt alleen jezelf op de planning zetten, niet iemand anders.',
    rota_week_not_draft: 'Het team is het eens over de planning van deze week. Alleen de coach kan ze nu nog wijzigen.',
  },
  'fr-BE': {
    rota_not_yourself: 'Tu peux seulement te placer toi-même sur le planning, pas quelqu’un d’autre.',
    rota_week_not_draft: 'L’équipe a approuvé le planning de cette semaine. Seul le coach peut encore le modifier.',
  },
  en: {
    rota_not_yourself: 'You can only put yourself on the rota, not someone else.',
    rota_week_not_draft: "The team agreed on this week's plan. Only the coach can change it now.",
  },
};

describe('the sentence for a refused rota change', () => {
  for (const language of ['nl-BE', 'fr-BE', 'en'] as const) {
    it(`has its own sentence for every code in ${language}`, async () => {
      const i18n = createI18n(language);
      await i18n.changeLanguage(language);
      const unknown = i18n.t('refusals.unknown');
      const sentences = Object.keys(CHANGE_REFUSALS).map((code) => changeRefusalText(i18n.t, code));
      for (const sentence of sentences) {
        expect(sentence).not.toBe(unknown);
        expect(sentence).not.toMatch(/^refusals\./);
      }
      // One rule, one sentence: the member hears which rule the change met.
      expect(new Set(sentences).size).toBe(sentences.length);
      for (const [code, sentence] of Object.entries(EXPECTED[language])) {
        expect(changeRefusalText(i18n.t, code)).toBe(sentence);
        expect(refusalText(i18n.t, code, 'refused')).toBe(sentence);
      }
      expect(changeRefusalText(i18n.t, 'rota_from_a_newer_server')).toBe(unknown);
      expect(changeRefusalText(i18n.t, undefined)).toBe(unknown);
    });
  }

  it('differs between the languages', async () => {
    const sentenceIn = async (language: 'nl-BE' | 'fr-BE' | 'en') => {
      const i18n = createI18n(language);
      await i18n.changeLanguage(language);
      return changeRefusalText(i18n.t, 'rota_kiosk_no_override');
    };
    const sentences = await Promise.all((['nl-BE', 'fr-BE', 'en'] as const).map(sentenceIn));
    expect(new Set(sentences).size).toBe(3);
  });
});
