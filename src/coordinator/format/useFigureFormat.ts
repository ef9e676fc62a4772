import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_META, type FieldUnit, type SnapshotField } from '#shared/snapshots/fields.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** Writes a number as its unit reads in the page's language: `87 %`, `72/100`, `12 min`, `2 u 5 min`, `1,5`. */
export function useUnitFormat(): (unit: FieldUnit, value: number) => string {
  const { t, i18n } = useTranslation(COORDINATOR_NAMESPACE);
  const language = i18n.resolvedLanguage ?? i18n.language;
  const whole = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }), [language]);
  const oneDecimal = useMemo(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }), [language]);
  return useCallback(
    (unit: FieldUnit, value: number) => {
      switch (unit) {
        case 'percent':
          return t('units.percent', { value: whole.format(value) });
        case 'score':
          return t('units.score', { value: whole.format(value) });
        case 'count':
          return whole.format(value);
        case 'number':
          return oneDecimal.format(value);
        case 'seconds': {
          if (value < 60) return t('units.seconds', { value: whole.format(value) });
          const minutes = Math.round(value / 60);
          if (minutes < 60) return t('units.minutes', { value: whole.format(minutes) });
          return t('units.hoursMinutes', { hours: whole.format(Math.floor(minutes / 60)), minutes: whole.format(minutes % 60) });
        }
      }
    },
    [t, whole, oneDecimal],
  );
}

/** A field's value in its unit. */
export function useFigureFormat(): (field: SnapshotField, value: number) => string {
  const unitFormat = useUnitFormat();
  return useCallback((field: SnapshotField, value: number) => unitFormat(FIELD_META[field].unit, value), [unitFormat]);
}
