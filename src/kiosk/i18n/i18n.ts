/**
 * i18next set up once for the app; the member's language is switched at sign-in.
 *
 * Only Dutch, the photo grid's language and the fallback, is in the first
 * chunk. French and English load by dynamic import when a member who uses
 * them signs in (the service worker has them precached, so this works
 * offline): i18next keeps showing the previous language until the bundle
 * is there, then switches, so a screen never shows half-loaded strings.
 */
import i18next, { type BackendModule, type i18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/records.ts';
import { nlBE } from './nlBE.ts';

export const DEFAULT_LANGUAGE = 'nl-BE' satisfies Language;

/** The app's own strings; other namespaces (coach mode) add their bundles themselves. */
const APP_NAMESPACE = 'translation';

// A record, so it fails to compile when records.ts gains a language this file does not know.
const LATER_LANGUAGES: Readonly<Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<ResourceKey>>> = {
  'fr-BE': () => import('./frBE.ts').then((m) => m.frBE),
  en: () => import('./en.ts').then((m) => m.en),
};

/** Whether `value` is one of Schakel's languages (a plain check: zod's `language` schema would pull zod into the first chunk). */
export function isLanguage(value: string): value is Language {
  return value === DEFAULT_LANGUAGE || Object.hasOwn(LATER_LANGUAGES, value);
}

const laterLanguages: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    const load = namespace === APP_NAMESPACE && isLanguage(language) && language !== DEFAULT_LANGUAGE ? LATER_LANGUAGES[language] : undefined;
    // Nothing to load (another namespace, or a code like 'fr' that only exists as 'fr-BE'): mark it
    // loaded without adding an empty bundle, so a namespace's own bundle can still be added later.
    if (!load) {
      callback(null, null);
      return;
    }
    load().then(
      (resources) => {
        callback(null, resources);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : String(error), null);
      },
    );
  },
};

export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(laterLanguages)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { [DEFAULT_LANGUAGE]: { [APP_NAMESPACE]: nlBE } },
      // Dutch is bundled; every other language comes from the backend above.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  return instance;
}
