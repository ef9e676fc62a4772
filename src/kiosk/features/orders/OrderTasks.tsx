import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Task } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useTeamMembers } from '#kiosk/hooks/useTeamMembers.ts';

interface OrderTasksProps {
  readonly orderId: string;
  readonly onChange: (taskId: string, fields: Partial<Pick<Task, 'memberId' | 'day' | 'quantity'>>) => void;
}

/** The order's tasks: who makes how many on which day. The coach moves and resizes the ones nobody started. */
export function OrderTasks({ orderId, onChange }: OrderTasksProps) {
  const { t } = useTranslation('orders');
  const { db } = useServices();
  const members = useTeamMembers();
  const tasks = useLiveQuery(async () => {
    const own = await db.tasks.where('orderId').equals(orderId).toArray();
    const completions = await db.taskCompletions.where('taskId').anyOf(own.map((x) => x.id)).toArray();
    const made = new Map(completions.map((c) => [c.taskId, c.good]));
    return own.filter((x) => x.cancelled !== true || made.has(x.id)).map((task) => ({ task, made: made.get(task.id) })).sort((a, b) => a.task.day.localeCompare(b.task.day) || a.task.id.localeCompare(b.task.id));
  }, [db, orderId]);
  if (!tasks || !members) return null;
  if (tasks.length === 0) return <p className="empty-state">{t('tasks.none')}</p>;
  return (
    <table className="order-tasks">
      <caption>{t('tasks.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tasks.member')}</th>
          <th scope="col">{t('tasks.day')}</th>
          <th scope="col">{t('tasks.quantity')}</th>
          <th scope="col">{t('tasks.state')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map(({ task, made }) => (
          <TaskRow key={task.id} task={task} made={made} members={members} onChange={(fields) => onChange(task.id, fields)} />
        ))}
      </tbody>
    </table>
  );
}

function TaskRow({ task, made, members, onChange }: { task: Task; made: number | undefined; members: readonly Member[]; onChange: (fields: Partial<Pick<Task, 'memberId' | 'day' | 'quantity'>>) => void }) {
  const { t } = useTranslation('orders');
  const [quantity, setQuantity] = useState(String(task.quantity));
  const [bad, setBad] = useState(false);
  const name = members.find((m) => m.id === task.memberId)?.name ?? t('tasks.nobody');
  if (made !== undefined) {
    return (
      <tr>
        <th scope="row">{name}</th>
        <td>{task.day}</td>
        <td>{task.quantity}</td>
        <td>
          <Pictogram name="done" size={28} /> {t('tasks.made', { made })}
        </td>
      </tr>
    );
  }
  const saveQuantity = () => {
    const n = Number(quantity);
    const ok = /^\d+$/.test(quantity.trim()) && n >= 1 && n <= 1_000_000;
    setBad(!ok);
    if (ok && n !== task.quantity) onChange({ quantity: n });
  };
  return (
    <tr>
      <th scope="row">
        <select className="select-input" aria-label={t('tasks.memberOf', { day: task.day })} value={task.memberId ?? ''} onChange={(e) => onChange({ memberId: e.target.value === '' ? null : e.target.value })}>
          <option value="">{t('tasks.nobody')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </th>
      <td>
        <input
          className="text-input"
          type="date"
          aria-label={t('tasks.dayOf', { member: name })}
          value={task.day}
          onChange={(e) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange({ day: e.target.value });
          }}
        />
      </td>
      <td>
        <input className="number-input" inputMode="numeric" aria-label={t('tasks.quantityOf', { member: name })} aria-invalid={bad} value={quantity} onChange={(e) => setQuantity(e.target.value)} onBlur={saveQuantity} onKeyDown={(e) => e.key === 'Enter' && saveQuantity()} />
        {bad && <span className="error-message">{t('problems.quantityBad')}</span>}
      </td>
      <td>{task.memberId === null ? t('tasks.toPlace') : t('tasks.open')}</td>
    </tr>
  );
}
