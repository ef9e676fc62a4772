import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startCheckinAsked } from '../db/checkinRepository.ts';
import type { Member } from '../shared/records.ts';
import { localDay } from '../shared/time.ts';
import { WellbeingCheckin } from './features/checkin/WellbeingCheckin.tsx';
import { TaskFlow } from './features/task/TaskFlow.tsx';
import { TodayScreen } from './features/today/TodayScreen.tsx';
import { useServices } from './hooks/useServices.ts';
import { DEFAULT_LANGUAGE } from './i18n/i18n.ts';
import { useAppStore } from './state/store.ts';

/** A signed-in member: the day's first question, then Today and the open task, in their language. */
export function MemberDay({ member }: { member: Member }) {
  const { db, now } = useServices();
  const { i18n } = useTranslation();
  const taskId = useAppStore((s) => s.taskId);
  const day = localDay(now());
  const asked = useLiveQuery(() => startCheckinAsked(db, member.id, day), [db, member.id, day]);

  useEffect(() => {
    void i18n.changeLanguage(member.language);
    return () => {
      void i18n.changeLanguage(DEFAULT_LANGUAGE);
    };
  }, [i18n, member.language]);

  if (asked === undefined) return null;
  if (!asked) return <WellbeingCheckin member={member} day={day} />;
  if (taskId !== null) return <TaskFlow member={member} taskId={taskId} />;
  return <TodayScreen member={member} day={day} />;
}
