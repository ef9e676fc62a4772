import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKindOf, weeksOfBlock } from '#shared/snapshots/periods.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** `2026-W49` as "week 49, 2026"; `2026-B13` as "weeks 49–52, 2026". */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return useCallback(
    (period: string) => {
      const year = period.slice(0, 4);
      const kind = periodKindOf(period);
      if (kind === 'week') return t('period.week', { week: Number(period.slice(6)), year });
      if (kind === 'block') {
        const weeks = weeksOfBlock(period).map((w) => Number(w.slice(6)));
        return t('period.block', { first: weeks[0], last: weeks[weeks.length - 1], year });
      }
      return period;
    },
    [t],
  );
}
