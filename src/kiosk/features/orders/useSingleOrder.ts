import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '#kiosk/hooks/useServices.ts';
import type { OrderRow } from './useOrderList.ts';

/** One order with what was made, for an order the list's page does not show. */
export function useSingleOrder(teamId: string, orderId: string, wanted: boolean): OrderRow | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (!wanted) return undefined;
    const order = await db.orders.get(orderId);
    if (!order || order.teamId !== teamId) return undefined;
    const tasks = await db.tasks.where('orderId').equals(orderId).toArray();
    const completions = await db.taskCompletions.where('taskId').anyOf(tasks.map((x) => x.id)).toArray();
    const done = new Set(completions.map((c) => c.taskId));
    return {
      order,
      card: order.cardId === undefined ? undefined : await db.cards.get(order.cardId),
      made: completions.reduce((sum, c) => sum + c.good, 0),
      unplaced: tasks.filter((x) => x.memberId === null && x.cancelled !== true && !done.has(x.id)).reduce((sum, x) => sum + x.quantity, 0),
    };
  }, [db, teamId, orderId, wanted]);
}
