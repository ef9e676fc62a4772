import { describe, expect, it } from 'vitest';
import { emptyForm, formOf, readForm } from './orderFormValues.ts';

const CARD = '01900000-0000-7000-8000-000000000003';
const filled = { ...emptyForm(), customer: ' Acme ', reference: 'PO-1', product: `${CARD}|DOOS-A4`, quantity: '250', dueDate: '2026-12-09' };

describe('the order form', () => {
  it('reads a filled form as a draft due at the local time given', () => {
    const result = readForm({ ...filled, dueTime: '14:30', rush: true });
    expect(result.problems).toBeNull();
    expect(result.draft).toEqual({ customer: 'Acme', reference: 'PO-1', product: 'DOOS-A4', cardId: CARD, quantity: 250, due: new Date(2026, 11, 9, 14, 30).toISOString(), priority: 'rush' });
  });

  it('names each problem beside its field', () => {
    expect(readForm({ ...emptyForm(), quantity: '-5', dueDate: '2026-02-31', dueTime: '25:00' }).problems).toEqual({
      customer: 'customerMissing',
      reference: 'referenceMissing',
      product: 'productMissing',
      quantity: 'quantityBad',
      dueDate: 'dateBad',
      dueTime: 'timeBad',
    });
    expect(readForm({ ...filled, quantity: '2.5' }).problems).toEqual({ quantity: 'quantityBad' });
  });

  it('gives an order back as the form it came from', () => {
    const { draft } = readForm(filled);
    if (!draft) throw new Error('no draft');
    const order = { ...draft, id: CARD, teamId: CARD };
    expect(formOf(order)).toEqual({ ...filled, customer: 'Acme', dueTime: '16:00', rush: false });
  });
});
