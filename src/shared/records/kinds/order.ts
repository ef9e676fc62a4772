import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** A customer's order: a quantity of a product due at a time. */
export const orderKind = defineRecordKind({
  kind: 'order',
  ...TEAM_SET_UP,
  table: 'orders',
  indexes: [],
  naturalKey: null,
  migrations: [],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      customer: f.shortText(80),
      product: f.shortText(80),
      quantity: f.zod.number().int().positive().max(1_000_000),
      due: f.timestamp,
    }),
});
