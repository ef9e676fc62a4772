import { useTranslation } from 'react-i18next';
import type { HelpDay, HelpSummary } from '#domain/teamView/quality.ts';
import { Chart } from './Chart.tsx';
import { TableWrap } from './TableWrap.tsx';
import { useTeamFormat } from './useTeamFormat.ts';

interface Props {
  readonly summary: HelpSummary;
  readonly range: string;
}

/** Help calls per day and how soon a coach said "seen": bars of calls and open ones, and the table with the waits. */
export function HelpCalls({ summary, range }: Props) {
  const { t } = useTranslation('team');
  const f = useTeamFormat();
  const caption = t('help.caption', { range });
  const wait = (ms: number | null) => (ms === null ? t('help.noneSeen') : f.wait(ms));
  const { total } = summary;
  const row = (d: Omit<HelpDay, 'day'>) => (
    <>
      <td>{d.calls}</td>
      <td>{d.open}</td>
      <td>{wait(d.medianMs)}</td>
      <td>{wait(d.longestMs)}</td>
    </>
  );
  return (
    <section className="team-block" aria-labelledby="team-help-title">
      <h4 id="team-help-title">{t('help.title')}</h4>
      {summary.days.length === 0 ? (
        <p className="team-empty">{t('help.empty')}</p>
      ) : (
        <>
          <Chart
            spec={{
              type: 'bar',
              labels: summary.days.map((d) => f.day(d.day)),
              series: [
                { label: t('help.calls'), data: summary.days.map((d) => d.calls) },
                { label: t('help.open'), data: summary.days.map((d) => d.open) },
              ],
            }}
            summary={t('help.summary', { count: total.calls, open: total.open, median: wait(total.medianMs) })}
          />
          <TableWrap label={caption}>
            <table className="team-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('help.day')}</th>
                  <th scope="col">{t('help.calls')}</th>
                  <th scope="col">{t('help.open')}</th>
                  <th scope="col">{t('help.median')}</th>
                  <th scope="col">{t('help.longest')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.days.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{f.day(d.day)}</th>
                    {row(d)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('help.whole')}</th>
                  {row(total)}
                </tr>
              </tfoot>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
