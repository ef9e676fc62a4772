import { useTranslation } from 'react-i18next';
import { MIN_EXPORT_RESPONDENTS } from '#shared/snapshots/fields.ts';
import type { OverviewResponse } from '#shared/snapshots/api.ts';
import { EXPORT_SCHEMA_URL, exportUrl } from '#coordinator/api/coordinatorApi.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { periodOf, type PeriodChoice } from '#coordinator/period/periodChoice.ts';
import { PeriodPicker } from '#coordinator/period/PeriodPicker.tsx';
import { usePeriodLabel } from '#coordinator/period/usePeriodLabel.ts';
import { ChainSyncPanel } from './ChainSyncPanel.tsx';

interface Props {
  readonly overview: OverviewResponse;
  readonly choice: PeriodChoice | null;
  readonly onChoice: (choice: PeriodChoice) => void;
  readonly onChainSent: () => void;
}

/** The chosen period as CSV or JSON (export-grade figures only), the JSON's schema, and sending to the chain analysis. */
export function ExportView({ overview, choice, onChoice, onChainSent }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const periodLabel = usePeriodLabel();
  const period = choice ? periodOf(choice) : null;
  return (
    <div className="view export">
      <h1>{t('export.title')}</h1>
      <section aria-labelledby="export-files-title" className="view-section">
        <h2 id="export-files-title">{t('export.filesTitle')}</h2>
        {choice && period ? (
          <>
            <PeriodPicker weeks={overview.weeks} choice={choice} onChange={onChoice} />
            <p>{t('export.threshold', { min: MIN_EXPORT_RESPONDENTS })}</p>
            <ul className="export-links">
              <li>
                <a className="coordinator-link-button" href={exportUrl(period, 'csv')} download>
                  {t('export.csv', { period: periodLabel(period) })}
                </a>
              </li>
              <li>
                <a className="coordinator-link-button" href={exportUrl(period, 'json')} download>
                  {t('export.json', { period: periodLabel(period) })}
                </a>{' '}
                <a href={EXPORT_SCHEMA_URL}>{t('export.schema')}</a>
              </li>
            </ul>
          </>
        ) : (
          <p>{t('period.none')}</p>
        )}
      </section>
      {overview.chainSync ? <ChainSyncPanel status={overview.chainSync} onSent={onChainSent} /> : null}
    </div>
  );
}
