import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/records.ts';
import { SpeakButton } from '../../components/SpeakButton.tsx';
import { useLanguage } from '../../hooks/useLanguage.ts';
import { useTodayTasks } from '../../hooks/useTodayTasks.ts';
import { useAppStore } from '../../state/store.ts';
import { TaskCardButton } from './TaskCardButton.tsx';

interface Props {
  readonly member: Member;
  readonly day: string;
}

/** Today: the member's tasks as big picture cards, open ones first. */
export function TodayScreen({ member, day }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tasks = useTodayTasks(member.id, day);
  const openTask = useAppStore((s) => s.openTask);
  if (tasks === undefined) return null;
  const open = tasks.filter((x) => !x.done);
  const spoken = [t('today.hello', { name: member.name }), ...open.map((x) => x.card.title)].join('. ');
  return (
    <main className="today-screen">
      <div className="screen-title">
        <h1>{t('today.title')}</h1>
        <SpeakButton text={spoken} language={lang} />
      </div>
      {tasks.length === 0 ? (
        <p className="empty-state">{t('today.empty')}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((item) => (
            <li key={item.task.id}>
              <TaskCardButton
                item={item}
                onOpen={() => {
                  openTask(item.task.id);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
