import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orderIdOf, saveOrders } from '#db/orderRepository.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { OrderDetail } from './OrderDetail.tsx';
import { OrderForm } from './OrderForm.tsx';
import { emptyForm } from './orderFormValues.ts';
import { ORDER_PAGE, useOrderList, type OrderRow } from './useOrderList.ts';
import { useDueText } from './useDueText.ts';
import { useSingleOrder } from './useSingleOrder.ts';
import './orders.css';

// The import brings the CSV and XLSX readers: a chunk of its own, fetched when the coach opens it.
const OrderImport = lazy(() => import('./import/OrderImport.tsx').then((m) => ({ default: m.OrderImport })));

type Screen = { readonly name: 'list' } | { readonly name: 'new' } | { readonly name: 'import' } | { readonly name: 'order'; readonly orderId: string };

/** The coach's orders: the open ones soonest first, a new order, a customer's call-off to import, and each order's tasks. */
export function OrdersTab({ teamId }: { teamId: string }) {
  const { t } = useTranslation('orders');
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [view, setView] = useState<'open' | 'closed'>('open');
  const [limit, setLimit] = useState(ORDER_PAGE);
  const [exists, setExists] = useState<string | null>(null);
  const list = useOrderList(view, limit);
  const ctx = () => ({ actorMemberId: null, now: now(), newId });

  if (screen.name === 'new') {
    return (
      <>
        <OrderForm
          initial={emptyForm()}
          editing={false}
          onCancel={() => setScreen({ name: 'list' })}
          onSave={async (draft) => {
            const id = orderIdOf(teamId, draft.customer, draft.reference);
            if (await db.orders.get(id)) {
              setExists(t('form.exists', { customer: draft.customer, reference: draft.reference }));
              return;
            }
            setExists(null);
            const ok = await run(() => saveOrders(db, teamId, [draft], ctx()));
            if (!ok) return;
            requestSync('write');
            setScreen({ name: 'order', orderId: id });
          }}
        />
        <ErrorAlert message={exists ?? error} />
      </>
    );
  }
  if (screen.name === 'import') {
    return (
      <Suspense fallback={<p aria-busy="true">{t('import.loading')}</p>}>
        <OrderImport
          teamId={teamId}
          onClose={() => setScreen({ name: 'list' })}
          onImport={async (drafts) => {
            const outcome = await saveOrders(db, teamId, drafts, ctx());
            requestSync('write');
            return outcome;
          }}
        />
      </Suspense>
    );
  }
  if (screen.name === 'order') {
    const row = list?.rows.find((r) => r.order.id === screen.orderId);
    return <OrderById teamId={teamId} orderId={screen.orderId} row={row} onClose={() => setScreen({ name: 'list' })} />;
  }
  return (
    <div className="coach-section orders-tab">
      <div className="orders-head">
        <h2>{t('list.title')}</h2>
        <button type="button" className="primary-button" onClick={() => setScreen({ name: 'new' })}>
          <Pictogram name="plus" size={40} />
          <span>{t('list.new')}</span>
        </button>
        <button type="button" className="secondary-button" onClick={() => setScreen({ name: 'import' })}>
          <Pictogram name="truck" size={40} />
          <span>{t('list.import')}</span>
        </button>
      </div>
      <div className="orders-views" role="group" aria-label={t('list.viewLabel')}>
        {(['open', 'closed'] as const).map((v) => (
          // t('orders:list.views.open') t('orders:list.views.closed')
          <button key={v} type="button" className="secondary-button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`list.views.${v}`)}
          </button>
        ))}
      </div>
      {list === undefined ? null : list.rows.length === 0 ? (
        <p className="empty-state">{view === 'open' ? t('list.emptyOpen') : t('list.emptyClosed')}</p>
      ) : (
        <ul className="coach-list order-list">
          {list.rows.map((row) => (
            <OrderListItem key={row.order.id} row={row} onOpen={() => setScreen({ name: 'order', orderId: row.order.id })} />
          ))}
        </ul>
      )}
      {list !== undefined && list.more > 0 && (
        <button type="button" className="secondary-button" onClick={() => setLimit((l) => l + ORDER_PAGE)}>
          {t('list.more', { count: list.more })}
        </button>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}

/** An order opened from the list, or one just made that the list's page does not hold. */
function OrderById({ teamId, orderId, row, onClose }: { teamId: string; orderId: string; row: OrderRow | undefined; onClose: () => void }) {
  const single = useSingleOrder(teamId, orderId, row === undefined);
  const shown = row ?? single;
  return shown ? <OrderDetail row={shown} onClose={onClose} /> : null;
}

function OrderListItem({ row, onOpen }: { row: OrderRow; onOpen: () => void }) {
  const { t } = useTranslation('orders');
  const dueText = useDueText();
  const { order } = row;
  return (
    <li>
      <button type="button" className="order-row" onClick={onOpen}>
        <Pictogram name={row.card?.picto ?? 'truck'} size={48} />
        <span className="order-row-main">
          <strong>
            {order.customer} · {order.reference ?? '—'}
          </strong>
          <span>{order.product}</span>
        </span>
        <span className="order-row-due">
          <Pictogram name="clock" size={28} /> {dueText(order.due)}
        </span>
        <span className="order-row-made">
          <progress max={order.quantity} value={Math.min(row.made, order.quantity)} aria-hidden="true" />
          {t('list.made', { made: row.made, quantity: order.quantity })}
        </span>
        {order.priority === 'rush' && (
          <span className="order-flag">
            <Pictogram name="rush" size={28} /> {t('list.rush')}
          </span>
        )}
        {order.cancelled === true && <span className="order-flag">{t('list.cancelled')}</span>}
        {row.unplaced > 0 && (
          <span className="order-flag">
            <Pictogram name="warning" size={28} /> {t('list.unplaced', { count: row.unplaced })}
          </span>
        )}
      </button>
    </li>
  );
}
