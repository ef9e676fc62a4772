/**
 * POST /api/orders: the coordinator sends a customer's orders (one, or a
 * list of up to 500 judged and written as one). Each becomes an order named
 * by team, customer and reference, with tasks on its card's station; an
 * order that exists already is never changed from here.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  MAX_ORDERS_PER_REQUEST,
  createOrderResponse,
  createOrdersRequest,
  createOrdersResponse,
  type CreateOrderResponse,
  type CreateOrdersResponse,
  type OrderInput,
} from '#shared/orderApi.ts';
import { createOrders, type CreateOrdersResult } from '#server/storage/orderStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import type { ServerClock } from '#server/sync/ServerClock.ts';
import type { TeamSignals } from '#server/sync/TeamSignals.ts';
import { coordinatorOnly } from '#server/http/authenticateCoordinator.ts';
import { HttpError } from '#server/http/HttpError.ts';

/** A full list of long orders stays well under this. */
const ORDERS_BODY_LIMIT = MAX_ORDERS_PER_REQUEST * 600;
const DAY_MS = 86_400_000;
/** Due times further off than this are typing errors, and would plan tasks over years. */
const LATEST_DUE_DAYS = 2 * 366;
const EARLIEST_DUE_DAYS = 366;

export interface OrderRouteDeps {
  readonly db: SqlDatabase;
  readonly clock: ServerClock;
  readonly signals: TeamSignals;
}

export function orderRoutes(app: FastifyInstance, { db, clock, signals }: OrderRouteDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/orders',
    {
      bodyLimit: ORDERS_BODY_LIMIT,
      preValidation: coordinatorOnly(db),
      schema: { body: createOrdersRequest, response: { 200: createOrderResponse.or(createOrdersResponse), 201: createOrderResponse.or(createOrdersResponse) } },
    },
    async (request, reply): Promise<CreateOrderResponse | CreateOrdersResponse> => {
      const list = Array.isArray(request.body);
      const inputs: readonly OrderInput[] = Array.isArray(request.body) ? request.body : [request.body];
      const now = clock.now();
      inputs.forEach((input, i) => {
        assertDueInRange(input.due, now, list ? `${String(i)}.due` : 'due');
      });
      const result = await createOrders(db, inputs, { now: new Date(now), hlc: () => clock.tick() });
      if (result.type !== 'written') throw refusal(result);
      for (const teamId of result.changedTeams) await signals.notify(teamId);
      void reply.status(result.outcomes.some((o) => o.status === 'created') ? 201 : 200);
      const [first] = result.outcomes;
      return list || !first ? { type: 'orders', results: [...result.outcomes] } : { type: 'order', ...first };
    },
  );
}

function assertDueInRange(due: string, now: number, at: string): void {
  const ms = Date.parse(due);
  if (Number.isNaN(ms) || ms > now + LATEST_DUE_DAYS * DAY_MS || ms < now - EARLIEST_DUE_DAYS * DAY_MS) {
    throw new HttpError(400, 'invalid_request', `The request is not valid at ${at}: a due time must be within a year before and two years after today.`);
  }
}

function refusal(result: Exclude<CreateOrdersResult, { type: 'written' }>): HttpError {
  switch (result.type) {
    case 'teamUnknown':
      return new HttpError(404, 'team_not_found', `There is no team ${result.teamId}. Pick a team from the list and try again.`);
    case 'productUnknown':
      return new HttpError(
        422,
        'product_unknown',
        `No card of this team makes ${result.products.slice(0, 10).map((p) => `"${p}"`).join(', ')}${result.products.length > 10 ? ` and ${String(result.products.length - 10)} more` : ''}. ` +
          "Add it to a card's products in coach mode, or use a card's title. Nothing was written.",
      );
    case 'repeated':
      return new HttpError(400, 'order_repeated', `Order ${result.reference} of ${result.customer} is in the list twice with different fields. Keep one. Nothing was written.`);
    case 'conflict':
      return new HttpError(
        409,
        'order_conflict',
        result.deleted
          ? `Order ${result.reference} of ${result.customer} was deleted and cannot be made again under that reference. Nothing was written.`
          : `Order ${result.reference} of ${result.customer} exists already with other fields. Edit it in coach mode or import the call-off again. Nothing was written.`,
      );
  }
}
