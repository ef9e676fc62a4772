import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';

/**
 * A number chosen with two big buttons instead of typing: easier with gloves, and never out of
 * range. It reports a step, not a value, so the save works from the stored number.
 */
export function Stepper({ label, value, min, max, onStep }: { label: string; value: number; min: number; max: number; onStep: (delta: 1 | -1) => void }) {
  const { t } = useTranslation('coach');
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="matrix-stepper">
      <span id={labelId} className="field-label">
        {label}
      </span>
      <button type="button" className="tool-button" aria-label={t('matrix.less', { what: label })} disabled={value <= min} onClick={() => onStep(-1)}>
        <Pictogram name="minus" size={36} />
      </button>
      <output className="matrix-stepper-value" aria-live="polite">
        {value}
      </output>
      <button type="button" className="tool-button" aria-label={t('matrix.more', { what: label })} disabled={value >= max} onClick={() => onStep(1)}>
        <Pictogram name="plus" size={36} />
      </button>
    </div>
  );
}
