/** i18next set up once for the app; the member's language is switched at sign-in. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/records.ts';
import { en } from './en.ts';
import { frBE } from './frBE.ts';
import { nlBE } from './nlBE.ts';

export const DEFAULT_LANGUAGE: Language = 'nl-BE';

export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl-BE',
    resources: { 'nl-BE': { translation: nlBE }, 'fr-BE': { translation: frBE }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
