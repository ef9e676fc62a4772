/**
 * The order form's fields as typed, and what they mean: checked here, so the
 * form can name each problem beside its field before anything is saved.
 */
import type { OrderDraft } from '#domain/orders/orderDraft.ts';
import type { Card, Order } from '#shared/records.ts';

export const DEFAULT_DUE_TIME = '16:00';
const MAX_QUANTITY = 1_000_000;

export interface OrderFormValues {
  readonly customer: string;
  readonly reference: string;
  /** `${cardId}|${product}`: the product as the customer names it, and the card that makes it. */
  readonly product: string;
  readonly quantity: string;
  readonly dueDate: string;
  readonly dueTime: string;
  readonly rush: boolean;
}

export type OrderFormProblem = 'customerMissing' | 'referenceMissing' | 'productMissing' | 'quantityBad' | 'dateBad' | 'timeBad';
export type OrderFormProblems = Partial<Record<keyof OrderFormValues, OrderFormProblem>>;

/** Every product the team's cards make, as the customer names them, with the card's title when it names none. */
export function productChoices(cards: readonly Card[]): { value: string; product: string; card: Card }[] {
  return cards
    .flatMap((card) => (card.products && card.products.length > 0 ? card.products : [card.title]).map((product) => ({ value: `${card.id}|${product}`, product, card })))
    .sort((a, b) => a.product.localeCompare(b.product, 'nl'));
}

export function emptyForm(): OrderFormValues {
  return { customer: '', reference: '', product: '', quantity: '', dueDate: '', dueTime: DEFAULT_DUE_TIME, rush: false };
}

export function formOf(order: Order): OrderFormValues {
  const due = new Date(order.due);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    customer: order.customer,
    reference: order.reference ?? '',
    product: order.cardId === undefined ? '' : `${order.cardId}|${order.product}`,
    quantity: String(order.quantity),
    dueDate: `${String(due.getFullYear())}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`,
    dueTime: `${pad(due.getHours())}:${pad(due.getMinutes())}`,
    rush: order.priority === 'rush',
  };
}

/** The order the form describes, or what is wrong with it, field by field. */
export function readForm(values: OrderFormValues): { draft: OrderDraft; problems: null } | { draft: null; problems: OrderFormProblems } {
  const problems: OrderFormProblems = {};
  const customer = values.customer.trim();
  const reference = values.reference.trim();
  if (customer === '' || customer.length > 80) problems.customer = 'customerMissing';
  if (reference === '' || reference.length > 60) problems.reference = 'referenceMissing';
  const [cardId, ...productParts] = values.product.split('|');
  const product = productParts.join('|');
  if (!cardId || product === '') problems.product = 'productMissing';
  const quantity = Number(values.quantity.trim());
  if (!/^\d+$/.test(values.quantity.trim()) || quantity < 1 || quantity > MAX_QUANTITY) problems.quantity = 'quantityBad';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.dueDate);
  const time = /^(\d{2}):(\d{2})$/.exec(values.dueTime);
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) problems.dueTime = 'timeBad';
  let due: Date | null = null;
  if (date) {
    const candidate = new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3]), Number(time?.[1] ?? 0), Number(time?.[2] ?? 0));
    // 31 February rolls over into March: not a date.
    if (candidate.getDate() === Number(date[3]) && candidate.getMonth() === Number(date[2]) - 1) due = candidate;
  }
  if (!due) problems.dueDate = 'dateBad';
  if (Object.keys(problems).length > 0 || !due || !cardId) return { draft: null, problems };
  return { draft: { customer, reference, product, cardId, quantity, due: due.toISOString(), priority: values.rush ? 'rush' : 'normal' }, problems: null };
}
