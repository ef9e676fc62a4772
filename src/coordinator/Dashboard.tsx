import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { DevicesView } from './features/devices/DevicesView.tsx';
import { ExportView } from './features/export/ExportView.tsx';
import { SideBySideView } from './features/sideBySide/SideBySideView.tsx';
import { TrendsView } from './features/trends/TrendsView.tsx';
import { COORDINATOR_NAMESPACE } from './i18n/coordinatorI18n.ts';
import { NoWeeks } from './period/NoWeeks.tsx';
import type { PeriodChoice } from './period/periodChoice.ts';
import { useOverview } from './useOverview.ts';
import { useErrorText } from './useErrorText.ts';

export const VIEWS = ['sideBySide', 'trends', 'devices', 'export'] as const;
export type View = (typeof VIEWS)[number];

/** The signed-in page: a menu of the four screens and the one that is open. The overview (weeks, teams, chains) is fetched once for all four. */
export function Dashboard() {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const errorText = useErrorText();
  const [view, setView] = useState<View>('sideBySide');
  const { remote, reload } = useOverview();
  // Shared by the side-by-side table and the export, so both speak of the same period.
  const [picked, setPicked] = useState<PeriodChoice | null>(null);
  const newest = remote.status === 'ready' ? remote.data.weeks[0] : undefined;
  const choice = picked ?? (newest === undefined ? null : { week: newest, block: false });

  return (
    <div className="dashboard">
      <nav className="dashboard-nav" aria-label={t('nav.label')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <button
                type="button"
                aria-current={v === view ? 'page' : undefined}
                onClick={() => {
                  setView(v);
                }}
              >
                {/* t('nav.sideBySide') t('nav.trends') t('nav.devices') t('nav.export') */}
                {t(`nav.${v}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="dashboard-main">
        {remote.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : remote.status === 'failed' ? (
          <div className="dashboard-failed">
            <h1>{t('app.failedTitle')}</h1>
            <ErrorAlert message={errorText(remote.error)} />
            <button type="button" className="coordinator-secondary" onClick={reload}>
              {t('app.retry')}
            </button>
          </div>
        ) : view === 'sideBySide' ? (
          choice ? (
            <SideBySideView weeks={remote.data.weeks} choice={choice} onChoice={setPicked} />
          ) : (
            <NoWeeks />
          )
        ) : view === 'trends' ? (
          <TrendsView overview={remote.data} />
        ) : view === 'devices' ? (
          <DevicesView overview={remote.data} />
        ) : (
          <ExportView overview={remote.data} choice={choice} onChoice={setPicked} onChainSent={reload} />
        )}
      </main>
    </div>
  );
}
