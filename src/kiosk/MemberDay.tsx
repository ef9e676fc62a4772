import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pruneFaceHistory, startCheckinAsked } from '#db/checkinRepository.ts';
import { memberSettings } from '#domain/memberSettings.ts';
import type { Member } from '#shared/records.ts';
import { localDay } from '#shared/time.ts';
import { IdleWarning } from './components/IdleWarning.tsx';
import { FaceHistory } from './features/checkin/FaceHistory.tsx';
import { PrivacyScreen } from './features/checkin/PrivacyScreen.tsx';
import { WellbeingCheckin } from './features/checkin/WellbeingCheckin.tsx';
import { TaskFlow } from './features/task/TaskFlow.tsx';
import { useOpenTaskMemory } from './features/task/useOpenTaskMemory.ts';
import { TodayScreen, type MemberPage } from './features/today/TodayScreen.tsx';
import { useIdleSignOut } from './hooks/useIdleSignOut.ts';
import { useServices } from './hooks/useServices.ts';
import { DEFAULT_LANGUAGE } from './i18n/i18n.ts';
import { SpeechRateContext } from './speech/SpeechRateContext.ts';
import { useAppStore } from './state/store.ts';

// The week board is the member's page they open least and its heaviest: it stays out of the entry chunk.
const MemberWeekBoard = lazy(() => import('./features/rota/board/MemberWeekBoard.tsx').then((m) => ({ default: m.MemberWeekBoard })));
// "Wat kan ik?" reads the skills matrix with its symbols: out of the entry chunk too.
const WhatCanIDo = lazy(() => import('./features/rota/skills/WhatCanIDo.tsx').then((m) => ({ default: m.WhatCanIDo })));

/** A signed-in member's day, in their language and at their speech rate, until they or the idle timer sign out. */
export function MemberDay({ member }: { member: Member }) {
  const { i18n } = useTranslation();
  const signOut = useAppStore((s) => s.signOut);
  const settings = memberSettings(member);
  const timerRunning = useAppStore((s) => s.timerRunning);
  const idleWarning = useIdleSignOut(settings.idleMinutes, signOut, timerRunning);

  // react-i18next hands out a new i18n object on each language change; holding the first one
  // keeps this effect from resetting the language it has just set.
  const [instance] = useState(i18n);
  useEffect(() => {
    void instance.changeLanguage(member.language);
    return () => {
      void instance.changeLanguage(DEFAULT_LANGUAGE);
    };
  }, [instance, member.language]);

  return (
    <SpeechRateContext.Provider value={settings.speechRate}>
      <MemberScreens member={member} />
      {idleWarning && <IdleWarning />}
    </SpeechRateContext.Provider>
  );
}

/** The day's first question, then Today with its pages and the open task. */
function MemberScreens({ member }: { member: Member }) {
  const { db, now } = useServices();
  const taskId = useAppStore((s) => s.taskId);
  const card = useAppStore((s) => s.card);
  const signOut = useAppStore((s) => s.signOut);
  const [page, setPage] = useState<MemberPage | null>(null);
  const day = localDay(now());
  const asked = useLiveQuery(() => startCheckinAsked(db, member.id, day), [db, member.id, day]);
  const hasPin = member.pin != null;
  // The task this member left open on this tablet comes back where they were.
  const openTaskChecked = useOpenTaskMemory(member.id);
  useEffect(() => {
    void pruneFaceHistory(db, { id: member.id, hasPin }, now()).catch(() => undefined);
  }, [db, member.id, hasPin, now]);
  const close = () => setPage(null);

  if (asked === undefined || !openTaskChecked) return null;
  if (!asked) return <WellbeingCheckin member={member} day={day} moment="start" onDone={close} />;
  if (taskId !== null && card !== null) return <TaskFlow member={member} taskId={taskId} card={card} />;
  switch (page) {
    case 'week':
      return (
        <Suspense fallback={null}>
          <MemberWeekBoard member={member} onClose={close} />
        </Suspense>
      );
    case 'skills':
      return (
        <Suspense fallback={null}>
          <WhatCanIDo member={member} onClose={close} />
        </Suspense>
      );
    case 'history':
      return <FaceHistory member={member} onClose={close} />;
    case 'privacy':
      return <PrivacyScreen onClose={close} />;
    case 'endOfDay':
      return <WellbeingCheckin member={member} day={day} moment="end" onDone={signOut} />;
    case null:
      return <TodayScreen member={member} day={day} onOpenPage={setPage} />;
  }
}
