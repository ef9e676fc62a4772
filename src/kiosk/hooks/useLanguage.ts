import { useTranslation } from 'react-i18next';
import type { Language } from '#shared/records.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '#kiosk/i18n/i18n.ts';

/** The language the screen is in now, as one of Schakel's languages. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
