import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { Card, Order } from '#shared/records.ts';

/** How many orders the list shows at once: an imported call-off can bring thousands. */
export const ORDER_PAGE = 50;

export interface OrderRow {
  readonly order: Order;
  readonly card: Card | undefined;
  /** Good pieces made so far, over all its tasks. */
  readonly made: number;
  /** Pieces on tasks nobody is on: the coach should place them. */
  readonly unplaced: number;
}

export interface OrderList {
  readonly rows: readonly OrderRow[];
  /** Orders of this view beyond the page. */
  readonly more: number;
}

/** The team's open orders (or the cancelled and finished ones), soonest due first, with what was made. */
export function useOrderList(view: 'open' | 'closed', limit: number): OrderList | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const orders = await db.orders.toArray();
    const tasks = await db.tasks.where('orderId').anyOf(orders.map((o) => o.id)).toArray();
    const completions = await db.taskCompletions.where('taskId').anyOf(tasks.map((t) => t.id)).toArray();
    const orderOfTask = new Map(tasks.map((t) => [t.id, t.orderId]));
    const made = new Map<string, number>();
    for (const c of completions) {
      const orderId = orderOfTask.get(c.taskId);
      if (orderId !== undefined) made.set(orderId, (made.get(orderId) ?? 0) + c.good);
    }
    const done = new Set(completions.map((c) => c.taskId));
    const unplaced = new Map<string, number>();
    for (const t of tasks) if (t.memberId === null && t.cancelled !== true && !done.has(t.id)) unplaced.set(t.orderId, (unplaced.get(t.orderId) ?? 0) + t.quantity);
    const isOpen = (o: Order) => o.cancelled !== true && (made.get(o.id) ?? 0) < o.quantity;
    const chosen = orders.filter((o) => isOpen(o) === (view === 'open')).sort((a, b) => (view === 'open' ? dueMs(a) - dueMs(b) : dueMs(b) - dueMs(a)) || a.id.localeCompare(b.id));
    const page = chosen.slice(0, limit);
    const cards = await db.cards.bulkGet(page.map((o) => o.cardId ?? ''));
    return {
      rows: page.map((order, i) => ({ order, card: cards[i], made: made.get(order.id) ?? 0, unplaced: unplaced.get(order.id) ?? 0 })),
      more: chosen.length - page.length,
    };
  }, [db, view, limit]);
}

function dueMs(order: Order): number {
  return new Date(order.due).getTime();
}
