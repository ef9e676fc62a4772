import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import type { AdminDevice } from '#shared/protocol.ts';
import type { OverviewResponse } from '#shared/snapshots/api.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';
import { useRemote } from '#coordinator/useRemote.ts';
import { DeviceTable } from './DeviceTable.tsx';
import { EnrolmentCodeForm } from './EnrolmentCodeForm.tsx';

/** The tablets: which team and role, when last seen, what they still had to send, and switching one off; and a code to enrol a new one. */
export function DevicesView({ overview }: { readonly overview: OverviewResponse }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const { api } = useCoordinator();
  const errorText = useErrorText();
  const load = useCallback((): Promise<AdminDevice[]> => api.devices(), [api]);
  const { remote, reload } = useRemote(load);
  return (
    <div className="view devices">
      <h1>{t('devices.title')}</h1>
      <div className="view-section">
        <h2>{t('devices.listTitle')}</h2>
        {remote.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : remote.status === 'failed' ? (
          <div>
            <ErrorAlert message={errorText(remote.error)} />
            <button type="button" className="coordinator-secondary" onClick={reload}>
              {t('app.retry')}
            </button>
          </div>
        ) : remote.data.length === 0 ? (
          <p>{t('devices.none')}</p>
        ) : (
          <DeviceTable devices={remote.data} onRevoked={reload} />
        )}
      </div>
      <EnrolmentCodeForm overview={overview} />
    </div>
  );
}
