import { useTranslation } from 'react-i18next';
import { localDay } from '#shared/time.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useSyncInfo } from '#kiosk/hooks/useSyncInfo.ts';
import { selectOnline, selectSyncStatus, useAppStore } from '#kiosk/state/store.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { clockTime, dateTimeFormat } from '#ui/intlFormat.ts';

const LONG_WAIT_MS = 60 * 60_000;

type Connection = 'online' | 'offline' | 'updateNeeded' | 'enrolAgain' | 'serverProblem';
// Shown as t(`sync.${connection}`), so for i18next-cli (see i18next.config.ts):
// t('sync.online') t('sync.offline') t('sync.updateNeeded') t('sync.enrolAgain') t('sync.serverProblem')

/**
 * On every screen: whether the server is reachable, how many changes wait,
 * and when the last sync succeeded. Colour is never the only signal: each
 * state has its own picture and words.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const { now, requestSync } = useServices();
  const online = useAppStore(selectOnline);
  const status = useAppStore(selectSyncStatus);
  const info = useSyncInfo();
  const connection = connectionOf(online, status.lastOutcome);
  const waiting = info?.waiting ?? 0;
  const waitingLong = info?.oldestWaitingAt != null && now().getTime() - Date.parse(info.oldestWaitingAt) > LONG_WAIT_MS;
  const last = info?.lastSyncAt ? new Date(info.lastSyncAt) : null;
  const lastText = last === null
    ? t('sync.never')
    : localDay(last) === localDay(now())
      ? t('sync.lastSync', { time: clockTime(last) })
      : t('sync.lastSyncDay', { date: dateTimeFormat(i18n.language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(last) });

  return (
    <div className={`sync-indicator sync-${connection}${waitingLong ? ' sync-waiting-long' : ''}`}>
      <div role="status" aria-label={t('sync.status')} className="sync-text">
        <span className="sync-connection">
          <Pictogram name={PICTURE[connection]} size={32} />
          <span>{status.running ? t('sync.syncing') : t(`sync.${connection}`)}</span>
        </span>
        <span className="sync-waiting">
          {waitingLong && <Pictogram name="warning" size={24} />}
          {waiting > 0 ? t('sync.waiting', { count: waiting }) : t('sync.allSent')}
        </span>
        <span className="sync-last">{lastText}</span>
      </div>
      <button
        type="button"
        className="sync-now"
        aria-label={t('sync.syncNow')}
        onClick={() => {
          requestSync('manual');
        }}
      >
        <Pictogram name="refresh" size={36} />
      </button>
    </div>
  );
}

const PICTURE = {
  online: 'signal',
  offline: 'no',
  updateNeeded: 'refresh',
  enrolAgain: 'link',
  serverProblem: 'warning',
} as const satisfies Record<Connection, string>;

function connectionOf(online: boolean, outcome: string | null): Connection {
  if (outcome === 'upgradeRequired') return 'updateNeeded';
  if (outcome === 'unauthorised') return 'enrolAgain';
  if (!online || outcome === 'offline') return 'offline';
  if (outcome === 'server' || outcome === 'error' || outcome === 'refused') return 'serverProblem';
  return 'online';
}
