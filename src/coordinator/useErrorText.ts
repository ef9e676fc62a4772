import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/coordinatorApi.ts';
import { COORDINATOR_NAMESPACE } from './i18n/coordinatorI18n.ts';

/** A failed call in words the coordinator can act on, in the page's language (never the server's English). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        if (error.status === 0) return t('errors.network');
        if (error.code === 'unexpected_answer') return t('errors.unexpected');
        if (error.status === 401) return t('errors.sessionEnded');
        if (error.status === 403) return t('errors.forbidden');
        if (error.status === 404) return t('errors.notFound');
      }
      return t('errors.server');
    },
    [t],
  );
}
