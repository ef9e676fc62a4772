import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardOrder } from '#domain/orders/boardOrders.ts';
import type { FinishStatus } from '#domain/orders/projectFinish.ts';
import type { Language } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { DueClock } from '#kiosk/features/today/DueClock.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { clockTime, dateTimeFormat, numberFormat } from '#ui/intlFormat.ts';

interface Props {
  readonly item: BoardOrder;
  readonly now: Date;
  readonly language: Language;
}

// Shown as t(`status.${key}`), so for i18next-cli (see i18next.config.ts):
// t('board:status.done') t('board:status.late') t('board:status.noPace') t('board:status.onTime') t('board:status.overdue')
const STATUS = {
  done: { key: 'done', picto: 'done' },
  'on-time': { key: 'onTime', picto: 'check' },
  late: { key: 'late', picto: 'warning' },
  overdue: { key: 'overdue', picto: 'hourglass' },
  'no-pace': { key: 'noPace', picto: 'info' },
} as const satisfies Record<FinishStatus, { key: string; picto: string }>;

/** One order on the day board: its picture, who it is for, how far it is, when it is due and whether it will make it. */
export function BoardCard({ item, now, language }: Props) {
  const { t } = useTranslation('board');
  const titleId = useId();
  const { order, card, station, projection } = item;
  const { status, made, projectedFinish } = projection;
  const count = numberFormat(language, { maximumFractionDigits: 0 });
  const due = new Date(order.due);
  const finish = projectedFinish === null ? null : new Date(projectedFinish);
  const when = (instant: Date) => (localDay(instant) === localDay(now) ? clockTime(instant) : `${dateTimeFormat(language, { weekday: 'long' }).format(instant)} ${clockTime(instant)}`);
  const said = { name: order.reference ?? order.product, customer: order.customer, made: count.format(made), quantity: count.format(order.quantity), due: when(due) };
  const sentence = status === 'late' && finish !== null
    ? t('say.late', { ...said, finish: when(finish) })
    : status === 'overdue'
      ? finish === null ? t('say.overdue', said) : t('say.overdueFinish', { ...said, finish: when(finish) })
      : null;
  const { key, picto } = STATUS[status];
  const share = Math.min(1, made / order.quantity);
  return (
    <li className={`dayboard-card dayboard-card--${status}`}>
      <article aria-labelledby={titleId}>
      <div className="dayboard-card-head">
        <Pictogram name={card?.picto ?? 'package'} size={80} />
        <div className="dayboard-card-names">
          <h2 id={titleId}>
            {order.customer}
            {order.reference !== undefined && <span className="dayboard-card-reference"> · {order.reference}</span>}
          </h2>
          <p className="dayboard-card-product">{order.product}</p>
          {order.priority === 'rush' && (
            <p className="dayboard-rush">
              <Pictogram name="rush" size={36} />
              {t('rush')}
            </p>
          )}
        </div>
      </div>
      <div
        className="dayboard-bar"
        role="progressbar"
        aria-label={t('bar', { made: count.format(made), quantity: count.format(order.quantity) })}
        aria-valuemin={0}
        aria-valuemax={order.quantity}
        aria-valuenow={Math.min(made, order.quantity)}
      >
        <span className="dayboard-bar-fill" style={{ width: `${String(share * 100)}%` }} />
      </div>
      <p className="dayboard-count" aria-hidden="true">
        {count.format(made)} / {count.format(order.quantity)}
      </p>
      <div className="dayboard-card-facts">
        <DueClock due={due} withDay={localDay(due) !== localDay(now)} />
        {station && (
          <span className="dayboard-station">
            <Pictogram name={station.picto} size={40} />
            {station.name}
          </span>
        )}
      </div>
      <div className="dayboard-projection">
        <Pictogram name={picto} size={48} />
        <span className="dayboard-status">{t(`status.${key}`)}</span>
        {finish !== null && status !== 'done' && <span className="dayboard-finish">{t('finishAt', { time: when(finish) })}</span>}
        {sentence !== null && <SpeakButton text={sentence} language={language} className="dayboard-speak" />}
      </div>
      </article>
    </li>
  );
}
