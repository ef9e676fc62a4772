/**
 * Keys are checked by the compiler (i18next.d.ts): each `@ts-expect-error`
 * below is a key that must not compile, and `tsc -p tsconfig.test.json`
 * fails if one ever does. At run time i18next answers an unknown key with
 * the key itself, which is what a person would see.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.ts';

describe('translation keys', () => {
  it('compile only when the Dutch file of their namespace has them', () => {
    const i18n = createI18n();
    expect(i18n.t('common.next')).toBe('Volgende');
    expect(i18n.t('enter', { ns: 'coachShell' })).toBe('Coach');

    // @ts-expect-error: no such key in translation.json
    expect(i18n.t('common.nextt')).toBe('common.nextt');
    // @ts-expect-error: a coach-shell key, asked for in the default namespace
    expect(i18n.t('enter')).toBe('enter');
    // @ts-expect-error: the key exists, in another namespace
    expect(i18n.t('common.next', { ns: 'coachShell' })).toBe('common.next');
    // @ts-expect-error: a namespace without files
    expect(i18n.t('hello', { ns: 'extra' })).toBe('hello');
  });

  it('take a key built from a union only when every member of the union is a key', () => {
    const i18n = createI18n();
    const moments = ['start', 'end'] as const;
    expect(moments.map((m) => i18n.t(`moments.${m}`, { ns: 'coachShell' }))).toEqual(['begin van de dag', 'einde van de dag']);
    const wrong = ['start', 'noon'] as const;
    // @ts-expect-error: 'moments.noon' is not a key
    expect(wrong.map((m) => i18n.t(`moments.${m}`, { ns: 'coachShell' }))[1]).toBe('moments.noon');
  });
});
