import { useTranslation } from 'react-i18next';
import { dateTimeFormat, numberFormat } from '#ui/intlFormat.ts';

export interface TeamFormat {
  /** 0.9 → "90%", in the screen's language. */
  readonly percent: (fraction: number) => string;
  /** A share as a chart value: 0.9 → 90, one decimal at most. */
  readonly chartPercent: (fraction: number | null) => number | null;
  readonly decimal: (value: number) => string;
  /** "di 24 nov". */
  readonly day: (day: string) => string;
  /** A wait in words: "45 s", "4 min", "1 u 5 min". */
  readonly wait: (ms: number) => string;
}

/** How the team view writes its numbers, dates and waits. */
export function useTeamFormat(): TeamFormat {
  const { t, i18n } = useTranslation('team');
  const lang = i18n.language;
  const percentFormat = numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const decimalFormat = numberFormat(lang, { maximumFractionDigits: 1 });
  const dayFormat = dateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short' });
  return {
    percent: (fraction) => percentFormat.format(fraction),
    chartPercent: (fraction) => (fraction === null ? null : Math.round(fraction * 1000) / 10),
    decimal: (value) => decimalFormat.format(value),
    // Noon, so no time zone or clock change moves it to another day.
    day: (day) => dayFormat.format(new Date(`${day}T12:00:00`)),
    wait: (ms) => {
      const seconds = Math.round(ms / 1000);
      if (seconds < 60) return t('wait.seconds', { count: seconds });
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return t('wait.minutes', { count: minutes });
      return t('wait.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
    },
  };
}
