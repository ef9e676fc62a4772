/** i18next set up once for the app; the member's language is switched at sign-in. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/records.ts';
import { en } from './en.ts';
import { frBE } from './frBE.ts';
import { nlBE } from './nlBE.ts';

export const DEFAULT_LANGUAGE: Language = 'nl-BE';

// A record, so it fails to compile when records.ts gains a language this file does not know.
// Checked without zod's `language` schema, which would pull zod into the first screen's chunk.
const KNOWN_LANGUAGES: Readonly<Record<Language, true>> = { 'nl-BE': true, 'fr-BE': true, en: true };

export function isLanguage(value: string): value is Language {
  return Object.hasOwn(KNOWN_LANGUAGES, value);
}

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
