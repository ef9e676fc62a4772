import { useTranslation } from 'react-i18next';
import type { PlanDay } from '#domain/teamView/quality.ts';
import { Chart } from './Chart.tsx';
import { TableWrap } from './TableWrap.tsx';
import { useTeamFormat } from './useTeamFormat.ts';

interface Props {
  readonly days: readonly PlanDay[];
  readonly range: string;
}

/** Good pieces made against the pieces planned, per day of the plan: paired bars, and the table. */
export function PiecesAgainstPlan({ days, range }: Props) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  const caption = t('plan.caption', { range });
  const planned = days.reduce((n, d) => n + d.planned, 0);
  const made = days.reduce((n, d) => n + d.made, 0);
  const share = (d: { planned: number; made: number }) => (d.planned === 0 ? '' : f.percent(d.made / d.planned));
  return (
    <section className="team-block" aria-labelledby="team-plan-title">
      <h4 id="team-plan-title">{t('plan.title')}</h4>
      {days.length === 0 ? (
        <p className="team-empty">{t('plan.empty')}</p>
      ) : (
        <>
          <Chart
            spec={{
              type: 'bar',
              labels: days.map((d) => f.day(d.day)),
              series: [
                { label: t('plan.planned'), data: days.map((d) => d.planned) },
                { label: t('plan.made'), data: days.map((d) => d.made) },
              ],
            }}
            summary={t('plan.summary', { made, planned, share: share({ planned, made }) })}
          />
          <TableWrap label={caption}>
            <table className="team-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.day')}</th>
                  <th scope="col">{t('plan.planned')}</th>
                  <th scope="col">{t('plan.made')}</th>
                  <th scope="col">{t('plan.ofPlan')}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{f.day(d.day)}</th>
                    <td>{d.planned}</td>
                    <td>{d.made}</td>
                    <td>{share(d)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('plan.whole')}</th>
                  <td>{planned}</td>
                  <td>{made}</td>
                  <td>{share({ planned, made })}</td>
                </tr>
              </tfoot>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
