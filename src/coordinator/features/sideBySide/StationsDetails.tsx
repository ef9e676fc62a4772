import { useTranslation } from 'react-i18next';
import type { PublishedSnapshot } from '#shared/snapshots/api.ts';
import { FigureValue } from '#coordinator/format/FigureValue.tsx';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';

/** A team's first-pass yield per station, folded away until asked for. Production only: never well-being (privacy rule 2). */
export function StationsDetails({ snapshot }: { readonly snapshot: PublishedSnapshot }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  if (snapshot.stations.length === 0) return <span>{t('missing.noData')}</span>;
  return (
    <details className="stations-details">
      <summary>{t('sideBySide.stationsSummary', { stations: snapshot.stations.length, team: snapshot.name })}</summary>
      <ul>
        {snapshot.stations.map((s) => (
          <li key={s.stationId}>
            <span>{s.name}</span> <FigureValue field="fpy" figure={s.fpy} />
          </li>
        ))}
      </ul>
    </details>
  );
}
