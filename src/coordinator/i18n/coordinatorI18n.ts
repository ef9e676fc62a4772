/**
 * The coordinator's strings: one i18next instance of its own, namespace
 * `coordinator`, JSON per language in ./locales/<language>/coordinator.json.
 * Dutch is bundled (it is the default and the fallback); French and English
 * load by dynamic import when chosen. Self-contained: the kiosk's instance
 * and its bundles are never touched. Keys are checked at compile time by
 * i18next's CustomTypeOptions, which read this namespace's Dutch file.
 */
import i18next, { type i18n, type ResourceKey } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/records.ts';
import nlBE from './locales/nl-BE/coordinator.json';

export const COORDINATOR_NAMESPACE = 'coordinator';
export const DEFAULT_LANGUAGE = 'nl-BE' satisfies Language;

/** In the order the language menu shows them, each named in its own language. */
export const LANGUAGES = [
  { code: 'nl-BE', name: 'Nederlands' },
  { code: 'fr-BE', name: 'Français' },
  { code: 'en', name: 'English' },
] as const satisfies readonly { code: Language; name: string }[];

// Each its own small chunk, fetched when chosen; Dutch is left out, it is in the first one.
const LATER_LANGUAGES = import.meta.glob<ResourceKey>(['./locales/*/coordinator.json', '!./locales/nl-BE/**'], { import: 'default' });

export function isLanguage(value: string): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

export function createCoordinatorI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(resourcesToBackend((lng: string, ns: string) => LATER_LANGUAGES[`./locales/${lng}/${ns}.json`]?.() ?? Promise.resolve(null)))
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      ns: [COORDINATOR_NAMESPACE],
      defaultNS: COORDINATOR_NAMESPACE,
      resources: { [DEFAULT_LANGUAGE]: { [COORDINATOR_NAMESPACE]: nlBE } },
      // Dutch is bundled; the other languages come from the backend above.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
