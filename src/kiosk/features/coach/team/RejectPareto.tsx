import { useTranslation } from 'react-i18next';
import type { ParetoRow } from '#domain/teamView/quality.ts';
import type { RejectReason } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { Chart } from './Chart.tsx';
import { TableWrap } from './TableWrap.tsx';
import { useTeamFormat } from './useTeamFormat.ts';

interface Props {
  readonly rows: readonly ParetoRow[];
  readonly reasons: ReadonlyMap<string, RejectReason>;
  readonly range: string;
}

/** Rejected pieces per reason, most first, with the running share: bars and a line, and the table. */
export function RejectPareto({ rows, reasons, range }: Props) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  const caption = t('pareto.caption', { range });
  const label = (row: ParetoRow) => (row.reasonId === null ? t('pareto.noReason') : (reasons.get(row.reasonId)?.label ?? t('pareto.removedReason')));
  const picto = (row: ParetoRow) => (row.reasonId === null ? 'not-sure' : (reasons.get(row.reasonId)?.picto ?? 'no'));
  const total = rows.reduce((n, r) => n + r.pieces, 0);
  const [top] = rows;
  return (
    <section className="team-block" aria-labelledby="team-pareto-title">
      <h4 id="team-pareto-title">{t('pareto.title')}</h4>
      {!top ? (
        <p className="team-empty">{t('pareto.empty')}</p>
      ) : (
        <>
          <Chart
            spec={{
              type: 'bar',
              labels: rows.map(label),
              series: [
                { label: t('pareto.pieces'), data: rows.map((r) => r.pieces) },
                { label: t('pareto.cumulative'), data: rows.map((r) => f.chartPercent(r.cumulative)), type: 'line', axis: 'percent' },
              ],
            }}
            summary={t('pareto.summary', { count: total, top: label(top), share: f.percent(top.share) })}
          />
          <TableWrap label={caption}>
            <table className="team-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pareto.reason')}</th>
                  <th scope="col">{t('pareto.pieces')}</th>
                  <th scope="col">{t('pareto.share')}</th>
                  <th scope="col">{t('pareto.cumulative')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.reasonId ?? ''}>
                    <th scope="row">
                      <span className="team-th-station">
                        <Pictogram name={picto(row)} size={32} />
                        {label(row)}
                      </span>
                    </th>
                    <td>{row.pieces}</td>
                    <td>{f.percent(row.share)}</td>
                    <td>{f.percent(row.cumulative)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('pareto.total')}</th>
                  <td>{total}</td>
                  <td>{f.percent(1)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
