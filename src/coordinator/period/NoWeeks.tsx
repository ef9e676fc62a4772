import { useTranslation } from 'react-i18next';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** Before the first weekly snapshot exists. */
export function NoWeeks() {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return (
    <div className="view">
      <h1>{t('sideBySide.title')}</h1>
      <p>{t('period.none')}</p>
    </div>
  );
}
