import { useTranslation } from 'react-i18next';
import type { TrendResponse } from '#shared/snapshots/api.ts';
import type { SnapshotField } from '#shared/snapshots/fields.ts';
import { FigureValue } from '#coordinator/format/FigureValue.tsx';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { usePeriodLabel } from '#coordinator/period/usePeriodLabel.ts';

/** The trend's numbers week by week, oldest first; a missing week says why. */
export function TrendTable({ trend, field, caption }: { readonly trend: TrendResponse; readonly field: SnapshotField; readonly caption: string }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const periodLabel = usePeriodLabel();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.weekColumn')}</th>
            <th scope="col">{t(`fields.${field}.name`)}</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((point) => (
            <tr key={point.period}>
              <th scope="row">{periodLabel(point.period)}</th>
              <td>
                <FigureValue field={field} figure={point.fields[field]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
