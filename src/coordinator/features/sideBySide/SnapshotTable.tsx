import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedSnapshot, SnapshotsResponse } from '#shared/snapshots/api.ts';
import { SNAPSHOT_FIELDS, type SnapshotField } from '#shared/snapshots/fields.ts';
import { FigureValue } from '#coordinator/format/FigureValue.tsx';
import { NotApplicable } from '#coordinator/format/NotApplicable.tsx';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { snapshotColumns } from './snapshotColumns.ts';
import { StationsDetails } from './StationsDetails.tsx';

interface Props {
  readonly snapshots: SnapshotsResponse;
  readonly caption: string;
  readonly onFieldHelp: (field: SnapshotField, opener: HTMLButtonElement) => void;
  /** The field whose help is open, so its button says it is expanded. */
  readonly helpField: SnapshotField | null;
}

/** One column per team (under its organisation and site), the organisation and chain totals beside them, one row per field. */
export function SnapshotTable({ snapshots, caption, onFieldHelp, helpField }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const columns = snapshotColumns(snapshots);
  const stationsRow = (column: PublishedSnapshot) => (column.scope === 'team' ? <StationsDetails snapshot={column} /> : <NotApplicable />);

  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="snapshot-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={3} className="snapshot-corner">
              {t('sideBySide.fieldColumn')}
            </th>
            {columns.organisations.map((o) => (
              <th key={o.id} scope="colgroup" colSpan={o.sites.reduce((n, s) => n + s.teams.length, 0) + (o.total ? 1 : 0)}>
                {o.name}
              </th>
            ))}
            {columns.chains.length > 0 ? (
              <th scope="colgroup" colSpan={columns.chains.length}>
                {t('sideBySide.chainGroup')}
              </th>
            ) : null}
          </tr>
          <tr>
            {columns.organisations.map((o) => (
              <Fragment key={o.id}>
                {o.sites.map((s) => (
                  <th key={s.id} scope="colgroup" colSpan={s.teams.length}>
                    {s.name}
                  </th>
                ))}
                {o.total ? (
                  <th scope="col" rowSpan={2} className="snapshot-total">
                    {t('sideBySide.organisationTotal', { name: o.name })}
                  </th>
                ) : null}
              </Fragment>
            ))}
            {columns.chains.map((c) => (
              <th key={c.id} scope="col" rowSpan={2} className="snapshot-total">
                {c.name}
              </th>
            ))}
          </tr>
          <tr>
            {columns.organisations.flatMap((o) =>
              o.sites.flatMap((s) =>
                s.teams.map((team) => (
                  <th key={team.id} scope="col">
                    {team.name}
                  </th>
                )),
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {SNAPSHOT_FIELDS.map((field) => (
            <Fragment key={field}>
              <tr>
                <th scope="row">
                  <button
                    type="button"
                    className="field-button"
                    aria-haspopup="dialog"
                    aria-expanded={helpField === field}
                    onClick={(event) => {
                      onFieldHelp(field, event.currentTarget);
                    }}
                  >
                    {/* The names of all 21 fields are listed for the extractor in FieldHelp.tsx. */}
                    {t(`fields.${field}.name`)}
                  </button>
                </th>
                {columns.all.map((column) => (
                  <td key={column.id}>
                    <FigureValue field={field} figure={column.fields[field]} />
                  </td>
                ))}
              </tr>
              {field === 'fpy' ? (
                <tr className="stations-row">
                  <th scope="row">{t('sideBySide.stationsRow')}</th>
                  {columns.all.map((column) => (
                    <td key={column.id}>{stationsRow(column)}</td>
                  ))}
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
