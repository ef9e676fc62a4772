import { useEffect } from 'react';
import type { i18n } from 'i18next';

/**
 * Keeps <html lang> and the tab's title in the language on screen, so a
 * screen reader pronounces the page right and the tab reads in it too.
 */
export function useDocumentLanguage(instance: i18n, title: string): void {
  useEffect(() => {
    document.documentElement.lang = instance.resolvedLanguage ?? instance.language;
    document.title = title;
  }, [instance, instance.resolvedLanguage, instance.language, title]);
}
