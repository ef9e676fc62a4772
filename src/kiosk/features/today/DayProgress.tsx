import { useTranslation } from 'react-i18next';
import { Pictogram } from '#ui/Pictogram.tsx';

/** How many of today's tasks are done, as ticks that can be counted without reading. */
export function DayProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="day-progress" role="img" aria-label={t('today.progress', { done, total })}>
      {Array.from({ length: total }, (_, i) => (
        <Pictogram key={i} name={i < done ? 'done' : 'hourglass'} size={40} className={i < done ? 'progress-done' : 'progress-open'} />
      ))}
    </div>
  );
}
