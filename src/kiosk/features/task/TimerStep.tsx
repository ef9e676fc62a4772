import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useAppStore } from '#kiosk/state/store.ts';

interface Props {
  readonly seconds: number;
}

const clock = (s: number) => `${String(Math.floor(s / 60))}:${String(s % 60).padStart(2, '0')}`;

/**
 * A visible countdown the member starts and pauses. It only shows the time:
 * reaching zero never moves on or locks anything. While it runs, the idle
 * sign-out waits: a member watching glue dry is not gone.
 */
export function TimerStep({ seconds }: Props) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(seconds);
  const [running, setRunning] = useState(false);
  const over = left === 0;
  const ticking = running && !over;
  const setTimerRunning = useAppStore((s) => s.setTimerRunning);
  useEffect(() => {
    setTimerRunning(ticking);
    return () => {
      setTimerRunning(false);
    };
  }, [ticking, setTimerRunning]);
  useEffect(() => {
    if (!ticking) return undefined;
    const id = setInterval(() => {
      setLeft((l) => Math.max(0, l - 1));
    }, 1000);
    return () => {
      clearInterval(id);
    };
  }, [ticking]);
  const fraction = left / seconds;
  return (
    <section className="timer-step" aria-label={t('player.timerTitle')}>
      <svg className="timer-ring" viewBox="0 0 100 100" aria-hidden="true">
        <circle cx="50" cy="50" r="44" className="timer-ring-track" />
        <circle cx="50" cy="50" r="44" className="timer-ring-left" pathLength={100} strokeDasharray={`${String(fraction * 100)} 100`} transform="rotate(-90 50 50)" />
      </svg>
      <p className="timer-time" role="timer" aria-live="off">
        {over ? <Pictogram name="done" size={48} label={t('player.timerDone')} /> : clock(left)}
      </p>
      {over ? (
        <button
          type="button"
          className="timer-button"
          onClick={() => {
            setLeft(seconds);
            setRunning(true);
          }}
        >
          <Pictogram name="refresh" size={56} />
          <span>{t('player.timerAgain')}</span>
        </button>
      ) : (
        <button type="button" className="timer-button" onClick={() => setRunning(!ticking)}>
          <Pictogram name={ticking ? 'pause' : 'play'} size={56} />
          <span>{ticking ? t('player.timerPause') : t('player.timerStart')}</span>
        </button>
      )}
    </section>
  );
}
