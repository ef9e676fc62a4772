import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import type { OverviewResponse } from '#shared/snapshots/api.ts';
import type { ChainSyncResponse } from '#shared/snapshots/api.ts';
import { Moment } from '#coordinator/format/Moment.tsx';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';

type ChainSyncStatus = NonNullable<OverviewResponse['chainSync']>;

/** Where this server sends its export-grade snapshots, how that went last, and sending now. */
export function ChainSyncPanel({ status, onSent }: { readonly status: ChainSyncStatus; readonly onSent: () => void }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const { api } = useCoordinator();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChainSyncResponse | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = () => {
    setBusy(true);
    setError(null);
    setResult(null);
    api.chainSync().then(
      (r) => {
        setBusy(false);
        setResult(r);
        onSent();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };

  return (
    <section aria-labelledby="chain-sync-title" className="view-section chain-sync">
      <h2 id="chain-sync-title">{t('chainSync.title')}</h2>
      <dl className="chain-sync-status">
        <dt>{t('chainSync.url')}</dt>
        <dd>{status.url}</dd>
        <dt>{t('chainSync.lastSent')}</dt>
        <dd>{status.lastSentAt ? <Moment iso={status.lastSentAt} /> : t('chainSync.never')}</dd>
        <dt>{t('chainSync.waiting')}</dt>
        <dd>{status.waiting}</dd>
        {status.nextTryAt ? (
          <>
            <dt>{t('chainSync.nextTry')}</dt>
            <dd>
              <Moment iso={status.nextTryAt} />
            </dd>
          </>
        ) : null}
        {status.lastError ? (
          <>
            <dt>{t('chainSync.lastError')}</dt>
            <dd className="chain-sync-error">
              <span aria-hidden="true">■ </span>
              {status.lastError}
            </dd>
          </>
        ) : null}
      </dl>
      <button type="button" className="coordinator-primary" disabled={busy} onClick={send}>
        {t('chainSync.sendNow')}
      </button>
      <ErrorAlert message={error === null ? null : errorText(error)} />
      <div role="status">{result ? <p>{t('chainSync.sent', { sent: result.sent, waiting: result.waiting })}</p> : null}</div>
    </section>
  );
}
