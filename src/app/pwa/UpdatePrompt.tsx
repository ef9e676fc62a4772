import { useTranslation } from 'react-i18next';
import { Pictogram } from '../components/Pictogram.tsx';
import { selectApplyUpdate, useAppStore } from '../state/store.ts';

/** Shown when a new version waits. The app never reloads on its own: a member may be mid-task. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const applyUpdate = useAppStore(selectApplyUpdate);
  const dismiss = useAppStore((s) => s.setUpdateAvailable);
  if (!applyUpdate) return null;
  return (
    <aside className="update-prompt" role="alertdialog" aria-labelledby="update-text">
      <Pictogram name="refresh" size={48} />
      <p id="update-text">{t('pwa.updateAvailable')}</p>
      <button type="button" className="primary-button" onClick={applyUpdate}>
        {t('pwa.update')}
      </button>
      <button
        type="button"
        className="secondary-button"
        onClick={() => {
          dismiss(null);
        }}
      >
        {t('pwa.later')}
      </button>
    </aside>
  );
}
