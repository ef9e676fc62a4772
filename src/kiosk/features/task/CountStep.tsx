import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

interface Props {
  readonly stepId: string;
  readonly target: number;
  readonly counted: number;
  /** Shown once the member tried to go on short: the stop sign, why, and the coach call. */
  readonly stop?: ReactNode;
}

/**
 * Count to N with one big tap per piece; dots fill up so the count can be
 * seen, not read. "Next" waits for N, or for the coach's "seen" on a call
 * from this step: a short count is a stop, not a shortcut.
 */
export function CountStep({ stepId, target, counted, stop }: Props) {
  const { t } = useTranslation();
  const tap = useAppStore((s) => s.tap);
  const set = (n: number) => {
    tap((p) => ({ ...p, counted: { ...p.counted, [stepId]: n } }));
  };
  const done = counted >= target;
  return (
    <section className="count-step" aria-label={t('player.countTitle')}>
      <button type="button" className="count-step-less" disabled={counted === 0} onClick={() => set(counted - 1)} aria-label={t('player.countLess')}>
        <Pictogram name="minus" size={48} />
      </button>
      <button type="button" className="count-step-more" onClick={() => set(counted + 1)} aria-label={t('player.countMore')}>
        <Pictogram name="plus" size={72} />
      </button>
      <div className="count-step-progress">
        <output aria-live="polite" className="count-step-number">
          {t('player.countProgress', { n: counted, target })}
        </output>
        {target <= 20 && (
          <ol className="count-dots" aria-hidden="true">
            {Array.from({ length: target }, (_, i) => (
              <li key={i} className={i < counted ? 'count-dot-filled' : 'count-dot'} />
            ))}
          </ol>
        )}
        {done && (
          <p className="count-step-done">
            <Pictogram name="done" size={40} />
            {t('player.countDone')}
          </p>
        )}
      </div>
      {!done && stop && (
        <div className="step-stop">{stop}</div>
      )}
    </section>
  );
}
