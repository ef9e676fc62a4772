import { useLiveQuery } from 'dexie-react-hooks';
import type { Card, Task } from '#shared/records.ts';
import { useServices } from './useServices.ts';

/** A task with its card; null when either is gone, undefined while loading. */
export function useTaskWithCard(taskId: string): { task: Task; card: Card } | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const task = await db.tasks.get(taskId);
    const card = task ? await db.cards.get(task.cardId) : undefined;
    return task && card ? { task, card } : null;
  }, [db, taskId]);
}
