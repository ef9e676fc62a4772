import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cardTitle } from '#domain/cardLanguage.ts';
import type { Card } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { DayProgress } from '#kiosk/features/today/DayProgress.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { playChime } from '#kiosk/media/chime.ts';

interface Props {
  readonly card: Card;
  /** The day's tasks done, this one included, and all of them. */
  readonly done: number;
  readonly total: number;
  /** Just finished now (not come back to after a reload): the chime plays and the bar fills. */
  readonly fresh: boolean;
  readonly onContinue: () => void;
}

/** Long enough to see the tick and hear the chime; the member can go on sooner. */
export const REWARD_MS = 4000;

/**
 * The moment after a task is saved: a big tick, a short soft chime, and the
 * day's progress filling up by one; the last task of the day says the day
 * is done. Plain and adult: no confetti, no stars, no praise for a child.
 * It goes back to Today by itself after a moment, or at once with a tap.
 */
export function TaskDoneReward({ card, done, total, fresh, onContinue }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const dayDone = total > 0 && done >= total;
  const title = dayDone ? t('reward.dayDone') : t('reward.taskDone');
  const speech = dayDone ? t('reward.dayDoneSpeech') : t('reward.taskDoneSpeech', { title: cardTitle(card, lang).text });
  const chimed = useRef(false);
  useEffect(() => {
    if (!fresh || chimed.current) return;
    chimed.current = true;
    playChime(dayDone ? 'day' : 'task');
  }, [fresh, dayDone]);
  const goOn = useRef(onContinue);
  useEffect(() => {
    goOn.current = onContinue;
  });
  useEffect(() => {
    const id = setTimeout(() => {
      goOn.current();
    }, REWARD_MS);
    return () => {
      clearTimeout(id);
    };
  }, []);
  return (
    <main className={`task-done-reward${dayDone ? ' task-done-day' : ''}${fresh ? ' task-done-fresh' : ''}`}>
      <svg className="reward-tick" viewBox="0 0 120 120" role="img" aria-label={title}>
        <circle cx="60" cy="60" r="54" className="reward-tick-disc" />
        <path d="M34 62l18 18l35-40" className="reward-tick-mark" pathLength={1} />
      </svg>
      <div className="screen-title reward-title">
        <h1>
          <Pictogram name={card.picto} size={48} />
          {title}
        </h1>
        <SpeakButton text={speech} language={lang} />
      </div>
      {total > 0 && <DayProgress done={done} total={total} filling={fresh} />}
      <button type="button" className="primary-button reward-continue" onClick={onContinue}>
        <Pictogram name="home" size={48} />
        <span>{t('common.home')}</span>
      </button>
    </main>
  );
}
