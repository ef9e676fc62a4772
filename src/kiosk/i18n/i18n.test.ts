import { describe, expect, it } from 'vitest';
import { createI18n, isLanguage } from './i18n.ts';

describe('the app languages', () => {
  it('shows Dutch at once, and switches to French or English once their strings have loaded', async () => {
    const i18n = createI18n();
    expect(i18n.t('common.next')).toBe('Volgende');

    const switching = i18n.changeLanguage('fr-BE');
    // Until the French strings are there, the screen stays wholly Dutch.
    expect(i18n.language).toBe('nl-BE');
    await switching;
    expect(i18n.language).toBe('fr-BE');
    expect(i18n.t('common.next')).toBe('Suivant');

    await i18n.changeLanguage('en');
    expect(i18n.t('common.next')).toBe('Next');
    await i18n.changeLanguage('nl-BE');
    expect(i18n.t('common.next')).toBe('Volgende');
  });

  it('lets another namespace add its own strings in every language, before or after a switch', async () => {
    const i18n = createI18n();
    await i18n.changeLanguage('fr-BE');
    // A namespace without files loads as nothing, and takes a bundle added by hand.
    await i18n.loadNamespaces('extra');
    i18n.addResourceBundle('fr-BE', 'extra', { hello: 'Bonjour' });
    i18n.addResourceBundle('nl-BE', 'extra', { hello: 'Hallo' });
    expect(i18n.getResource(i18n.language, 'extra', 'hello')).toBe('Bonjour');
  });

  it('has the coach words of the photo grid at once in Dutch, and switches them with the language', async () => {
    const i18n = createI18n();
    expect(i18n.t('talk', { ns: 'coachShell', count: 2 })).toBe('2 personen willen praten');
    expect(i18n.t('talk', { ns: 'coachShell', count: 1 })).toBe('1 persoon wil praten');
    await i18n.changeLanguage('fr-BE');
    // Loaded with the switch: the grid never shows French next to Dutch.
    expect(i18n.t('talk', { ns: 'coachShell', count: 2 })).toBe('2 personnes veulent parler');
  });

  it('loads coach mode’s strings only when coach mode asks, in the language on screen, and switches them too', async () => {
    const i18n = createI18n();
    expect(i18n.hasResourceBundle('nl-BE', 'coach')).toBe(false);
    await i18n.loadNamespaces('coach');
    expect(i18n.t('title', { ns: 'coach' })).toBe('Coachmodus');
    // Only the language on screen (and Dutch, the fallback) came along.
    expect(i18n.hasResourceBundle('fr-BE', 'coach')).toBe(false);

    await i18n.changeLanguage('en');
    expect(i18n.t('title', { ns: 'coach' })).toBe('Coach mode');
    expect(i18n.t('common.next')).toBe('Next');
  });

  it('knows its three languages and nothing else', () => {
    expect(['nl-BE', 'fr-BE', 'en', 'fr', 'de', 'toString'].map(isLanguage)).toEqual([true, true, true, false, false, false]);
  });
});
