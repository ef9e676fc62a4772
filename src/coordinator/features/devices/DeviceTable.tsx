import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminDevice } from '#shared/protocol.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { DeviceRow } from './DeviceRow.tsx';

/** One row per tablet, in the server's order (by team, then by when it was enrolled). */
export function DeviceTable({ devices, onRevoked }: { readonly devices: readonly AdminDevice[]; readonly onRevoked: () => void }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  // One confirm step open at a time.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="table-scroll" role="region" aria-label={t('devices.listTitle')} tabIndex={0}>
      <table className="device-table">
        <thead>
          <tr>
            <th scope="col">{t('devices.team')}</th>
            <th scope="col">{t('devices.role')}</th>
            <th scope="col">{t('devices.name')}</th>
            <th scope="col">{t('devices.appVersion')}</th>
            <th scope="col">{t('devices.lastSeen')}</th>
            <th scope="col">{t('devices.changesWaiting')}</th>
            <th scope="col">{t('devices.state')}</th>
            <th scope="col">{t('devices.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <DeviceRow key={device.id} device={device} confirming={confirming === device.id} onConfirming={(on) => setConfirming(on ? device.id : null)} onRevoked={onRevoked} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
