import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import type { AdminDevice } from '#shared/protocol.ts';
import { Moment } from '#coordinator/format/Moment.tsx';
import { NotApplicable } from '#coordinator/format/NotApplicable.tsx';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';

interface Props {
  readonly device: AdminDevice;
  readonly confirming: boolean;
  readonly onConfirming: (on: boolean) => void;
  readonly onRevoked: () => void;
}

/** A tablet, and switching it off: asked twice, since its token stops working at once and for good. */
export function DeviceRow({ device, confirming, onConfirming, onRevoked }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const { api } = useCoordinator();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const label = device.name ?? t('devices.unnamed', { team: device.teamName });

  const revoke = () => {
    setBusy(true);
    setError(null);
    api.revokeDevice(device.id).then(
      () => {
        setBusy(false);
        onConfirming(false);
        onRevoked();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };

  return (
    <tr className={device.revokedAt ? 'device-revoked' : undefined}>
      <th scope="row">{device.teamName}</th>
      {/* t('roles.kiosk') t('roles.coach') */}
      <td>{t(`roles.${device.role}`)}</td>
      <td>{device.name ?? <NotApplicable words={t('devices.noName')} />}</td>
      <td>{device.appVersion ?? <NotApplicable words={t('devices.noVersion')} />}</td>
      <td>{device.lastSeenAt ? <Moment iso={device.lastSeenAt} /> : t('devices.neverSeen')}</td>
      <td>{device.changesWaiting === null ? <NotApplicable words={t('devices.changesUnknown')} /> : device.changesWaiting}</td>
      <td>
        {device.revokedAt ? (
          <span className="device-state-revoked">
            <span aria-hidden="true">■ </span>
            {t('devices.revokedAt')} <Moment iso={device.revokedAt} />
          </span>
        ) : (
          <span className="device-state-active">
            <span aria-hidden="true">● </span>
            {t('devices.active')}
          </span>
        )}
      </td>
      <td>
        {device.revokedAt ? null : confirming ? (
          <div className="revoke-confirm" role="group" aria-label={t('devices.confirmLabel', { device: label })}>
            <p>{t('devices.confirmText')}</p>
            <button type="button" className="coordinator-danger" disabled={busy} onClick={revoke}>
              {t('devices.confirmRevoke')}
            </button>
            <button
              type="button"
              className="coordinator-secondary"
              onClick={() => {
                onConfirming(false);
              }}
            >
              {t('devices.cancel')}
            </button>
            <ErrorAlert message={error === null ? null : errorText(error)} />
          </div>
        ) : (
          <button
            type="button"
            className="coordinator-secondary"
            aria-label={t('devices.revokeLabel', { device: label })}
            onClick={() => {
              onConfirming(true);
            }}
          >
            {t('devices.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}
