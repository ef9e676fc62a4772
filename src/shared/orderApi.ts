/**
 * The coordinator's order API (POST /api/orders): what a body may hold and
 * what the server answers. An order is named by its team, customer and
 * reference (the order's natural id), so sending the same order twice
 * changes nothing, and a batch is taken whole or not at all.
 */
import { z } from 'zod';
import { ORDER_PRIORITIES } from './records/kinds/order.ts';
import { order, shortText } from './records/schemas.ts';

/** The most orders one request may carry: a large customer's call-off, in one transaction. */
export const MAX_ORDERS_PER_REQUEST = 500;

/** One order as the coordinator sends it; the limits are the order record's. */
export const orderInput = z.strictObject({
  teamId: z.uuid(),
  customer: shortText(80),
  /** The customer's own order number: with the customer, it names the order. */
  reference: shortText(60),
  /** An article code or name from a card's products, or a card's title (case and spaces do not count). */
  product: shortText(80),
  quantity: order.shape.quantity,
  /** ISO 8601 with an offset or Z, e.g. 2026-12-07T14:00:00+01:00. */
  due: z.iso.datetime({ offset: true }),
  priority: z.enum(ORDER_PRIORITIES).optional(),
});
export type OrderInput = z.infer<typeof orderInput>;

/** One order, or a list of up to MAX_ORDERS_PER_REQUEST: the list is judged and written as one. */
export const createOrdersRequest = z.union([z.array(orderInput).min(1).max(MAX_ORDERS_PER_REQUEST), orderInput]);
export type CreateOrdersRequest = z.infer<typeof createOrdersRequest>;

export const ORDER_OUTCOMES = ['created', 'unchanged'] as const;

/** What became of one order: created with its tasks, or already there exactly so. */
export const orderOutcome = z.object({
  status: z.enum(ORDER_OUTCOMES),
  orderId: z.uuid(),
  /** The card that makes it; absent for an order made before products mapped to cards. */
  cardId: z.uuid().optional(),
  /** Tasks written for it now (0 when unchanged). */
  tasks: z.number().int().min(0),
});
export type OrderOutcome = z.infer<typeof orderOutcome>;

/** The answer to one order: 201 when created, 200 when unchanged. */
export const createOrderResponse = orderOutcome.extend({ type: z.literal('order') });
export type CreateOrderResponse = z.infer<typeof createOrderResponse>;

/** The answer to a list, in the list's order: 201 when any was created, else 200. */
export const createOrdersResponse = z.object({ type: z.literal('orders'), results: z.array(orderOutcome) });
export type CreateOrdersResponse = z.infer<typeof createOrdersResponse>;
