import type { TodayTask } from '#domain/today.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { TaskCardButton } from './TaskCardButton.tsx';

/** A row of task cards; tapping an open one starts it. */
export function TaskList({ items, day, id }: { items: readonly TodayTask[]; day: string; id?: string }) {
  const openTask = useAppStore((s) => s.openTask);
  return (
    <ul className="task-list" {...(id === undefined ? {} : { id })}>
      {items.map((item) => (
        <li key={item.task.id}>
          <TaskCardButton
            item={item}
            day={day}
            onOpen={() => {
              openTask(item.task.id, item.card);
            }}
          />
        </li>
      ))}
    </ul>
  );
}
