import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingReason } from '#shared/snapshots/api.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** Why a figure is missing, in words: "too few respondents" (the privacy gate) or "no data". */
export function useMissingText(): (reason: MissingReason | null) => string {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return useCallback((reason: MissingReason | null) => (reason === 'too-few-respondents' ? t('missing.tooFewRespondents') : t('missing.noData')), [t]);
}
