import { useLiveQuery } from 'dexie-react-hooks';
import { planToday, type TodayPlan } from '#domain/today.ts';
import { useNow } from './useNow.ts';
import { useServices } from './useServices.ts';

/** A due time passes while Today is open: look at the clock this often. */
const LATE_CHECK_MS = 30_000;

/** The member's tasks for `day`, today's first and later days apart (see planToday); undefined while loading. */
export function useTodayTasks(memberId: string, day: string): TodayPlan | undefined {
  const { db } = useServices();
  const now = useNow(LATE_CHECK_MS);
  const records = useLiveQuery(async () => {
    const tasks = await db.tasks.where('[memberId+day]').equals([memberId, day]).toArray();
    const [cards, stations, orders, completions] = await Promise.all([
      db.cards.bulkGet(tasks.map((t) => t.cardId)),
      db.stations.toArray(),
      db.orders.bulkGet(tasks.map((t) => t.orderId)),
      db.taskCompletions.where('taskId').anyOf(tasks.map((t) => t.id)).toArray(),
    ]);
    return { tasks, cards: cards.filter((c) => c !== undefined), stations, orders: orders.filter((o) => o !== undefined), completions };
  }, [db, memberId, day]);
  if (records === undefined) return undefined;
  return planToday({ memberId, day, now, ...records });
}
