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
    await i18n.loadNamespaces('extra');
    i18n.addResourceBundle('fr-BE', 'extra', { hello: 'Bonjour' });
    i18n.addResourceBundle('nl-BE', 'extra', { hello: 'Hallo' });
    expect(i18n.t('hello', { ns: 'extra' })).toBe('Bonjour');
  });

  it('knows its three languages and nothing else', () => {
    expect(['nl-BE', 'fr-BE', 'en', 'fr', 'de', 'toString'].map(isLanguage)).toEqual([true, true, true, false, false, false]);
  });
});
