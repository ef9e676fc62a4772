import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useDialogFocus } from '#ui/useDialogFocus.ts';

interface Props {
  /** What is being typed, e.g. "Goede stukken"; names the dialog. */
  readonly label: string;
  readonly initial: number;
  readonly max: number;
  readonly onDone: (value: number) => void;
  readonly onCancel: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/** Big keys for a count too large to reach with +/−. Starts empty so the first key replaces the old value. */
export function CountPad({ label, initial, max, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog);
  const value = typed === '' ? initial : Number(typed);
  const press = (digit: string) => {
    const next = (typed + digit).replace(/^0+(?=\d)/, '');
    if (Number(next) <= max) setTyped(next);
  };
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="count-pad"
        role="dialog"
        aria-modal="true"
        aria-label={t('counts.typeNumber', { what: label })}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (/^\d$/.test(e.key)) press(e.key);
          else if (e.key === 'Backspace') setTyped(typed.slice(0, -1));
          else if (e.key === 'Escape') onCancel();
        }}
      >
        <p className="count-pad-label">{label}</p>
        <output className="count-pad-value" aria-live="polite">
          {value}
        </output>
        <div className="count-pad-keys">
          {DIGITS.map((d) => (
            <button key={d} type="button" className="pad-key" onClick={() => press(d)}>
              {d}
            </button>
          ))}
          <button type="button" className="pad-key" aria-label={t('counts.padErase')} onClick={() => setTyped(typed.slice(0, -1))}>
            <Pictogram name="back" size={40} />
          </button>
        </div>
        <div className="dialog-actions">
          <button type="button" className="secondary-button" onClick={onCancel}>
            <Pictogram name="no" size={40} />
            <span>{t('counts.padCancel')}</span>
          </button>
          <button type="button" className="primary-button" onClick={() => onDone(value)}>
            <Pictogram name="done" size={40} />
            <span>{t('counts.padOk')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
