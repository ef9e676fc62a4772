import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { selectApplyUpdate, useAppStore } from '#kiosk/state/store.ts';

/**
 * Shown when a new version waits. The app never reloads on its own: a member
 * may be mid-task. And it never reloads with changes still waiting: it sends
 * them first, and if that fails it says so and stays on this version.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { db, syncNow } = useServices();
  const applyUpdate = useAppStore(selectApplyUpdate);
  const dismiss = useAppStore((s) => s.setUpdateAvailable);
  const [blocked, setBlocked] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!applyUpdate) return null;

  const update = async () => {
    setBusy(true);
    await syncNow();
    const waiting = await db.outbox.count();
    setBusy(false);
    if (waiting > 0) {
      setBlocked(true);
      return;
    }
    applyUpdate();
  };

  return (
    <aside className="update-prompt" role="alertdialog" aria-labelledby="update-text" aria-describedby={blocked ? 'update-blocked' : undefined}>
      <Pictogram name="refresh" size={48} />
      <div>
        <p id="update-text">{t('pwa.updateAvailable')}</p>
        {blocked && (
          <p id="update-blocked" role="alert" className="error-message">
            {t('pwa.waitingFirst')}
          </p>
        )}
      </div>
      <button type="button" className="primary-button" disabled={busy} onClick={() => void update()}>
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
