/**
 * i18next set up once for the app; the member's language is switched at sign-in.
 *
 * Strings are JSON, one file per language and namespace:
 * ./locales/<language>/<namespace>.json. Namespaces: 'translation' (the
 * member screens), 'coachShell' (the few coach words outside coach mode: the
 * header's Coach button and the talk flags on the photo grid) and 'coach'
 * (coach mode itself) and 'rota' (the week board, Suggest, availability and
 * "Wat kan ik?", for members and coaches alike); 'orders' (the coach's
 * orders), 'orderImport' (reading a customer's call-off), 'team' (the coach's
 * view of quality and well-being) and 'board' (the day board).
 *
 * Only Dutch 'translation' and 'coachShell' are in the first chunk: Dutch is
 * the photo grid's language and the fallback. Every other file is its own
 * small chunk, which i18next-resources-to-backend loads through the list in
 * laterStrings.ts (the service worker has them all precached, so this works
 * offline):
 * - another language loads when a member who uses it signs in: i18next keeps
 *   showing the previous language until every namespace in use is there in
 *   the new one, then switches, so a screen never shows half-loaded strings;
 * - 'coach' loads when coach mode first asks for it, in the language on
 *   screen (coach mode waits for it behind its loading screen).
 */
import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/records.ts';
// The checked keys, for every program that compiles this file (the test project includes no .d.ts of its own).
import type {} from './i18next.d.ts';
import coachShell from './locales/nl-BE/coachShell.json';
import translation from './locales/nl-BE/translation.json';

export const DEFAULT_LANGUAGE = 'nl-BE' satisfies Language;

// A record, so it fails to compile when records.ts gains a language this file does not know.
const LANGUAGES: Readonly<Record<Language, true>> = { 'nl-BE': true, 'fr-BE': true, en: true };

/** What the first screen shows: loaded with every language switch, before the switch. */
const FIRST_SCREEN_NAMESPACES = ['translation', 'coachShell'] as const;

/** Whether `value` is one of Schakel's languages (a plain check: zod's `language` schema would pull zod into the first chunk). */
export function isLanguage(value: string): value is Language {
  return Object.hasOwn(LANGUAGES, value);
}

// A namespace or language without files loads as nothing: marked loaded without an empty bundle,
// so a namespace's own bundle can still be added later.
const laterStrings = resourcesToBackend((language: string, namespace: string) =>
  import('./laterStrings.ts').then(({ loadStrings }) => loadStrings(language, namespace)),
);

export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(laterStrings)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      // 'fr-BE' means fr-BE then Dutch; there are no files for a bare 'fr' to look for.
      load: 'currentOnly',
      ns: FIRST_SCREEN_NAMESPACES,
      defaultNS: 'translation',
      resources: { [DEFAULT_LANGUAGE]: { translation, coachShell } },
      // Dutch first-screen strings are bundled; everything else comes from the backend above.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
