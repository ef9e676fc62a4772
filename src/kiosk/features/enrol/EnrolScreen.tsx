import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolDevice } from '#sync/enrolDevice.ts';
import { TransportError } from '#sync/Transport.ts';
import { refusalTextOf } from '#kiosk/i18n/refusalText.ts';
import { DeviceFooter } from '#kiosk/components/DeviceFooter.tsx';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';

/**
 * First screen of a new tablet: the coach types the one-time code the
 * coordinator printed. Asks the browser to keep our storage, so IndexedDB
 * is not evicted under pressure while changes wait.
 */
export function EnrolScreen() {
  const { t } = useTranslation();
  const { db, transport, now, requestSync, appVersion } = useServices();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await enrolDevice(db, transport, { code, appVersion, deviceName: navigator.userAgent.slice(0, 80), now: now() });
      await requestPersistentStorage();
      requestSync('start');
    } catch (e) {
      // The server's sentence is English; the screen says it in its own language, by the refusal's code.
      setError(e instanceof TransportError ? (e.failure === 'offline' ? t('enrol.offline') : refusalTextOf(t, e)) : t('errors.generic'));
      setBusy(false);
    }
  }

  return (
    <main className="enrol-screen">
      <Pictogram name="link" size={120} />
      <h1>{t('enrol.title')}</h1>
      <p>{t('enrol.explain')}</p>
      <form onSubmit={(e) => void submit(e)} className="enrol-form">
        <label htmlFor="enrol-code">{t('enrol.codeLabel')}</label>
        <input
          id="enrol-code"
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={32}
          aria-describedby={error ? 'enrol-error' : undefined}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          <Pictogram name="link" size={48} />
          <span>{busy ? t('enrol.busy') : t('enrol.submit')}</span>
        </button>
        <ErrorAlert message={error} id="enrol-error" />
      </form>
      <DeviceFooter />
    </main>
  );
}

/** Asks the browser not to evict our data under storage pressure; older browsers lack the API. */
async function requestPersistentStorage(): Promise<void> {
  const storage = navigator.storage as StorageManager | undefined;
  await storage?.persist().catch(() => false);
}
