import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { blockOf } from '#shared/snapshots/periods.ts';
import { COORDINATOR_NAMESPACE } from '#coordinator/i18n/coordinatorI18n.ts';
import type { PeriodChoice } from './periodChoice.ts';
import { usePeriodLabel } from './usePeriodLabel.ts';

interface Props {
  /** Weeks with snapshots, newest first. */
  readonly weeks: readonly string[];
  readonly choice: PeriodChoice;
  readonly onChange: (choice: PeriodChoice) => void;
}

/** A week from the list, and a toggle for the 4-week block it belongs to. */
export function PeriodPicker({ weeks, choice, onChange }: Props) {
  const { t } = useTranslation(COORDINATOR_NAMESPACE);
  const label = usePeriodLabel();
  const id = useId();
  return (
    <div className="period-picker">
      <label htmlFor={id}>{t('period.weekLabel')}</label>
      <select
        id={id}
        value={choice.week}
        onChange={(event) => {
          onChange({ ...choice, week: event.target.value });
        }}
      >
        {weeks.map((w) => (
          <option key={w} value={w}>
            {label(w)}
          </option>
        ))}
      </select>
      <label className="period-block">
        <input
          type="checkbox"
          checked={choice.block}
          onChange={(event) => {
            onChange({ ...choice, block: event.target.checked });
          }}
        />
        <span>{t('period.blockToggle', { block: label(blockOf(choice.week)) })}</span>
      </label>
    </div>
  );
}
