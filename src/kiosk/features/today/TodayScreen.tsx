import { useTranslation } from 'react-i18next';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useStationOfDay } from '#kiosk/hooks/useStationOfDay.ts';
import { useTodayTasks } from '#kiosk/hooks/useTodayTasks.ts';
import { useAppStore } from '#kiosk/state/store.ts';
import { DayProgress } from './DayProgress.tsx';
import { TaskCardButton } from './TaskCardButton.tsx';

export type MemberPage = 'history' | 'privacy' | 'endOfDay';

interface Props {
  readonly member: Member;
  readonly day: string;
  readonly onOpenPage: (page: MemberPage) => void;
}

/** Today: my station, my tasks as big picture cards (open ones first) and how far the day is. */
export function TodayScreen({ member, day, onOpenPage }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tasks = useTodayTasks(member.id, day);
  const station = useStationOfDay(member.id, day);
  const openTask = useAppStore((s) => s.openTask);
  if (tasks === undefined || station === undefined) return null;
  const open = tasks.filter((x) => !x.done);
  const spoken = [t('today.hello', { name: member.name }), station ? t('today.station', { name: station.name }) : '', ...open.map((x) => x.card.title)].filter(Boolean).join('. ');
  return (
    <main className="today-screen">
      <div className="screen-title">
        <h1>{t('today.title')}</h1>
        {station && (
          <p className="today-station">
            <Pictogram name={station.picto} size={48} />
            {t('today.station', { name: station.name })}
          </p>
        )}
        <SpeakButton text={spoken} language={lang} />
      </div>
      {tasks.length === 0 ? (
        <p className="empty-state">{t('today.empty')}</p>
      ) : (
        <>
          <DayProgress done={tasks.length - open.length} total={tasks.length} />
          <ul className="task-list">
            {tasks.map((item) => (
              <li key={item.task.id}>
                <TaskCardButton
                  item={item}
                  onOpen={() => {
                    openTask(item.task.id, item.card);
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <nav className="today-more" aria-label={t('today.more')}>
        <button type="button" className="secondary-button" onClick={() => onOpenPage('history')}>
          <Pictogram name="calendar" size={48} />
          <span>{t('today.history')}</span>
        </button>
        <button type="button" className="secondary-button" onClick={() => onOpenPage('privacy')}>
          <Pictogram name="info" size={48} />
          <span>{t('today.privacy')}</span>
        </button>
        <button type="button" className="secondary-button" onClick={() => onOpenPage('endOfDay')}>
          <Pictogram name="home" size={48} />
          <span>{t('today.endOfDay')}</span>
        </button>
      </nav>
    </main>
  );
}
