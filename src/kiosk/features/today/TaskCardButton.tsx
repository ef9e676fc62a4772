import { useTranslation } from 'react-i18next';
import type { TodayTask } from '#domain/today.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { DueClock } from './DueClock.tsx';

interface Props {
  readonly item: TodayTask;
  readonly onOpen: () => void;
}

/** One task as a large picture card: the card's picture, its station, and when it is due. */
export function TaskCardButton({ item, onOpen }: Props) {
  const { t } = useTranslation();
  const { card, station, order, done } = item;
  // No aria-label: the visible title, station and due time are the button's name, so what is seen is what is heard.
  return (
    <button type="button" className={`task-card${done ? ' task-card-done' : ''}`} onClick={onOpen} disabled={done}>
      <Pictogram name={card.picto} size={120} />
      <span className="task-card-title">{card.title}</span>
      {station && (
        <span className="task-card-station">
          <Pictogram name={station.picto} size={36} />
          {station.name}
        </span>
      )}
      {done ? (
        <span className="task-card-status">
          <Pictogram name="done" size={40} />
          {t('today.done')}
        </span>
      ) : (
        order && <DueClock due={new Date(order.due)} />
      )}
    </button>
  );
}
