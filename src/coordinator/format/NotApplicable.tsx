import { useTranslation } from 'react-i18next';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** A dash for the eye, and the words for a screen reader. */
export function NotApplicable({ words }: { readonly words?: string }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{words ?? t('app.notApplicable')}</span>
    </>
  );
}
