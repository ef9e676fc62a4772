import { useEffect } from 'react';
import { Pictogram } from '#ui/Pictogram.tsx';

interface Props {
  readonly length: number;
  readonly maxLength: number;
  readonly disabled: boolean;
  readonly typedLabel: string;
  readonly eraseLabel: string;
  readonly okLabel: string;
  readonly onDigit: (digit: string) => void;
  readonly onErase: () => void;
  readonly onSubmit: () => void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * Big digit buttons for the coach code. The digits typed show only as dots;
 * a screen reader hears how many. A hardware keyboard works too: digits,
 * Backspace and Enter.
 */
export function NumberPad({ length, maxLength, disabled, typedLabel, eraseLabel, okLabel, onDigit, onErase, onSubmit }: Props) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
      // A focused button already handles Enter itself.
      if (event.target instanceof HTMLButtonElement && event.key === 'Enter') return;
      if (/^\d$/.test(event.key)) onDigit(event.key);
      else if (event.key === 'Backspace') onErase();
      else if (event.key === 'Enter') onSubmit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [disabled, onDigit, onErase, onSubmit]);

  return (
    <div className="number-pad">
      <div className="number-pad-dots" aria-hidden="true">
        {Array.from({ length: maxLength }, (_, i) => (
          <span key={i} className={i < length ? 'pin-dot pin-dot-filled' : 'pin-dot'} />
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {typedLabel}
      </p>
      <div className="number-pad-grid">
        {KEYS.map((digit) => (
          <button key={digit} type="button" className="digit-button" disabled={disabled || length >= maxLength} onClick={() => onDigit(digit)}>
            {digit}
          </button>
        ))}
        <button type="button" className="digit-button" aria-label={eraseLabel} disabled={disabled || length === 0} onClick={onErase}>
          <Pictogram name="back" size={44} />
        </button>
        <button type="button" className="digit-button" disabled={disabled || length >= maxLength} onClick={() => onDigit('0')}>
          0
        </button>
        <button type="button" className="digit-button digit-ok" disabled={disabled} onClick={onSubmit}>
          {okLabel}
        </button>
      </div>
    </div>
  );
}
