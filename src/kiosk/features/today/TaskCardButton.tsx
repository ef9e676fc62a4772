import { useTranslation } from 'react-i18next';
import { cardTitle } from '#domain/cardLanguage.ts';
import type { TodayTask } from '#domain/today.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { DueClock } from './DueClock.tsx';
import { OrderMark } from './OrderMark.tsx';

interface Props {
  readonly item: TodayTask;
  /** The day on screen: a due time on another day says its weekday. */
  readonly day: string;
  readonly onOpen: () => void;
}

/**
 * One task as a large picture card: the card's picture, its station, the
 * order (a shape, the customer and their order number, and a rush mark) and how many pieces, and when it is due:
 * late, on time, or done. A card that is on the day twice carries a big
 * number, so the two can be told apart.
 */
export function TaskCardButton({ item, day, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { task, card, station, order, done, late, twin, orderMark, dueDay } = item;
  const className = ['task-card', done ? 'task-card-done' : '', late ? 'task-card-late' : ''].filter(Boolean).join(' ');
  // No aria-label: the visible words are the button's name, so what is seen is what is heard. The {' '}
  // between the parts take no room in the flex column but keep the words apart in that name.
  return (
    <button type="button" className={className} onClick={onOpen} disabled={done}>
      <span className="task-card-picture">
        <Pictogram name={card.picto} size={96} />
        {twin && (
          <span className="task-card-twin" aria-hidden="true">
            {twin.n}
          </span>
        )}
      </span>
      <span className="task-card-body">
        <span className="task-card-title">{cardTitle(card, lang).text}</span>{' '}
        {twin && <span className="visually-hidden">{t('today.twin', { n: twin.n, of: twin.of })}</span>}{' '}
        {station && (
          <span className="task-card-station">
            <Pictogram name={station.picto} size={36} />
            {station.name}
          </span>
        )}{' '}
        <span className="task-card-order">
          {order && (
            <span className="task-card-customer">
              {orderMark !== null && <OrderMark index={orderMark} />}
              <span className="task-card-customer-text">
                <span>{order.customer}</span>
                {/* The customer's own order number, small: it tells two orders of one customer apart. */}
                {order.reference !== undefined && ' '}
                {order.reference !== undefined && <span className="task-card-reference">{t('today.order', { reference: order.reference })}</span>}
              </span>
            </span>
          )}{' '}
          <span className="task-card-quantity">
            <Pictogram name="count" size={32} />
            {t('today.quantity', { count: task.quantity })}
          </span>{' '}
          {order?.priority === 'rush' && !done && (
            <span className="task-card-rush">
              <Pictogram name="rush" size={32} />
              {t('today.rush')}
            </span>
          )}
        </span>{' '}
        {done ? (
          <span className="task-card-status">
            <Pictogram name="done" size={40} />
            {t('today.done')}
          </span>
        ) : (
          <span className="task-card-status">
            {late && (
              <span className="task-card-late-mark">
                <Pictogram name="clock" size={36} />
                {t('today.late')}
              </span>
            )}{' '}
            {order && <DueClock due={new Date(order.due)} withDay={dueDay !== null && dueDay !== day} />}
          </span>
        )}
      </span>
    </button>
  );
}
