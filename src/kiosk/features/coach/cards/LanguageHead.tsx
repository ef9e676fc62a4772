import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/** A language's name in the coach's language: t('coach:languages.nl-BE') t('coach:languages.fr-BE') t('coach:languages.en') */
export function useLanguageName(): (language: Language) => string {
  const { t } = useTranslation('coach');
  return useCallback((language: Language) => t(`languages.${language}`), [t]);
}

/** A field's name in another language than the card's first: "Zin (Frans)". */
export function useInLanguage(): (label: string, language: Language) => string {
  const { t } = useTranslation('coach');
  const name = useLanguageName();
  return useCallback((label: string, language: Language) => t('cardLanguages.inLanguage', { label, language: name(language) }), [t, name]);
}

/** The head of one language's column in the editor; the first language is marked, since members without their own language get it. */
export function LanguageHead({ language, first }: { readonly language: Language; readonly first: boolean }) {
  const { t } = useTranslation('coach');
  const name = useLanguageName();
  return (
    <p className="lang-column-head">
      <Pictogram name="language" size={28} />
      <span>{name(language)}</span>
      {first && (
        <span className="first-language-mark">
          <Pictogram name="star" size={24} />
          {t('cardLanguages.firstMark')}
        </span>
      )}
    </p>
  );
}
