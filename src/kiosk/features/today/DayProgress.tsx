import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';

interface Props {
  readonly done: number;
  readonly total: number;
  /** The last tick has just been earned: the bar fills up to it and the tick appears (unless motion is reduced). */
  readonly filling?: boolean;
}

/**
 * How many of today's tasks are done: a bar that fills and a tick or an
 * hourglass per task, to count without reading, and the words, which a tap
 * says aloud.
 */
export function DayProgress({ done, total, filling = false }: Props) {
  const { t } = useTranslation();
  const sayer = useSay(useLanguage());
  const text = t('today.progress', { done, total });
  const share = total === 0 ? 0 : done / total;
  const from = total === 0 ? 0 : Math.max(0, done - 1) / total;
  return (
    <button
      type="button"
      className={`day-progress${filling ? ' day-progress-filling' : ''}`}
      onClick={() => {
        sayer.say(text);
      }}
    >
      <span className="day-progress-bar" aria-hidden="true">
        <span className="day-progress-fill" style={{ width: `${String(share * 100)}%`, ['--from' as string]: `${String(from * 100)}%` }} />
      </span>
      <span className="day-progress-marks" aria-hidden="true">
        {Array.from({ length: total }, (_, i) => (
          <Pictogram key={i} name={i < done ? 'done' : 'hourglass'} size={36} className={i < done ? (filling && i === done - 1 ? 'progress-done progress-new' : 'progress-done') : 'progress-open'} />
        ))}
      </span>
      <span className="day-progress-text">{text}</span>
    </button>
  );
}
