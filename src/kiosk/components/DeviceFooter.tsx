import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { numberFormat } from '#ui/intlFormat.ts';
import { useStorageEstimate } from '#kiosk/hooks/useStorageEstimate.ts';

function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${numberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit] ?? ''}`;
}

/** For the coach: which version runs, how full the tablet's storage for Schakel is, the credits, and the screen's own device settings (`children`). */
export function DeviceFooter({ onShowCredits, children }: { onShowCredits?: () => void; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { appVersion } = useServices();
  const estimate = useStorageEstimate();
  return (
    <footer className="device-footer">
      {children}
      <span className="app-version">Schakel {appVersion}</span>
      {onShowCredits && (
        <button type="button" className="link-button" onClick={onShowCredits}>
          <Pictogram name="book" size={32} />
          <span>{t('credits.open')}</span>
        </button>
      )}
      {estimate && estimate.quotaBytes > 0 && (
        <span className="storage-use">
          {t('storage.use', { used: formatBytes(estimate.usedBytes, i18n.language), quota: formatBytes(estimate.quotaBytes, i18n.language) })}
          {estimate.persisted ? '' : ` · ${t('storage.notPersisted')}`}
        </span>
      )}
    </footer>
  );
}
