import { useLiveQuery } from 'dexie-react-hooks';
import { todayTasks, type TodayTask } from '#domain/today.ts';
import { useServices } from './useServices.ts';

/** The member's tasks for `day`, open ones first; undefined while loading. */
export function useTodayTasks(memberId: string, day: string): TodayTask[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const tasks = await db.tasks.where('[memberId+day]').equals([memberId, day]).toArray();
    const [cards, stations, orders, completions] = await Promise.all([
      db.cards.bulkGet(tasks.map((t) => t.cardId)),
      db.stations.toArray(),
      db.orders.bulkGet(tasks.map((t) => t.orderId)),
      db.taskCompletions.where('taskId').anyOf(tasks.map((t) => t.id)).toArray(),
    ]);
    return todayTasks({
      memberId,
      day,
      tasks,
      cards: cards.filter((c) => c !== undefined),
      stations,
      orders: orders.filter((o) => o !== undefined),
      completions,
    });
  }, [db, memberId, day]);
}
