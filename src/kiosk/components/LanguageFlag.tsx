import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/** The short code a coach recognises at a glance, beside the language picture. */
const CODES: Readonly<Record<Language, string>> = { 'nl-BE': 'NL', 'fr-BE': 'FR', en: 'EN' };

/**
 * Marks a text shown in another language than the member's own, because the
 * card lacks theirs: a small language picture with the language's code, so
 * the member knows the words are in another language and a coach passing by
 * sees which card needs a translation. Named for screen readers ("In het
 * Nederlands").
 */
export function LanguageFlag({ language }: { readonly language: Language }) {
  const { t } = useTranslation();
  // For i18next-cli (see i18next.config.ts): t('cardLanguage.nl-BE') t('cardLanguage.fr-BE') t('cardLanguage.en')
  const name = t(`cardLanguage.${language}`);
  return (
    <span className="language-flag" role="img" aria-label={name} title={name}>
      <Pictogram name="language" size={32} />
      <span aria-hidden="true">{CODES[language]}</span>
    </span>
  );
}
