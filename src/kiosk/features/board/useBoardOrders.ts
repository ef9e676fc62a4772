import { useLiveQuery } from 'dexie-react-hooks';
import { boardDueSince, boardOrders, type BoardOrder } from '#domain/orders/boardOrders.ts';
import { localDay } from '#shared/time.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/**
 * The board's orders, live: a completion that the sync's long poll writes
 * into IndexedDB re-runs the query and moves the bar. Reads go by index
 * only (tasks by order, completions by task), never over all completions:
 * a year of them is on the tablet. Undefined while loading.
 */
export function useBoardOrders(now: Date): BoardOrder[] | undefined {
  const { db } = useServices();
  // Read again when the day changes (the orders the board reads depend on it), not at each tick.
  const day = localDay(now);
  const records = useLiveQuery(async () => {
    const since = Date.parse(boardDueSince(new Date(`${day}T12:00:00`)));
    const orders = (await db.orders.toArray()).filter((o) => o.cancelled !== true && Date.parse(o.due) >= since);
    const tasks = await db.tasks.where('orderId').anyOf(orders.map((o) => o.id)).toArray();
    const cardIds = [...new Set([...orders.flatMap((o) => (o.cardId === undefined ? [] : [o.cardId])), ...tasks.map((t) => t.cardId)])];
    const [completions, cards, stations] = await Promise.all([
      db.taskCompletions.where('taskId').anyOf(tasks.map((t) => t.id)).toArray(),
      db.cards.bulkGet(cardIds),
      db.stations.toArray(),
    ]);
    return { orders, tasks, completions, cards: cards.filter((c) => c !== undefined), stations };
  }, [db, day]);
  return records === undefined ? undefined : boardOrders(records, now);
}
