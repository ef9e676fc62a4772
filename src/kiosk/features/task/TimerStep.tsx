import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useNow } from '#kiosk/hooks/useNow.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { TimerDisc } from './TimerDisc.tsx';
import { useTimeLeftWords } from './useTimeLeftWords.ts';

interface Props {
  readonly seconds: number;
}

/** How often the disc and digits are redrawn while the time runs. */
const REDRAW_MS = 250;

const clock = (s: number) => `${String(Math.floor(s / 60))}:${String(s % 60).padStart(2, '0')}`;

/** A running timer: when it (re)started by the clock, and how much time it had then. */
interface Run {
  readonly startedAt: number;
  readonly leftAtStart: number;
}

/**
 * A visible countdown the member starts and pauses: a red disc that shrinks
 * (the familiar time timer), the digits, and a tap on the disc says how long
 * is left. Time is read from the tablet's clock, not counted in ticks, so a
 * busy tablet never makes the time longer. Reaching zero never moves on or
 * locks anything. While it runs, the idle sign-out waits: a member watching
 * glue dry is not gone.
 */
export function TimerStep({ seconds }: Props) {
  const { t } = useTranslation();
  const { now } = useServices();
  const sayer = useSay(useLanguage());
  const leftWords = useTimeLeftWords();
  const total = seconds * 1000;
  const [run, setRun] = useState<Run | null>(null);
  const [pausedLeft, setPausedLeft] = useState(total);
  const at = useNow(run === null ? null : REDRAW_MS).getTime();
  const leftMs = run === null ? pausedLeft : Math.max(0, run.leftAtStart - (at - run.startedAt));
  const over = leftMs === 0;
  const ticking = run !== null && !over;
  const leftSeconds = Math.ceil(leftMs / 1000);
  const setTimerRunning = useAppStore((s) => s.setTimerRunning);
  useEffect(() => {
    setTimerRunning(ticking);
    return () => {
      setTimerRunning(false);
    };
  }, [ticking, setTimerRunning]);
  const start = (from: number) => {
    setRun({ startedAt: now().getTime(), leftAtStart: from });
  };
  const pause = () => {
    setPausedLeft(leftMs);
    setRun(null);
  };
  const spoken = over ? t('player.timerDone') : leftWords(leftSeconds);
  return (
    <section className="timer-step" aria-label={t('player.timerTitle')}>
      <button
        type="button"
        className="timer-disc-button"
        aria-label={t('timer.howLong')}
        onClick={() => {
          sayer.say(spoken);
        }}
      >
        <TimerDisc share={total === 0 ? 0 : leftMs / total} />
      </button>
      <p className="timer-time" role="timer" aria-live="off">
        {over ? <Pictogram name="done" size={48} label={t('player.timerDone')} /> : clock(leftSeconds)}
      </p>
      {over ? (
        <button
          type="button"
          className="timer-button"
          onClick={() => {
            start(total);
          }}
        >
          <Pictogram name="refresh" size={56} />
          <span>{t('player.timerAgain')}</span>
        </button>
      ) : (
        <button
          type="button"
          className="timer-button"
          onClick={() => {
            if (ticking) pause();
            else start(leftMs);
          }}
        >
          <Pictogram name={ticking ? 'pause' : 'play'} size={56} />
          <span>{ticking ? t('player.timerPause') : t('player.timerStart')}</span>
        </button>
      )}
    </section>
  );
}
