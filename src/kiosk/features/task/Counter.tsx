import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { CountPad } from './CountPad.tsx';

interface Props {
  readonly label: string;
  readonly picto: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly max?: number;
}

/** A count with big minus and plus buttons and a number pad; the number is announced when it changes. */
export function Counter({ label, picto, value, onChange, max = 100_000 }: Props) {
  const { t } = useTranslation();
  const [typing, setTyping] = useState(false);
  return (
    <section className="counter" aria-label={label}>
      <h2 className="counter-label">
        <Pictogram name={picto} size={48} />
        {label}
      </h2>
      <div className="counter-row">
        <button type="button" className="count-button" aria-label={t('counts.less', { what: label })} disabled={value <= 0} onClick={() => onChange(Math.max(0, value - 1))}>
          <Pictogram name="minus" size={56} />
        </button>
        <output className="counter-value" aria-live="polite" aria-label={label}>
          {value}
        </output>
        <button type="button" className="count-button" aria-label={t('counts.more', { what: label })} disabled={value >= max} onClick={() => onChange(Math.min(max, value + 1))}>
          <Pictogram name="plus" size={56} />
        </button>
        <button type="button" className="count-button" aria-label={t('counts.typeNumber', { what: label })} onClick={() => setTyping(true)}>
          <Pictogram name="numbers" size={56} />
        </button>
      </div>
      {typing && (
        <CountPad
          label={label}
          initial={value}
          max={max}
          onCancel={() => setTyping(false)}
          onDone={(n) => {
            setTyping(false);
            onChange(n);
          }}
        />
      )}
    </section>
  );
}
