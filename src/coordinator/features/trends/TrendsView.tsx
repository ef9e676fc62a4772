import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { SCOPES, TREND_LENGTHS, type OverviewResponse, type Scope, type TrendResponse } from '#shared/snapshots/api.ts';
import { FIELD_META, SNAPSHOT_FIELDS, type SnapshotField } from '#shared/snapshots/fields.ts';
import { useFigureFormat } from '#coordinator/format/useFigureFormat.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { usePeriodLabel } from '#coordinator/period/usePeriodLabel.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';
import { useRemote } from '#coordinator/useRemote.ts';
import { firstOption, scopeOptions } from './scopeOptions.ts';
import { TrendChart } from './TrendChart.tsx';
import type { TrendChartSpec } from './trendChartSetup.ts';
import { TrendTable } from './TrendTable.tsx';

type TrendLength = (typeof TREND_LENGTHS)[number];

/** One team, site, organisation or chain, one field, over 8 to 52 weeks: a line with its bands, and the same numbers as a table. */
export function TrendsView({ overview }: { readonly overview: OverviewResponse }) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const ids = { scope: useId(), target: useId(), field: useId() };
  const [scope, setScope] = useState<Scope>('team');
  const [picked, setPicked] = useState<string | null>(null);
  const [field, setField] = useState<SnapshotField>('wbMean');
  const [weeks, setWeeks] = useState<TrendLength>(13);
  const groups = scopeOptions(overview, scope);
  const target = picked ?? firstOption(overview, scope);

  return (
    <div className="view trends">
      <h1>{t('trends.title')}</h1>
      <form
        className="trend-controls"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="control">
          <label htmlFor={ids.scope}>{t('trends.scopeLabel')}</label>
          <select
            id={ids.scope}
            value={scope}
            onChange={(event) => {
              setScope(event.target.value as Scope);
              setPicked(null);
            }}
          >
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {/* t('scopes.team') t('scopes.site') t('scopes.organisation') t('scopes.chain') */}
                {t(`scopes.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor={ids.target}>{t('trends.targetLabel')}</label>
          <select
            id={ids.target}
            value={target ?? ''}
            disabled={target === null}
            onChange={(event) => {
              setPicked(event.target.value);
            }}
          >
            {groups.map((g) =>
              g.label === null ? (
                g.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))
              ) : (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
        </div>
        <div className="control">
          <label htmlFor={ids.field}>{t('trends.fieldLabel')}</label>
          <select
            id={ids.field}
            value={field}
            onChange={(event) => {
              setField(event.target.value as SnapshotField);
            }}
          >
            {SNAPSHOT_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`fields.${f}.name`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="control trend-lengths">
          <legend>{t('trends.lengthLabel')}</legend>
          {TREND_LENGTHS.map((n) => (
            <label key={n}>
              <input
                type="radio"
                name="trend-length"
                value={n}
                checked={weeks === n}
                onChange={() => {
                  setWeeks(n);
                }}
              />
              {t('trends.weeks', { weeks: n })}
            </label>
          ))}
        </fieldset>
      </form>
      {target === null ? <p>{t('trends.nothingToPick')}</p> : <TrendResult scope={scope} id={target} field={field} weeks={weeks} />}
    </div>
  );
}

interface ResultProps {
  readonly scope: Scope;
  readonly id: string;
  readonly field: SnapshotField;
  readonly weeks: TrendLength;
}

function TrendResult({ scope, id, field, weeks }: ResultProps) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const { api } = useCoordinator();
  const errorText = useErrorText();
  const format = useFigureFormat();
  const periodLabel = usePeriodLabel();
  const load = useCallback((): Promise<TrendResponse> => api.trend(scope, id, weeks), [api, scope, id, weeks]);
  const { remote, reload } = useRemote(load);

  if (remote.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (remote.status === 'failed')
    return (
      <div>
        <ErrorAlert message={errorText(remote.error)} />
        <button type="button" className="coordinator-secondary" onClick={reload}>
          {t('app.retry')}
        </button>
      </div>
    );
  const trend = remote.data;
  const meta = FIELD_META[field];
  const fieldName = t(`fields.${field}.name`);
  const spec: TrendChartSpec = {
    labels: trend.points.map((p) => periodLabel(p.period)),
    label: fieldName,
    values: trend.points.map((p) => p.fields[field].value),
    thresholds: meta.bands
      ? [
          { band: 'green', value: meta.bands.green, label: t('trends.greenLine', { value: format(field, meta.bands.green) }) },
          { band: 'red', value: meta.bands.red, label: t('trends.redLine', { value: format(field, meta.bands.red) }) },
        ]
      : [],
    max100: meta.unit === 'percent' || meta.unit === 'score',
  };
  const caption = t('trends.caption', { field: fieldName, name: trend.name, weeks: trend.points.length });
  return (
    <div className="trend-result">
      <TrendChart spec={spec} summary={t('trends.chartSummary', { field: fieldName, name: trend.name, weeks: trend.points.length })} />
      <TrendTable trend={trend} field={field} caption={caption} />
    </div>
  );
}
