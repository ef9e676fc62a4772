import { lazy, Suspense } from 'react';
import { AppHeader } from './components/AppHeader.tsx';
import { ReenrolBanner } from './components/ReenrolBanner.tsx';
import { HelpCallsPanel } from './features/help/HelpCallsPanel.tsx';
import type { DeviceRole } from '#shared/protocol.ts';
import { MemberGrid } from './features/signin/MemberGrid.tsx';
import { loadMemberDay } from './loadMemberDay.ts';
import { useMember } from './hooks/useTeamMembers.ts';
import { useDisplayMode } from './hooks/useDisplayMode.ts';
import { selectCoachMode, selectCoachTab, selectMemberId, useAppStore } from './state/store.ts';

// Coach mode is its own chunk: members' tablets never download the editors until a coach opens them.
const CoachMode = lazy(() => import('./features/coach/CoachMode.tsx').then((m) => ({ default: m.CoachMode })));
// A member's day is a chunk of its own too: the photo grid is all a tablet needs to start, and
// main.tsx loads this chunk as soon as the grid is drawn, long before the first finger lands.
const MemberDay = lazy(() => loadMemberDay().then((m) => ({ default: m.MemberDay })));
// The day board too: only a tablet set to be one loads it.
const DayBoard = lazy(() => import('./features/board/DayBoard.tsx').then((m) => ({ default: m.DayBoard })));

/** The enrolled tablet: the photo grid, the signed-in member's day, or the day board on a tablet set to be one. */
export function KioskShell({ teamName, role }: { teamName: string; role: DeviceRole }) {
  const memberId = useAppStore(selectMemberId);
  const member = useMember(memberId);
  const coachMode = useAppStore(selectCoachMode);
  const coachTab = useAppStore(selectCoachTab);
  const inCoachMode = role === 'coach' && coachMode !== 'off';
  // A board shows no photo grid, so nobody signs in on it; coach mode still opens over it.
  const board = useDisplayMode() === 'board' && !inCoachMode;
  return (
    <div className={board ? 'app-shell app-shell--board' : 'app-shell'}>
      <AppHeader teamName={teamName} member={member} coachButton={role === 'coach' && !inCoachMode} />
      <ReenrolBanner />
      {/* In coach mode the Flags tab shows the same list; elsewhere it stays on top. */}
      {role === 'coach' && !(coachMode === 'unlocked' && coachTab === 'flags') && <HelpCallsPanel />}
      {inCoachMode ? (
        <Suspense fallback={<main className="coach-loading" aria-busy="true" />}>
          <CoachMode />
        </Suspense>
      ) : board ? (
        <Suspense fallback={<main className="board-loading" aria-busy="true" />}>
          <DayBoard />
        </Suspense>
      ) : memberId === null || member === null ? (
        <MemberGrid />
      ) : member === undefined ? null : (
        <Suspense fallback={<main className="member-loading" aria-busy="true" />}>
          <MemberDay member={member} />
        </Suspense>
      )}
    </div>
  );
}
