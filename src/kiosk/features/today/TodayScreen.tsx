import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useStationOfDay } from '#kiosk/hooks/useStationOfDay.ts';
import { useTodayTasks } from '#kiosk/hooks/useTodayTasks.ts';
import { DayProgress } from './DayProgress.tsx';
import { LaterDayGroup } from './LaterDayGroup.tsx';
import { TaskList } from './TaskList.tsx';
import { useTodaySpeech } from './useTodaySpeech.ts';

export type MemberPage = 'week' | 'skills' | 'history' | 'privacy' | 'endOfDay';

interface Props {
  readonly member: Member;
  readonly day: string;
  readonly onOpenPage: (page: MemberPage) => void;
}

/**
 * Today: my station, how far the day is, the cards due today (late ones
 * marked), and behind a day picture each later day's cards. With nothing
 * left for today, the next day's cards open by themselves: there is always
 * a next thing to do in sight.
 */
export function TodayScreen({ member, day, onOpenPage }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const plan = useTodayTasks(member.id, day);
  const station = useStationOfDay(member.id, day);
  const speech = useTodaySpeech();
  // Only what the member toggled is kept; the rest follows the plan as tasks get done.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (plan === undefined || station === undefined) return null;
  const todayOpen = plan.today.some((x) => !x.done);
  const nextDay = todayOpen ? undefined : plan.later.find((g) => g.tasks.some((x) => !x.done))?.day;
  const isOpen = (groupDay: string) => toggled.get(groupDay) ?? groupDay === nextDay;
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
        {plan.all.length > 0 && <DayProgress done={plan.done} total={plan.all.length} />}
        <SpeakButton text={speech(member, station, plan)} language={lang} />
      </div>
      {/* The day's cards scroll in here, so the row of pages and home below never leaves the screen. */}
      <div className="today-tasks">
        {plan.all.length === 0 ? (
          <p className="empty-state">{t('today.empty')}</p>
        ) : (
          <>
            {todayOpen ? (
              <TaskList items={plan.today} day={day} />
            ) : (
              <>
                <p className="today-clear">
                  <Pictogram name="done" size={48} />
                  {t('today.todayDone')}
                </p>
                {plan.today.length > 0 && <TaskList items={plan.today} day={day} />}
              </>
            )}
            {plan.later.map((group) => (
              <LaterDayGroup
                key={group.day}
                group={group}
                day={day}
                open={isOpen(group.day)}
                onToggle={() => {
                  setToggled(new Map(toggled).set(group.day, !isOpen(group.day)));
                }}
              />
            ))}
          </>
        )}
      </div>
      <nav className="today-more" aria-label={t('today.more')}>
        <button type="button" className="secondary-button" onClick={() => onOpenPage('week')}>
          <Pictogram name="clipboard" size={48} />
          <span>{t('today.week')}</span>
        </button>
        <button type="button" className="secondary-button" onClick={() => onOpenPage('skills')}>
          <Pictogram name="muscle" size={48} />
          <span>{t('today.skills')}</span>
        </button>
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
