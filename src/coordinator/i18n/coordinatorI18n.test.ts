import { describe, expect, it } from 'vitest';
import { createCoordinatorI18n, LANGUAGES } from './coordinatorI18n.ts';

const files = import.meta.glob<unknown>('./locales/*/coordinator.json', { eager: true, import: 'default' });

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix === '' ? k : `${prefix}.${k}`));
}

const keysOf = (language: string): string[] => leafKeys(files[`./locales/${language}/coordinator.json`]).sort();

describe("the coordinator's languages", () => {
  it('has a file for exactly the languages in the menu, each with every Dutch key and no other', () => {
    expect(Object.keys(files).sort()).toEqual(LANGUAGES.map((l) => `./locales/${l.code}/coordinator.json`).sort());
    const dutch = keysOf('nl-BE');
    for (const { code } of LANGUAGES) expect(keysOf(code), code).toEqual(dutch);
  });

  it('shows Dutch at once and switches to French or English once their strings have loaded', async () => {
    const i18n = createCoordinatorI18n();
    expect(i18n.t('signIn.submit', { ns: 'coordinator' })).toBe('Aanmelden');
    await i18n.changeLanguage('fr-BE');
    expect(i18n.t('signIn.submit', { ns: 'coordinator' })).toBe('Se connecter');
    await i18n.changeLanguage('en');
    expect(i18n.t('signIn.keyLabel', { ns: 'coordinator' })).toBe('Coordinator key');
  });

  it('falls back to Dutch for a language it does not have', async () => {
    const i18n = createCoordinatorI18n();
    await i18n.changeLanguage('de');
    expect(i18n.t('signIn.submit', { ns: 'coordinator' })).toBe('Aanmelden');
  });
});
