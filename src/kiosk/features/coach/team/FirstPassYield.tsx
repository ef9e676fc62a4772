import { useTranslation } from 'react-i18next';
import type { YieldCell, YieldTable } from '#domain/teamView/quality.ts';
import type { Station } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { Chart } from './Chart.tsx';
import { TableWrap } from './TableWrap.tsx';
import { useTeamFormat } from './useTeamFormat.ts';

interface Props {
  readonly table: YieldTable;
  readonly stations: ReadonlyMap<string, Station>;
  readonly range: string;
}

/** First-pass yield per station and day: a line per station, and the table with the same numbers. */
export function FirstPassYield({ table, stations, range }: Props) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  const caption = t('fpy.caption', { range });
  const name = (id: string) => stations.get(id)?.name ?? t('fpy.unknownStation');
  const cell = (c: YieldCell) => (c.fpy === null ? t('fpy.noPieces') : f.percent(c.fpy));
  // Only the stations that made something: a line with no point says nothing.
  const worked = table.stations.filter((s) => s.total.fpy !== null);
  return (
    <section className="team-block" aria-labelledby="team-fpy-title">
      <h4 id="team-fpy-title">{t('fpy.title')}</h4>
      {table.stations.length > 0 && (
        <ul className="team-stations" aria-label={t('fpy.stations')}>
          {table.stations.map((s) => (
            <li key={s.stationId} className="team-station">
              <Pictogram name={stations.get(s.stationId)?.picto ?? 'factory'} size={48} />
              <span className="team-station-name">{name(s.stationId)}</span>
              <span className="team-station-figure">{cell(s.total)}</span>
            </li>
          ))}
        </ul>
      )}
      {table.days.length === 0 ? (
        <p className="team-empty">{t('fpy.empty')}</p>
      ) : (
        <>
          <Chart
            spec={{ type: 'line', unit: 'percent', labels: table.days.map(f.day), series: worked.map((s) => ({ label: name(s.stationId), data: s.byDay.map((c) => f.chartPercent(c.fpy)) })) }}
            summary={t('fpy.summary', { stations: worked.map((s) => `${name(s.stationId)} ${cell(s.total)}`).join(', ') })}
          />
          <TableWrap label={caption}>
            <table className="team-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fpy.day')}</th>
                  {table.stations.map((s) => (
                    <th key={s.stationId} scope="col">
                      <span className="team-th-station">
                        <Pictogram name={stations.get(s.stationId)?.picto ?? 'factory'} size={32} />
                        {name(s.stationId)}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.days.map((day, i) => (
                  <tr key={day}>
                    <th scope="row">{f.day(day)}</th>
                    {table.stations.map((s) => {
                      const c = s.byDay[i] ?? { good: 0, rejected: 0, fpy: null };
                      return <YieldTd key={s.stationId} cell={c} />;
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('fpy.whole')}</th>
                  {table.stations.map((s) => (
                    <YieldTd key={s.stationId} cell={s.total} />
                  ))}
                </tr>
              </tfoot>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}

/** "90% (27 of 30 good)", or "no pieces yet": never 0 % for nothing made. */
function YieldTd({ cell }: { cell: YieldCell }) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  if (cell.fpy === null) return <td className="team-none">{t('fpy.noPieces')}</td>;
  return (
    <td>
      {f.percent(cell.fpy)} <span className="team-detail">{t('fpy.pieces', { good: cell.good, pieces: cell.good + cell.rejected })}</span>
    </td>
  );
}
