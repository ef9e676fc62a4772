import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import type { SnapshotsResponse } from '#shared/snapshots/api.ts';
import type { SnapshotField } from '#shared/snapshots/fields.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import { periodOf, type PeriodChoice } from '#coordinator/period/periodChoice.ts';
import { PeriodPicker } from '#coordinator/period/PeriodPicker.tsx';
import { usePeriodLabel } from '#coordinator/period/usePeriodLabel.ts';
import { useCoordinator } from '#coordinator/session/coordinatorContext.ts';
import { useErrorText } from '#coordinator/useErrorText.ts';
import { useRemote } from '#coordinator/useRemote.ts';
import { FieldHelp } from './FieldHelp.tsx';
import { SnapshotTable } from './SnapshotTable.tsx';

interface Props {
  readonly weeks: readonly string[];
  readonly choice: PeriodChoice;
  readonly onChoice: (choice: PeriodChoice) => void;
}

/** Every team of one week (or 4-week block) side by side, with each field's meaning a click away. */
export function SideBySideView({ weeks, choice, onChoice }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const { api } = useCoordinator();
  const errorText = useErrorText();
  const periodLabel = usePeriodLabel();
  const period = periodOf(choice);
  const load = useCallback((): Promise<SnapshotsResponse> => api.snapshots(period), [api, period]);
  const { remote, reload } = useRemote(load);
  const [helpField, setHelpField] = useState<SnapshotField | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

  const closeHelp = () => {
    setHelpField(null);
    opener.current?.focus();
  };

  return (
    <div className="view side-by-side">
      <h1>{t('sideBySide.title')}</h1>
      <PeriodPicker weeks={weeks} choice={choice} onChange={onChoice} />
      <p className="coordinator-note-inline">{t('help.proxy')}</p>
      <div className={helpField ? 'side-by-side-body with-help' : 'side-by-side-body'}>
        {remote.status === 'loading' ? (
          <p role="status">{t('app.loading')}</p>
        ) : remote.status === 'failed' ? (
          <div>
            <ErrorAlert message={errorText(remote.error)} />
            <button type="button" className="coordinator-secondary" onClick={reload}>
              {t('app.retry')}
            </button>
          </div>
        ) : remote.data.teams.length === 0 && remote.data.organisations.length === 0 && remote.data.chains.length === 0 ? (
          <p>{t('sideBySide.empty')}</p>
        ) : (
          <SnapshotTable
            snapshots={remote.data}
            caption={t('sideBySide.caption', { period: periodLabel(period) })}
            helpField={helpField}
            onFieldHelp={(field, button) => {
              opener.current = button;
              setHelpField(field);
            }}
          />
        )}
        {helpField ? <FieldHelp field={helpField} onClose={closeHelp} /> : null}
      </div>
    </div>
  );
}
