import { useTranslation } from 'react-i18next';
import { language, type Language } from '../../shared/records.ts';
import { DEFAULT_LANGUAGE } from '../i18n/i18n.ts';

/** The language the screen is in now, as one of Schakel's languages. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = language.safeParse(i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}
