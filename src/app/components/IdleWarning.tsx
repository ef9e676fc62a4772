import { useTranslation } from 'react-i18next';
import { Pictogram } from './Pictogram.tsx';

/** Shown just before the idle sign-out; any tap (this big button is the obvious one) keeps the member signed in. */
export function IdleWarning() {
  const { t } = useTranslation();
  return (
    <div className="dialog-backdrop">
      <div className="idle-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-warning-title">
        <h2 id="idle-warning-title">
          <Pictogram name="hourglass" size={64} />
          {t('idle.question')}
        </h2>
        <button type="button" className="primary-button">
          <Pictogram name="help" size={48} />
          <span>{t('idle.stay')}</span>
        </button>
      </div>
    </div>
  );
}
