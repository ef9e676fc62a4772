import { useCallback } from 'react';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { clockTime, dateTimeFormat } from '#ui/intlFormat.ts';

/** A due time in words for the coach: "wo 9 dec. 16:00". */
export function useDueText(): (due: string) => string {
  const language = useLanguage();
  return useCallback(
    (due: string) => {
      const instant = new Date(due);
      return `${dateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short' }).format(instant)} ${clockTime(instant)}`;
    },
    [language],
  );
}
