import { useTranslation } from 'react-i18next';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { refusalText } from '#kiosk/i18n/refusalText.ts';
import { selectSyncStatus, useAppStore } from '#kiosk/state/store.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/**
 * When the coordinator switched this tablet off, say so and offer to enrol
 * it again. Only the enrolment is forgotten: waiting changes and their
 * authors stay, and go out under the new enrolment.
 */
export function ReenrolBanner() {
  const { t } = useTranslation();
  const { db } = useServices();
  const status = useAppStore(selectSyncStatus);
  const setSyncStatus = useAppStore((s) => s.setSyncStatus);
  if (status.lastOutcome !== 'unauthorised') return null;
  return (
    <div className="reenrol-banner" role="alert">
      <Pictogram name="link" size={48} />
      <p>
        <strong>{t('reenrol.title')}</strong> {refusalText(t, status.lastCode, status.lastOutcome)}
      </p>
      <button
        type="button"
        className="primary-button"
        onClick={() => {
          void db.device.delete('self').then(() => {
            setSyncStatus({ running: false, lastOutcome: null, lastMessage: null, failures: 0 });
          });
        }}
      >
        {t('reenrol.action')}
      </button>
    </div>
  );
}
