import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planTask } from '#db/coachRepository.ts';
import type { Card } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

interface Props {
  readonly card: Card;
  readonly onPlanned: (memberName: string) => void;
  readonly onCancel: () => void;
}

/** A member counts at most this many pieces in one completion (records.ts), so a task never asks for more. */
const MAX_QUANTITY = 100_000;

/** Gives a card to a member as today's task for one order; it shows on their Today after the next sync. */
export function PlanTaskDialog({ card, onPlanned, onCancel }: Props) {
  const { t } = useTranslation('coach');
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const titleId = useId();
  // Focus the first field once, when it first appears; later syncs must not pull the focus back.
  const focusOnce = useCallback((select: HTMLSelectElement | null) => {
    select?.focus();
  }, []);
  const members = useLiveQuery(async () => (await db.members.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
  const orders = useLiveQuery(async () => (await db.orders.toArray()).sort((a, b) => a.due.localeCompare(b.due)), [db]);
  const [memberId, setMemberId] = useState('');
  const [orderId, setOrderId] = useState('');
  const [quantity, setQuantity] = useState('50');
  if (!members || !orders) return null;
  const chosenMember = memberId || members[0]?.id || '';
  const chosenOrder = orderId || orders[0]?.id || '';
  const amount = Number(quantity);
  const validAmount = Number.isInteger(amount) && amount >= 1 && amount <= MAX_QUANTITY;

  const plan = () =>
    run(async () => {
      const member = members.find((m) => m.id === chosenMember);
      if (!member || !chosenOrder || !validAmount) return;
      const at = now();
      await planTask(
        db,
        { teamId: card.teamId, orderId: chosenOrder, cardId: card.id, stationId: card.stationId, day: localDay(at), memberId: member.id, quantity: amount },
        { actorMemberId: null, now: at, newId },
      );
      requestSync('write');
      onPlanned(member.name);
    });

  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <section className="coach-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>
          <Pictogram name={card.picto} size={40} />
          {t('plan.title', { title: card.title })}
        </h2>
        <label className="field">
          <span className="field-label">{t('plan.member')}</span>
          <select ref={focusOnce} className="select-input" value={chosenMember} onChange={(e) => setMemberId(e.target.value)}>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        {orders.length === 0 ? (
          <p className="error-message">{t('plan.noOrders')}</p>
        ) : (
          <label className="field">
            <span className="field-label">{t('plan.order')}</span>
            <select className="select-input" value={chosenOrder} onChange={(e) => setOrderId(e.target.value)}>
              {orders.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.customer} – {o.product}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field-label">{t('plan.quantity')}</span>
          <input className="number-input" type="number" inputMode="numeric" min={1} max={MAX_QUANTITY} value={quantity} aria-invalid={!validAmount} onChange={(e) => setQuantity(e.target.value)} />
        </label>
        {!validAmount && (
          <p className="error-message" role="alert">
            {t('plan.invalidQuantity')}
          </p>
        )}
        <ErrorAlert message={error} />
        <div className="coach-dialog-actions">
          <button type="button" className="secondary-button" onClick={onCancel}>
            <Pictogram name="back" size={40} />
            <span>{t('common.cancel')}</span>
          </button>
          <button type="button" className="primary-button" disabled={!validAmount || orders.length === 0} onClick={() => void plan()}>
            <Pictogram name="calendar" size={40} />
            <span>{t('plan.confirm')}</span>
          </button>
        </div>
      </section>
    </div>
  );
}
