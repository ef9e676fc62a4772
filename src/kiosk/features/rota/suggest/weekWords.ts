import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekInstance } from '#domain/rota/weekInstance.ts';
import { dateTimeFormat } from '#ui/intlFormat.ts';

const noon = (day: string) => new Date(`${day}T12:00:00`);

/** Slots and days of the week in words ("maandag voormiddag"), in the screen's language. */
export function useWeekWords(instance: WeekInstance | null): { dayName: (slot: number) => string; halfDayName: (slot: number) => string; shortDay: (slot: number) => string } {
  const { t, i18n } = useTranslation('rota');
  const dayOf = useCallback((slot: number) => (instance ? noon(instance.halfDayOf(slot).day) : new Date(0)), [instance]);
  const dayName = useCallback((slot: number) => dateTimeFormat(i18n.language, { weekday: 'long' }).format(dayOf(slot)), [dayOf, i18n.language]);
  const shortDay = useCallback((slot: number) => dateTimeFormat(i18n.language, { weekday: 'short' }).format(dayOf(slot)), [dayOf, i18n.language]);
  const halfDayName = useCallback(
    (slot: number) => {
      const shift = instance?.halfDayOf(slot).shift ?? 'am';
      // For i18next-cli (see i18next.config.ts): t('rota:suggest.shift.am') t('rota:suggest.shift.pm')
      return t('suggest.halfDay', { day: dayName(slot), shift: t(`suggest.shift.${shift}`) });
    },
    [dayName, instance, t],
  );
  return { dayName, halfDayName, shortDay };
}
