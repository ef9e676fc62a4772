import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelOrder, changeTask, OrderTaskStartedError, updateOrder } from '#db/orderRepository.ts';
import { ConfirmDialog } from '#ui/ConfirmDialog.tsx';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { OrderForm } from './OrderForm.tsx';
import { formOf } from './orderFormValues.ts';
import { OrderTasks } from './OrderTasks.tsx';
import type { OrderRow } from './useOrderList.ts';
import { useDueText } from './useDueText.ts';

/** One order: what it is, what was made, its tasks to move or resize, and the way to change or cancel it. */
export function OrderDetail({ row, onClose }: { row: OrderRow; onClose: () => void }) {
  const { t } = useTranslation('orders');
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const [editing, setEditing] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [started, setStarted] = useState(false);
  const dueText = useDueText();
  const { order } = row;
  const ctx = () => ({ actorMemberId: null, now: now(), newId });
  const save = async (work: () => Promise<unknown>) => {
    const ok = await run(work);
    if (ok) requestSync('write');
    return ok;
  };

  if (editing) {
    return (
      <OrderForm
        initial={formOf(order)}
        editing
        onCancel={() => setEditing(false)}
        onSave={async (draft) => {
          if (await save(() => updateOrder(db, order.id, { product: draft.product, cardId: draft.cardId, quantity: draft.quantity, due: draft.due, priority: draft.priority }, ctx()))) setEditing(false);
        }}
      />
    );
  }
  return (
    <section className="order-detail coach-section" aria-labelledby="order-detail-title">
      <div className="order-detail-head">
        <button type="button" className="secondary-button" onClick={onClose}>
          <Pictogram name="back" size={36} />
          <span>{t('detail.back')}</span>
        </button>
        <h2 id="order-detail-title">{t('detail.title', { customer: order.customer, reference: order.reference ?? '' })}</h2>
      </div>
      <dl className="order-facts">
        <dt>{t('form.product')}</dt>
        <dd>
          {row.card && <Pictogram name={row.card.picto} size={32} />} {order.product}
        </dd>
        <dt>{t('detail.due')}</dt>
        <dd>{dueText(order.due)}</dd>
        <dt>{t('detail.made')}</dt>
        <dd>{t('list.made', { made: row.made, quantity: order.quantity })}</dd>
        {order.priority === 'rush' && (
          <>
            <dt>{t('form.rush')}</dt>
            <dd>
              <Pictogram name="rush" size={28} /> {t('list.rush')}
            </dd>
          </>
        )}
        {order.cancelled === true && (
          <>
            <dt>{t('detail.state')}</dt>
            <dd>{t('list.cancelled')}</dd>
          </>
        )}
      </dl>
      {order.cancelled !== true && (
        <div className="editor-actions">
          <button type="button" className="secondary-button" onClick={() => setEditing(true)}>
            <Pictogram name="pencil" size={36} />
            <span>{t('detail.edit')}</span>
          </button>
          <button type="button" className="secondary-button" onClick={() => setConfirmCancel(true)}>
            <Pictogram name="trash" size={36} />
            <span>{t('detail.cancelOrder')}</span>
          </button>
        </div>
      )}
      <OrderTasks
        orderId={order.id}
        onChange={(taskId, fields) => {
          setStarted(false);
          void save(async () => {
            try {
              await changeTask(db, taskId, fields, ctx());
            } catch (failure) {
              if (!(failure instanceof OrderTaskStartedError)) throw failure;
              setStarted(true);
            }
          });
        }}
      />
      {started && (
        <p className="error-message" role="alert">
          {t('tasks.started')}
        </p>
      )}
      <ErrorAlert message={error} />
      {confirmCancel && (
        <ConfirmDialog
          title={t('detail.cancelTitle', { reference: order.reference ?? order.product })}
          text={t('detail.cancelText')}
          confirmLabel={t('detail.cancelConfirm')}
          cancelLabel={t('detail.cancelKeep')}
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => {
            setConfirmCancel(false);
            void save(() => cancelOrder(db, order.id, ctx()));
          }}
        />
      )}
    </section>
  );
}
