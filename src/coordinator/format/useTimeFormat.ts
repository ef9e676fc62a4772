import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** A moment as "5 minutes ago" (from the injected clock) and as a date and time, in the page's language. */
export function useTimeFormat(): { relative: (iso: string) => string; absolute: (iso: string) => string } {
  const { t, i18n } = useTranslation(COORDINATOR_NAMESPACE);
  const { now } = useCoordinator();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const rtf = useMemo(() => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }), [language]);
  const dtf = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }), [language]);
  const relative = useCallback(
    (iso: string) => {
      const diff = Date.parse(iso) - now();
      for (const [unit, ms] of STEPS) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
      // Intl words a zero difference as "this minute" or even "within a minute": a sighting is in the past.
      return t('moment.justNow');
    },
    [now, rtf, t],
  );
  const absolute = useCallback((iso: string) => dtf.format(new Date(iso)), [dtf]);
  return { relative, absolute };
}
