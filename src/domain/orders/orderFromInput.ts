/**
 * An order as the coordinator's API sends it, made into the order record,
 * and whether an order already stored is that one: the API never changes
 * an order (a coach edits it, or a new import of the call-off does).
 */
import type { OrderInput } from '#shared/orderApi.ts';
import type { Order } from '#shared/records.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';

/** The order record for `input`, made by `cardId`; its id is the natural id of team, customer and reference. */
export function orderFromInput(input: OrderInput, cardId: string): Order {
  return {
    id: orderIdOf(input),
    teamId: input.teamId,
    customer: input.customer,
    reference: input.reference,
    product: input.product,
    cardId,
    quantity: input.quantity,
    // One instant, one spelling: "15:00+01:00" and "14:00Z" are the same due time.
    due: new Date(input.due).toISOString(),
    priority: input.priority ?? 'normal',
  };
}

export function orderIdOf(input: Pick<OrderInput, 'teamId' | 'customer' | 'reference'>): string {
  return requireNaturalId('order', { teamId: input.teamId, customer: input.customer, reference: input.reference });
}

/** Whether two orders say the same thing in every field the API sends: product, quantity, due time and priority (none is normal). */
export function sameOrder(a: Pick<Order, 'product' | 'quantity' | 'due' | 'priority'>, b: Pick<Order, 'product' | 'quantity' | 'due' | 'priority'>): boolean {
  return a.product === b.product && a.quantity === b.quantity && Date.parse(a.due) === Date.parse(b.due) && (a.priority ?? 'normal') === (b.priority ?? 'normal');
}
