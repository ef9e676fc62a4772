import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

export const ORDER_PRIORITIES = ['normal', 'rush'] as const;

/**
 * A customer's order: a quantity of a product due at a time. An order that
 * has a reference takes the id of (team, customer, reference) — see
 * naturalId.ts — so importing one call-off twice, on one tablet or on two
 * offline, names the same order and changes nothing; the fields added for
 * imports are optional, so no format step (an older app drops them).
 */
export const orderKind = defineRecordKind({
  kind: 'order',
  ...TEAM_SET_UP,
  table: 'orders',
  indexes: [],
  naturalKey: ['teamId', 'customer', 'reference'],
  references: { cardId: ['card'] },
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      customer: f.shortText(80),
      /** The customer's own order number: with the customer, what names the order. */
      reference: f.shortText(60).optional(),
      product: f.shortText(80),
      /** The card that makes the product (and so its station); absent on orders made before products mapped to cards. */
      cardId: f.id.optional(),
      quantity: f.zod.number().int().positive().max(1_000_000),
      due: f.timestamp,
      priority: f.zod.enum(ORDER_PRIORITIES).optional(),
      /** A cancelled order keeps what was done; its unstarted tasks are cancelled with it. */
      cancelled: f.zod.boolean().optional(),
    }),
});
