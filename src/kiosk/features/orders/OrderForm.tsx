import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDraft } from '#domain/orders/orderDraft.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { productChoices, readForm, type OrderFormProblems, type OrderFormValues } from './orderFormValues.ts';

interface OrderFormProps {
  readonly initial: OrderFormValues;
  /** Editing an order: customer and reference name it and stay as they are. */
  readonly editing: boolean;
  readonly onSave: (draft: OrderDraft) => Promise<void>;
  readonly onCancel: () => void;
}

/** A new order, or a change to one: every field checked and its problem named beside it before anything is saved. */
export function OrderForm({ initial, editing, onSave, onCancel }: OrderFormProps) {
  const { t } = useTranslation('orders');
  const { db } = useServices();
  const cards = useLiveQuery(() => db.cards.toArray(), [db]);
  const customers = useLiveQuery(async () => [...new Set((await db.orders.toArray()).map((o) => o.customer))].sort(), [db]);
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<OrderFormProblems>({});
  const [saving, setSaving] = useState(false);
  const listId = useId();
  const set = (field: keyof OrderFormValues, value: string | boolean) => setValues((v) => ({ ...v, [field]: value }));
  const choices = productChoices(cards ?? []);

  const problemOf = (field: keyof OrderFormValues) => {
    const problem = problems[field];
    // t('orders:problems.customerMissing') t('orders:problems.referenceMissing') t('orders:problems.productMissing')
    // t('orders:problems.quantityBad') t('orders:problems.dateBad') t('orders:problems.timeBad')
    return problem === undefined ? null : (
      <span className="error-message" id={`${listId}-${field}-problem`}>
        {t(`problems.${problem}`)}
      </span>
    );
  };
  const invalid = (field: keyof OrderFormValues) => ({ 'aria-invalid': problems[field] !== undefined, 'aria-describedby': problems[field] === undefined ? undefined : `${listId}-${field}-problem` });

  return (
    <form
      className="order-form coach-section"
      onSubmit={(event) => {
        event.preventDefault();
        const read = readForm(values);
        setProblems(read.problems ?? {});
        if (!read.draft) return;
        setSaving(true);
        void onSave(read.draft).finally(() => setSaving(false));
      }}
    >
      <h2>{editing ? t('form.editTitle', { reference: initial.reference }) : t('form.newTitle')}</h2>
      <div className="order-form-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${listId}-customer`}>
            {t('form.customer')}
          </label>
          <input className="text-input" value={values.customer} maxLength={80} list={`${listId}-customers`} disabled={editing} onChange={(e) => set('customer', e.target.value)} id={`${listId}-customer`} {...invalid('customer')} />
          <datalist id={`${listId}-customers`}>
            {(customers ?? []).map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          {problemOf('customer')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${listId}-reference`}>
            {t('form.reference')}
          </label>
          <input className="text-input" value={values.reference} maxLength={60} disabled={editing} onChange={(e) => set('reference', e.target.value)} id={`${listId}-reference`} {...invalid('reference')} />
          {problemOf('reference')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${listId}-product`}>
            {t('form.product')}
          </label>
          <select className="select-input" value={values.product} onChange={(e) => set('product', e.target.value)} id={`${listId}-product`} {...invalid('product')}>
            <option value="">{t('form.productPick')}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.product === c.card.title ? c.product : `${c.product} — ${c.card.title}`}
              </option>
            ))}
          </select>
          {choices.length === 0 && <span className="field-hint">{t('form.noProducts')}</span>}
          {problemOf('product')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${listId}-quantity`}>
            {t('form.quantity')}
          </label>
          <input className="number-input" inputMode="numeric" value={values.quantity} onChange={(e) => set('quantity', e.target.value)} id={`${listId}-quantity`} {...invalid('quantity')} />
          {problemOf('quantity')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${listId}-dueDate`}>
            {t('form.dueDate')}
          </label>
          <input className="text-input" type="date" value={values.dueDate} onChange={(e) => set('dueDate', e.target.value)} id={`${listId}-dueDate`} {...invalid('dueDate')} />
          {problemOf('dueDate')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${listId}-dueTime`}>
            {t('form.dueTime')}
          </label>
          <input className="text-input" type="time" value={values.dueTime} onChange={(e) => set('dueTime', e.target.value)} id={`${listId}-dueTime`} {...invalid('dueTime')} />
          {problemOf('dueTime')}
        </div>
        <label className="order-rush">
          <input type="checkbox" checked={values.rush} onChange={(e) => set('rush', e.target.checked)} />
          <Pictogram name="rush" size={36} />
          <span>{t('form.rush')}</span>
        </label>
      </div>
      <div className="editor-actions">
        <button type="button" className="secondary-button" onClick={onCancel}>
          <Pictogram name="back" size={36} />
          <span>{t('form.cancel')}</span>
        </button>
        <button type="submit" className="primary-button" disabled={saving}>
          <Pictogram name="done" size={40} />
          <span>{editing ? t('form.saveChange') : t('form.save')}</span>
        </button>
      </div>
    </form>
  );
}
