/**
 * Orders the coordinator sends (POST /api/orders), written with their
 * tasks. One transaction for the whole request, holding the teams' rows
 * locked from the first read: every order is judged before anything is
 * written, so a refusal leaves the database as it was, and two requests
 * for one order cannot both create it.
 */
import { orderFromInput, orderIdOf, sameOrder } from '#domain/orders/orderFromInput.ts';
import { planOrderTasks } from '#domain/orders/planOrderTasks.ts';
import { productCard } from '#domain/orders/productCard.ts';
import { stationCrew } from '#domain/orders/stationCrew.ts';
import type { OrderInput, OrderOutcome } from '#shared/orderApi.ts';
import type { Card, Member, Order, RotaSlot, RotaWeek, TeamSettings } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import type { SqlClient, SqlDatabase } from './SqlDatabase.ts';
import { insertServerRecordsIn, type NewServerRecord } from './syncStore.ts';

export type CreateOrdersResult =
  | { readonly type: 'written'; readonly outcomes: readonly OrderOutcome[]; readonly changedTeams: readonly string[] }
  | { readonly type: 'teamUnknown'; readonly teamId: string }
  | { readonly type: 'productUnknown'; readonly products: readonly string[] }
  /** The same customer and reference twice in the request, with other fields. */
  | { readonly type: 'repeated'; readonly customer: string; readonly reference: string }
  /** Stored with other fields, or deleted (a deleted id stays deleted). */
  | { readonly type: 'conflict'; readonly customer: string; readonly reference: string; readonly deleted: boolean };

interface TeamPlanning {
  readonly cards: Card[];
  readonly members: Member[];
  readonly settings: TeamSettings | undefined;
  readonly weeks: RotaWeek[];
}

/**
 * Creates the orders that are new, with their tasks planned from `today` (the server's local
 * day) over who works on the card's station; answers which were new and which were there already.
 */
export async function createOrders(db: SqlDatabase, inputs: readonly OrderInput[], opts: { readonly now: Date; readonly hlc: () => string }): Promise<CreateOrdersResult> {
  const today = localDay(opts.now);
  return db.transaction(async (tx) => {
    const teamIds = [...new Set(inputs.map((i) => i.teamId))].sort();
    const locked = await tx.query<{ id: string }>('SELECT id FROM teams WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [teamIds]);
    const missing = teamIds.find((id) => !locked.some((t) => t.id === id));
    if (missing !== undefined) return { type: 'teamUnknown', teamId: missing };

    // The same order twice in one request is one order; twice with other fields, a mistake.
    const byId = new Map<string, OrderInput>();
    for (const input of inputs) {
      const id = orderIdOf(input);
      const earlier = byId.get(id);
      if (earlier && !sameOrder(asOrder(earlier), asOrder(input))) return { type: 'repeated', customer: input.customer, reference: input.reference };
      byId.set(id, earlier ?? input);
    }
    // An order already there is judged before its product: sending it again stays "unchanged" after a coach renames the card's products.
    // Ids are per team (0012): only the order's own team's record is the order.
    const stored = (
      await tx.query<{ id: string; team_id: string; data: Order; deleted: boolean }>(
        "SELECT id, team_id, data, deleted FROM records WHERE id = ANY($1::uuid[]) AND team_id = ANY($2::uuid[]) AND kind = 'order'",
        [[...byId.keys()], teamIds],
      )
    ).filter((r) => byId.get(r.id)?.teamId === r.team_id);
    const storedById = new Map(stored.map((r) => [r.id, r]));
    for (const [id, input] of byId) {
      const row = storedById.get(id);
      if (row && (row.deleted || !sameOrder(row.data, asOrder(input)))) return { type: 'conflict', customer: input.customer, reference: input.reference, deleted: row.deleted };
    }

    const planning = new Map<string, TeamPlanning>();
    for (const teamId of teamIds) planning.set(teamId, await loadPlanning(tx, teamId));
    const created: { order: Order; card: Card }[] = [];
    const unknown = new Set<string>();
    for (const [id, input] of byId) {
      if (storedById.has(id)) continue;
      const card = productCard(planning.get(input.teamId)?.cards ?? [], input.product);
      if (card) created.push({ order: orderFromInput(input, card.id), card });
      else unknown.add(input.product);
    }
    if (unknown.size > 0) return { type: 'productUnknown', products: [...unknown] };

    const tasksOf = new Map<string, number>();
    const writes = new Map<string, NewServerRecord[]>();
    for (const { order, card } of created) {
      const team = planning.get(order.teamId);
      const crewOn = stationCrew({ members: team?.members ?? [], slots: await slotsUntil(tx, order.teamId, today, order.due), settings: team?.settings, weeks: team?.weeks ?? [] }, card.stationId);
      const { writes: tasks } = planOrderTasks({ order, card, today, crewOn, tasks: [], completions: [] });
      tasksOf.set(order.id, tasks.length);
      writes.set(order.teamId, [...(writes.get(order.teamId) ?? []), { kind: 'order', data: order }, ...tasks.map((data) => ({ kind: 'task' as const, data }))]);
    }
    const hlc = opts.hlc();
    for (const [teamId, records] of writes) await insertServerRecordsIn(tx, teamId, records, hlc);
    const cardOf = new Map<string, string | undefined>([...stored.map((r) => [r.id, r.data.cardId] as const), ...created.map((c) => [c.order.id, c.card.id] as const)]);
    const outcomes = inputs.map((input): OrderOutcome => {
      const orderId = orderIdOf(input);
      const tasks = tasksOf.get(orderId);
      const cardId = cardOf.get(orderId);
      return { status: tasks === undefined ? 'unchanged' : 'created', orderId, ...(cardId === undefined ? {} : { cardId }), tasks: tasks ?? 0 };
    });
    return { type: 'written', outcomes, changedTeams: [...writes.keys()] };
  });
}

/** The fields sameOrder compares, as the order record would hold them. */
function asOrder(input: OrderInput): Pick<Order, 'product' | 'quantity' | 'due' | 'priority'> {
  return { product: input.product, quantity: input.quantity, due: input.due, priority: input.priority ?? 'normal' };
}

async function loadPlanning(tx: SqlClient, teamId: string): Promise<TeamPlanning> {
  const rows = await tx.query<{ kind: string; data: Record<string, unknown> }>(
    "SELECT kind, data FROM records WHERE team_id = $1 AND NOT deleted AND kind IN ('card', 'member', 'teamSettings', 'rotaWeek') ORDER BY server_seq",
    [teamId],
  );
  const of = <T>(kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.data as unknown as T);
  return { cards: of<Card>('card'), members: of<Member>('member'), settings: of<TeamSettings>('teamSettings')[0], weeks: of<RotaWeek>('rotaWeek') };
}

/** The team's rota slots from `today` to the order's due day: the days its tasks may land on. */
async function slotsUntil(tx: SqlClient, teamId: string, today: string, due: string): Promise<RotaSlot[]> {
  const dueDay = localDay(new Date(due));
  const rows = await tx.query<{ data: RotaSlot }>(
    "SELECT data FROM records WHERE team_id = $1 AND kind = 'rotaSlot' AND NOT deleted AND data->>'day' BETWEEN $2 AND $3",
    [teamId, today, dueDay < today ? today : dueDay],
  );
  return rows.map((r) => r.data);
}
